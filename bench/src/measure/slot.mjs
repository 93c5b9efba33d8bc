// One measurement slot: a variant, at one RTT and one concurrency, for a fixed time.
// Concurrency N = N workers, each with its own connection, each running operations back to back.
import { BACKEND_MEMORY_SQL, PLV8_MEMORY_SQL } from '../db/setup.mjs';
import { closeSessions, openSessions } from './sessions.mjs';
import { msSince } from './stats.mjs';

/** Hard cap so a loop always ends even if the clock misbehaves. */
const MAX_OPS_PER_WORKER = 200_000;

/**
 * @typedef {{ latenciesMs: number[], ops: number, wallMs: number, roundTripsPerOp: number | null,
 *   memory: { backendBytes: number, plv8: any } | null }} SlotResult
 */

/**
 * @param {{ workload: import('../workloads/types.mjs').Workload, variant: import('../workloads/types.mjs').Variant,
 *   concurrency: number, seconds: number, warmupSeconds: number, proxy: import('../proxy/proxy-handle.mjs').ProxyHandle,
 *   sdk: any, readMemory: boolean }} p
 * @returns {Promise<SlotResult>}
 */
export async function measureSlot(p) {
  const { workload, variant, concurrency } = p;
  const sessions = await openSessions(variant, concurrency, { proxyPort: p.proxy.port, sdk: p.sdk });
  try {
    // Warm-up: at least one checked operation per connection (plans cached, PL/v8 contexts built).
    // The runner passes 0 for a variant whose one operation outlasts the warm-up window anyway
    // (row-by-row import over the network: seconds); it was checked in an earlier round.
    if (p.warmupSeconds > 0) await runWorkers(sessions, workload, variant, p.warmupSeconds, 1, null, true);

    const countTrips = concurrency === 1;
    const tripsBefore = countTrips ? await p.proxy.roundTrips() : 0;
    const latenciesMs = [];
    const start = process.hrtime.bigint();
    const ops = await runWorkers(sessions, workload, variant, p.seconds, 1, latenciesMs, false);
    const wallMs = msSince(start);
    const roundTripsPerOp = countTrips ? ((await p.proxy.roundTrips()) - tripsBefore) / ops : null;

    let memory = null;
    if (p.readMemory) memory = await readBackendMemory(sessions[0].conn, variant);
    return { latenciesMs, ops, wallMs, roundTripsPerOp, memory };
  } finally {
    await closeSessions(sessions);
  }
}

/** Runs every session's loop until `seconds` have passed (and each did at least `minOps`). */
async function runWorkers(sessions, workload, variant, seconds, minOps, latencies, checkFirst) {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const counts = await Promise.all(
    sessions.map(async ({ conn, state }) => {
      let n = 0;
      while ((n < minOps || process.hrtime.bigint() < deadline) && n < MAX_OPS_PER_WORKER) {
        const input = workload.makeInput();
        const t0 = process.hrtime.bigint();
        const result = await variant.run(conn.raw, state, input);
        if (latencies) latencies.push(msSince(t0));
        if (checkFirst && n === 0) workload.check(input, result);
        n++;
      }
      return n;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Backend memory after warm-up, read on the variant's own connection. */
export async function readBackendMemory(conn, variant) {
  const [{ bytes }] = await conn.rows(BACKEND_MEMORY_SQL);
  let plv8 = null;
  // Only ask PL/v8 in backends that already use it: asking would create a context otherwise.
  if (variant.needs === 'plv8' || variant.needs === 'wormhole') {
    plv8 = (await conn.rows(PLV8_MEMORY_SQL).catch((err) => [{ usage: `unavailable: ${err.message}` }]))[0].usage;
  }
  return { backendBytes: Number(bytes), plv8 };
}
