// One measurement slot: a variant, at one RTT and one concurrency, for a fixed time.
// Concurrency N = N workers, each with its own connection (a session the caller opened, see
// run-all.mjs), each running operations back to back.
import { BACKEND_MEMORY_SQL, PLV8_MEMORY_SQL } from '../db/setup.mjs';
import { startCpuMeter } from './cpu.mjs';
import { msSince } from './stats.mjs';

/** Hard cap so a loop always ends even if the clock misbehaves. */
const MAX_OPS_PER_WORKER = 200_000;
/**
 * Warm-up of new sessions: at least this many operations per connection (see measureSlot), for at
 * most this long. Sessions are warmed once and then measured at every RTT (run-all.mjs), so this
 * budget is spent once per variant and round, not once per slot.
 */
const WARMUP_OPS = 3000;
const WARMUP_CAP_SECONDS = 3;
/**
 * The cap for variants that run JavaScript in the backend (PL/v8, Wormhole): they need their
 * WARMUP_OPS per connection to reach steady state, and at 16 connections on 2 cores the 3 s cap
 * stopped them at ~1,300 each in the VM's slow state. Measured (transfer @2 ms c16, server CPU per
 * operation): Wormhole 392-547 µs after a 3 s warm-up, 243 µs after a full one; PL/pgSQL 213-229 and
 * 160 µs. The other variants are steady after a few hundred operations and keep the short cap.
 */
const WARMUP_CAP_SECONDS_JS = 20;

/**
 * @typedef {{ latenciesMs: number[], ops: number, wallMs: number, roundTripsPerOp: number | null,
 *   memory: { backendBytes: number, plv8: any } | null,
 *   chunksPerOp: { toServer: number, toClient: number } | null,
 *   cpu: { client: number, proxy: number, server: number, other: number } | null }} SlotResult
 */

/**
 * @param {{ workload: import('../workloads/types.mjs').Workload, variant: import('../workloads/types.mjs').Variant,
 *   sessions: Array<{ conn: any, state: any }>, seconds: number, warmupSeconds: number,
 *   proxy: import('../proxy/proxy-handle.mjs').ProxyHandle, readMemory: boolean, rttMs?: number,
 *   warmupOps?: number, warmupCapSeconds?: number }} p  sessions: one per worker, opened by the
 *   caller and left open; warmupSeconds: 0 for sessions already warmed (or a variant too slow to
 *   warm, see below); rttMs: the RTT the proxy is set to (warm-up runs at 0);
 *   warmupOps/warmupCapSeconds: instead of WARMUP_OPS/WARMUP_CAP_SECONDS (--quick)
 * @returns {Promise<SlotResult>}
 */
export async function measureSlot(p) {
  const { workload, variant, sessions } = p;
  // Warm-up of new sessions: at least one checked operation per connection (plans cached, PL/v8
  // contexts built). The runner passes 0 for a variant whose one operation outlasts the warm-up
  // window anyway (row-by-row import over the network: seconds); it was checked in an earlier round.
  // New connections run JavaScript in a fresh V8 isolate whose code is not optimized yet, far
  // from the steady state of a long-lived pooled connection. Measured with per-thread CPU
  // from /proc on one backend (empty call), Wormhole's runtime costs ~30 µs more per call
  // than a PL/v8 function over its first ~2,000 calls and reaches its steady cost after ~3,000,
  // when V8's compiler thread has optimized it; PL/v8's small function is steady after a few
  // hundred. So the warm-up runs at least WARMUP_OPS operations per connection (every variant
  // alike), within WARMUP_CAP_SECONDS (WARMUP_CAP_SECONDS_JS where the backend runs JavaScript),
  // and at 0 ms RTT: what it warms (plans, JIT, caches) does not depend on the delay, and at 2 ms
  // RTT the same number of operations would take seconds.
  // The cost of a new connection is measured on its own: the cold and never-seen lines.
  if (p.warmupSeconds > 0) {
    const switchRtt = p.rttMs !== undefined && p.rttMs !== 0;
    if (switchRtt) await p.proxy.setRttMs(0);
    try {
      const cap = p.warmupCapSeconds ?? (variant.needs === 'plv8' || variant.needs === 'wormhole' ? WARMUP_CAP_SECONDS_JS : WARMUP_CAP_SECONDS);
      await runWorkers(sessions, workload, variant, p.warmupSeconds, p.warmupOps ?? WARMUP_OPS, null, true, cap);
    } finally {
      if (switchRtt) await p.proxy.setRttMs(p.rttMs);
    }
  }

  const countTrips = sessions.length === 1;
  const before = countTrips ? await p.proxy.traffic() : null;
  const backendPids = await Promise.all(sessions.map(async ({ conn }) => Number((await conn.rows('SELECT pg_backend_pid() AS pid'))[0].pid)));
  const latenciesMs = [];
  const cpuMeter = startCpuMeter({ proxyTids: await p.proxy.threadIds(), backendPids });
  const start = process.hrtime.bigint();
  const ops = await runWorkers(sessions, workload, variant, p.seconds, 1, latenciesMs, false);
  const wallMs = msSince(start);
  const cpu = cpuMeter.stop(ops);
  const after = countTrips ? await p.proxy.traffic() : null;
  const roundTripsPerOp = after ? (after.roundTrips - before.roundTrips) / ops : null;
  // How each operation's bytes travelled: a response split over several reads can cost time at a
  // delay that the same bytes in one read do not (each chunk waits for its own deadline).
  const chunksPerOp = after
    ? { toServer: (after.chunksToServer - before.chunksToServer) / ops, toClient: (after.chunksToClient - before.chunksToClient) / ops }
    : null;

  let memory = null;
  if (p.readMemory) memory = await readBackendMemory(sessions[0].conn, variant);
  return { latenciesMs, ops, wallMs, roundTripsPerOp, chunksPerOp, memory, cpu };
}

/**
 * Runs every session's loop until `seconds` have passed and each did at least `minOps`; with
 * `capSeconds`, stops at that time even short of `minOps` (one operation always runs).
 */
async function runWorkers(sessions, workload, variant, seconds, minOps, latencies, checkFirst, capSeconds = Infinity) {
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const cap = Number.isFinite(capSeconds) ? started + BigInt(Math.round(capSeconds * 1e9)) : null;
  const counts = await Promise.all(
    sessions.map(async ({ conn, state }) => {
      let n = 0;
      for (;;) {
        const now = process.hrtime.bigint();
        if (n >= MAX_OPS_PER_WORKER || (n >= minOps && now >= deadline) || (n >= 1 && cap !== null && now >= cap)) break;
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
