// Derived figures: ratios to client-side pg, the physical floor, server time per call.
//
// Physical floor of a workload at RTT r = one round trip (SELECT 1 through the proxy at r)
// + the server work of the best server-side version (set-based statement or PL/pgSQL function).
// Server work of a variant = its 0-RTT p50 minus the 0-RTT p50 of SELECT 1 (wire + client cost of
// one trivial query), i.e. what remains when the network is taken out.

/**
 * @param {{ calibration: any[], cells: import('../measure/run-all.mjs').Cell[], workloads: import('../workloads/types.mjs').Workload[] }} r
 */
export function derive({ calibration, cells, workloads }) {
  const find = (w, v, rtt, conc) => cells.find((c) => c.workload === w && c.variant === v && c.rttMs === rtt && c.concurrency === conc && c.status === 'ok');
  // One RTT = SELECT 1 latency. It is measured twice (calibration at the start, micro/select1 later
  // if that workload ran); the floor is a lower bound, so take the lower of the two readings
  // (background load on a shared 2-core machine only ever adds time).
  const select1 = new Map(calibration.map((c) => [c.rttMs, Math.min(c.p50, find('micro', 'select1', c.rttMs, 1)?.p50 ?? Infinity)]));
  const hasZero = select1.has(0);
  const maxRtt = Math.max(...calibration.map((c) => c.rttMs));

  const serverMs = (w, v) => {
    const z = hasZero ? find(w, v, 0, 1) : null;
    return z ? Math.max(0, z.p50 - select1.get(0)) : null;
  };

  /** @type {Record<string, Record<string, number | null>>} workload -> rtt -> floor ms */
  const floors = {};
  for (const w of workloads) {
    floors[w.id] = {};
    for (const { rttMs } of calibration) {
      const work = serverMs(w.id, w.floor);
      const own = find(w.id, w.floor, rttMs, 1);
      floors[w.id][rttMs] = work !== null ? select1.get(rttMs) + work : own ? own.p50 : null;
    }
  }

  for (const cell of cells) {
    if (cell.status !== 'ok') continue;
    const w = workloads.find((x) => x.id === cell.workload);
    const base = find(cell.workload, w.baseline, cell.rttMs, cell.concurrency);
    cell.speedupVsPg = base && !cell.cold ? base.p50 / cell.p50 : null;
    cell.throughputVsPg = base && !cell.cold ? cell.throughput / base.throughput : null;
    const floor = floors[cell.workload][cell.rttMs];
    cell.vsFloor = cell.concurrency === 1 && floor ? cell.p50 / floor : null;
    cell.serverMs = cell.concurrency === 1 && !cell.cold ? serverMs(cell.workload, cell.variant) : null;
    // Round trips are counted cleanly only when the delay dominates; report the largest RTT's count.
    const atMax = cells.find((c) => c.workload === cell.workload && c.variant === cell.variant && c.rttMs === maxRtt && c.concurrency === 1 && c.status === 'ok');
    cell.roundTripsReported = atMax?.roundTripsPerOp ?? cell.roundTripsPerOp ?? null;
  }
  return { floors, select1: Object.fromEntries(select1), maxRtt };
}
