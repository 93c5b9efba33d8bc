// The product's performance goals (issue 11 and before), each judged from this run's figures, both
// sides of every ratio measured side by side in the same run: MET, MISS, or n/a with the reason
// (not measured in this run, or a variant unavailable).
import { ms, ratio } from './format.mjs';

/**
 * A ratio of two variants is judged from their paired windows when this run measured the pair
 * (measure/paired.mjs: both warm, windows alternating, so the machine's drift lands on both sides);
 * otherwise from the sweep's cells. The figure gives the sweep's ratio too.
 * @param {{ cells: any[], calibration: any[], serverCost?: any, bulk?: any[], paired?: any[] }} r
 * @returns {{ goal: string, status: 'MET' | 'MISS' | 'n/a', figure: string }[]}
 */
export function judgeGoals({ cells, calibration = [], serverCost = null, bulk = [], paired = [] }) {
  const get = (w, v, rtt, conc = 1) => cells.find((c) => c.workload === w && c.variant === v && c.rttMs === rtt && c.concurrency === conc);
  const pairOf = (w, a, b, rtt, conc) =>
    paired.find((p) => p.status === 'ok' && p.workload === w && p.a === a && p.b === b && p.rttMs === rtt && p.concurrency === conc);
  const need = (...cs) => {
    for (const c of cs) if (!c) return 'not measured in this run (check --rtt/--workloads/--variants/--concurrency)';
    for (const c of cs) if (c.status !== 'ok') return `${c.workload ? `${c.workload}/` : ''}${c.variant} ${c.status}: ${c.reason}`;
    return null;
  };
  const goals = [];
  const add = (goal, cs, judge) => {
    const missing = need(...cs);
    if (missing) goals.push({ goal, status: 'n/a', figure: missing });
    else {
      const { pass, figure } = judge(...cs);
      goals.push({ goal, status: pass ? 'MET' : 'MISS', figure });
    }
  };
  const p50Within = (limit) => (a, b) => ({ pass: a.p50 / b.p50 <= limit, figure: `${ratio(a.p50 / b.p50)} (p50 ${ms(a.p50)} vs ${ms(b.p50)} ms)` });
  // With each side's CPU per operation (client, proxy, server; measure/cpu.mjs): at c16 on 2 cores
  // throughput follows it, and it says whose work a gap is.
  const throughputAtLeast = (limit) => (a, b) => ({
    pass: a.throughput / b.throughput >= limit,
    figure: `${ratio(a.throughput / b.throughput)} (${a.throughput.toFixed(0)} vs ${b.throughput.toFixed(0)} ops/s${cpuVs(a, b)})`,
  });
  // A goal on two variants' ratio: judged on their pair when this run measured it (`judge` gets the
  // pair), else by `fallback` on the sweep's cells.
  const addPaired = ([w, va, vb, rtt, conc], judge, fallback) => {
    const pair = pairOf(w, va, vb, rtt, conc);
    if (!pair) return fallback();
    const { goal, pass, figure } = judge(pair);
    goals.push({ goal, status: pass ? 'MET' : 'MISS', figure });
  };
  // A throughput ratio at concurrency `conc`.
  const addThroughput = (goal, w, va, vb, rtt, conc, limit) => {
    const sweep = [get(w, va, rtt, conc), get(w, vb, rtt, conc)];
    addPaired([w, va, vb, rtt, conc], (pair) => ({
      goal, pass: pair.ratio >= limit,
      figure: `${ratio(pair.ratio)} ${pairedWindows(pair, `${pair.aFigures.throughput.toFixed(0)} vs ${pair.bFigures.throughput.toFixed(0)} ops/s${cpuVs(pair.aFigures, pair.bFigures)}`)}` +
        sweepRatio(sweep, (a, b) => a.throughput / b.throughput),
    }), () => add(goal, sweep, throughputAtLeast(limit)));
  };

  // SDK overhead: the SDK against the same statement sent by hand, same statement form.
  add('empty call @0 ms c1: SDK within 1.15x of wormhole-raw (p50)', [get('micro', 'wormhole', 0), get('micro', 'wormhole-raw', 0)], p50Within(1.15));
  addThroughput('empty call @0 ms c16: SDK within 1.15x of wormhole-raw (throughput)', 'micro', 'wormhole', 'wormhole-raw', 0, 16, 1 / 1.15);
  add('empty call @0 ms c1, named statements: SDK within 1.15x of wormhole-raw-named (p50)',
    [get('micro', 'wormhole-named', 0), get('micro', 'wormhole-raw-named', 0)], p50Within(1.15));
  addThroughput('empty call @0 ms c16, named statements: SDK within 1.15x of wormhole-raw-named (throughput)',
    'micro', 'wormhole-named', 'wormhole-raw-named', 0, 16, 1 / 1.15);
  addThroughput('empty call @0 ms c16: throughput >= 0.8x PL/pgSQL', 'micro', 'wormhole', 'plpgsql', 0, 16, 0.8);
  addThroughput('transfer @2 ms c16: throughput >= 0.9x PL/pgSQL', 'transfer', 'wormhole', 'plpgsql', 2, 16, 0.9);

  if (!serverCost) goals.push({ goal: "server: Wormhole's own cost per trivial call <= 2 µs", status: 'n/a', figure: 'not measured in this run (micro workload)' });
  else if (serverCost.error) goals.push({ goal: "server: Wormhole's own cost per trivial call <= 2 µs", status: 'n/a', figure: serverCost.error });
  else {
    goals.push({
      goal: "server: Wormhole's own cost per trivial call <= 2 µs", status: serverCost.ownUs <= 2 ? 'MET' : 'MISS',
      figure: `${serverCost.ownUs.toFixed(2)} µs above an empty PL/v8 function (wormhole.call ${serverCost.wormholeUs.toFixed(2)} µs, PL/v8 ${serverCost.plv8Us.toFixed(2)} µs)`,
    });
  }

  const dashboardGoal = 'dashboard @2 ms c1: Wormhole faster than pipelined postgres.js';
  const dashboardSweep = [get('dashboard', 'wormhole', 2), get('dashboard', 'postgresjs-pipeline', 2)];
  addPaired(['dashboard', 'wormhole', 'postgresjs-pipeline', 2, 1], (pair) => ({
    goal: dashboardGoal, pass: pair.ratio < 1,
    figure: `p50 ${ms(pair.aFigures.p50)} vs ${ms(pair.bFigures.p50)} ms: ${ratio(pair.ratio)} ${pairedWindows(pair)}` +
      sweepRatio(dashboardSweep, (a, b) => a.p50 / b.p50),
  }), () => add(dashboardGoal, dashboardSweep,
    (wh, pj) => ({ pass: wh.p50 < pj.p50, figure: `p50 ${ms(wh.p50)} vs ${ms(pj.p50)} ms (${ratio(wh.p50 / pj.p50)})` })));
  const rtt2 = calibration.find((c) => c.rttMs === 2);
  const fanoutGoal = 'fan-out @2 ms c1: 10 independent small calls cost about 1 RTT (1 round trip, p50 <= 1.25x SELECT 1)';
  const fanoutSweep = get('fanout', 'wormhole-batch', 2);
  addPaired(['fanout', 'wormhole-batch', 'select-1', 2, 1], (pair) => {
    const trips = pair.aFigures.roundTripsPerOp ?? NaN;
    return {
      goal: fanoutGoal, pass: trips <= 1.1 && pair.ratio <= 1.25,
      figure: `${trips.toFixed(2)} round trips, p50 ${ms(pair.aFigures.p50)} ms vs SELECT 1 ${ms(pair.bFigures.p50)} ms: ${ratio(pair.ratio)} ${pairedWindows(pair)}` +
        (rtt2 && fanoutSweep?.status === 'ok' ? `; sweep table: p50 ${ms(fanoutSweep.p50)} ms vs the calibration's SELECT 1 ${ms(rtt2.p50)} ms` : ''),
    };
  }, () => add(fanoutGoal, [fanoutSweep], (b) => {
    if (!rtt2) return { pass: false, figure: 'no calibration at 2 ms' };
    const trips = b.roundTripsPerOp ?? NaN;
    return { pass: trips <= 1.1 && b.p50 <= 1.25 * rtt2.p50, figure: `${trips.toFixed(2)} round trips, p50 ${ms(b.p50)} ms vs SELECT 1 ${ms(rtt2.p50)} ms` };
  }));

  const bulkOf = (variant, rows) => bulk.find((b) => b.variant === variant && b.rows === rows);
  add('bulk 50,000 rows: Wormhole <= 1.2x plain pg', [bulkOf('wormhole', 50_000), bulkOf('pg', 50_000)], p50Within(1.2));
  // The same rows read as a stream (an async generator passing db.rows on, read with for await).
  add('bulk 50,000 rows streamed (for await): Wormhole <= 1.2x plain pg', [bulkOf('wormhole-stream', 50_000), bulkOf('pg', 50_000)], p50Within(1.2));
  const streamGoal = 'bulk streaming: client memory per batch, not per result (500,000-row peak <= 2x the 50,000-row peak)';
  if (bulk.length > 0 && !bulk.some((b) => b.variant === 'wormhole-stream')) {
    goals.push({ goal: streamGoal, status: 'n/a', figure: 'no wormhole-stream variant in this run' });
  } else add(streamGoal,
    [bulkOf('wormhole-stream', 500_000), bulkOf('wormhole-stream', 50_000)],
    // Live heap (garbage collected before each sample): what the client holds, not when V8 collects.
    (big, small) => ({
      pass: big.livePeakBytes <= 2 * Math.max(small.livePeakBytes, 1 << 20),
      figure: `live ${mb(big.livePeakBytes)} vs ${mb(small.livePeakBytes)} (plain pg holds ${mb(bulkOf('pg', 500_000)?.livePeakBytes ?? 0)} at 500,000 rows)`,
    }));

  // The absolute goals move with machine load; the first plain PL/v8 call, measured in the same run, is
  // the yardstick that shows how much of a figure is Wormhole's own (its ratio to it moves much less).
  const serverCpu = (c) =>
    c.cpuUsPerOp
      ? `, mean server CPU ${ms(c.cpuUsPerOp.server / 1000)} ms` +
        (c.cpuUsPerOp.serverFaults != null ? ` and ${Math.round(c.cpuUsPerOp.serverFaults).toLocaleString('en-US')} page faults` : '')
      : '';
  const firstPlv8 = (c) => {
    const plv8 = get('micro', 'plv8-cold', 0);
    const yardstick = plv8 && plv8.status === 'ok' ? ` (first PL/v8 call ${ms(plv8.p50)} ms${serverCpu(plv8)}: ${ratio(c.p50 / plv8.p50)})` : '';
    return `${serverCpu(c)}${yardstick}`;
  };
  add('cold: first call on a fresh connection p50 <= 15 ms', [get('micro', 'wormhole-cold', 0)],
    (c) => ({ pass: c.p50 <= 15, figure: `p50 ${ms(c.p50)} ms, worst ${ms(c.max ?? c.p99)} ms of ${c.n}${firstPlv8(c)}` }));
  add('cold: never-seen function (install + validate + compile) p50 <= 30 ms', [get('micro', 'wormhole-install', 0)],
    (c) => ({ pass: c.p50 <= 30, figure: `p50 ${ms(c.p50)} ms, worst ${ms(c.max ?? c.p99)} ms of ${c.n}${firstPlv8(c)}` }));

  // Earlier goals (README), still judged.
  add('transfer @2 ms: Wormhole >= 5x faster than client-side pg', [get('transfer', 'wormhole', 2), get('transfer', 'pg-seq', 2)],
    (wh, pg) => ({ pass: pg.p50 / wh.p50 >= 5, figure: `${ratio(pg.p50 / wh.p50)} (p50 ${ms(wh.p50)} vs ${ms(pg.p50)} ms)` }));
  add('transfer @2 ms: Wormhole within 1.3x of the PL/pgSQL function', [get('transfer', 'wormhole', 2), get('transfer', 'plpgsql', 2)], p50Within(1.3));
  add('import @2 ms: Wormhole >= 100x faster than client-side pg', [get('import', 'wormhole', 2), get('import', 'pg-seq', 2)],
    (wh, pg) => ({ pass: pg.p50 / wh.p50 >= 100, figure: `${ratio(pg.p50 / wh.p50)} (p50 ${ms(wh.p50)} vs ${ms(pg.p50)} ms)` }));
  add('micro @0 ms: warm empty call within 2x a hand-written PL/v8 function', [get('micro', 'wormhole', 0), get('micro', 'plv8', 0)], p50Within(2));
  return goals;
}

