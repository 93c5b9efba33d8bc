// Cold start: the first call on a brand-new connection. Connecting is not timed (every variant
// pays it alike); the first call is, alone.
import { startCpuMeter } from './cpu.mjs';
import { closeSessions, openSessions } from './sessions.mjs';
import { msSince } from './stats.mjs';

/**
 * @param {{ workload: import('../workloads/types.mjs').Workload, variant: import('../workloads/types.mjs').Variant,
 *   samples: number, proxy: import('../proxy/proxy-handle.mjs').ProxyHandle, sdk: any }} p
 */
export async function measureCold(p) {
  const { workload, variant } = p;
  const env = { proxyPort: p.proxy.port, sdk: p.sdk };
  // Make sure the function itself is installed on the server, so "cold" means cold backend only.
  // (A variant whose prepare() makes a never-seen function gets a new one per session anyway.)
  const primer = await openSessions(variant, 1, env);
  try {
    workload.check({}, await variant.run(primer[0].conn.raw, primer[0].state, workload.makeInput()));
  } finally {
    await closeSessions(primer);
  }

  const latenciesMs = [];
  const cpu = [];
  let trips = 0;
  for (let i = 0; i < p.samples; i++) {
    const [session] = await openSessions(variant, 1, env);
    try {
      const input = workload.makeInput();
      const before = await p.proxy.roundTrips();
      // The new backend's CPU time for the call (from its pid in the startup message, so no query
      // runs before the timed one): unlike the wall-clock time it barely moves with the machine's load.
      const pid = session.conn.client?.processID;
      const meter = pid ? startCpuMeter({ proxyTid: p.proxy.tid ?? null, backendPids: [pid] }) : null;
      const t0 = process.hrtime.bigint();
      const result = await variant.run(session.conn.raw, session.state, input);
      latenciesMs.push(msSince(t0));
      const used = meter?.stop(1);
      if (used) cpu.push({ ...used, ops: 1 });
      trips += (await p.proxy.roundTrips()) - before;
      workload.check(input, result);
    } finally {
      await closeSessions([session]);
    }
  }
  return {
    latenciesMs, ops: p.samples, wallMs: latenciesMs.reduce((a, b) => a + b, 0), roundTripsPerOp: trips / p.samples, memory: null,
    cpu: cpu.length === p.samples ? cpu : [],
  };
}