/** `(median of 8 alternating window pairs, 0.91x-1.03x; <details>)`. */
function pairedWindows(pair, details = '') {
  return `(median of ${pair.windows} alternating window pairs, ${ratio(pair.min)}-${ratio(pair.max)}${details ? `; ${details}` : ''})`;
}

/** `; sweep table: 0.80x` from the sweep's cells of the same two variants, or '' when it has none. */
function sweepRatio([a, b], of) {
  return a?.status === 'ok' && b?.status === 'ok' ? `; sweep table: ${ratio(of(a, b))}` : '';
}

function mb(n) {
  return `${(n / 1048576).toFixed(1)} MB`;
}

export function renderGoals(goals) {
  const lines = ['Goals:'];
  for (const g of goals) lines.push(`  ${g.status.padEnd(4)}  ${g.goal}: ${g.figure}`);
  return lines.join('\n');
}

/** `; CPU µs/op client+proxy+server 18+20+32 vs 15+20+22`, or '' when the run has no CPU figures. */
function cpuVs(a, b) {
  if (!a.cpuUsPerOp || !b.cpuUsPerOp) return '';
  const parts = (c) => [c.client, c.proxy, c.server].map((x) => x.toFixed(0)).join('+');
  return `; CPU µs/op client+proxy+server ${parts(a.cpuUsPerOp)} vs ${parts(b.cpuUsPerOp)}`;
}
