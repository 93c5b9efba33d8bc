// How the goal lines judge a ratio of two variants: from the pair's alternating windows when the run
// measured them (measure/paired.mjs), from the table's cells otherwise. Pure: no database.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PAIRS, summarizePair } from '../src/measure/paired.mjs';
import { median } from '../src/measure/stats.mjs';
import { judgeGoals } from '../src/report/goals.mjs';
import { dashboardWorkload } from '../src/workloads/dashboard.mjs';
import { fanoutWorkload } from '../src/workloads/fanout.mjs';
import { microWorkload } from '../src/workloads/micro.mjs';
import { transferWorkload } from '../src/workloads/transfer.mjs';

const cpu = (server) => ({ client: 40, proxy: 40, server, serverFaults: 0, other: 0 });
const win = (throughput, p50, server = 60, ops = 1000) => ({ throughput, p50, roundTripsPerOp: 1, cpu: { ...cpu(server), ops } });

test('a pair is the median of its per-window ratios, with their range and each side\'s median window', () => {
  const windows = [
    [win(900, 1), win(1000, 1)], // 0.9
    [win(1100, 1), win(1000, 1)], // 1.1
    [win(950, 1), win(1000, 1)], // 0.95
    [win(500, 1), win(1000, 1)], // 0.5: one slow window moves the median less than the mean
  ];
  const r = summarizePair('throughput', windows);
  assert.equal(r.windows, 4);
  assert.deepEqual(r.ratios, [0.9, 1.1, 0.95, 0.5]);
  assert.equal(r.ratio, (0.9 + 0.95) / 2);
  assert.equal(r.min, 0.5);
  assert.equal(r.max, 1.1);
  assert.equal(r.aFigures.throughput, (900 + 950) / 2);
  assert.equal(r.bFigures.throughput, 1000);
  assert.equal(r.aFigures.roundTripsPerOp, 1);
});

test('CPU per operation of a side weighs each window by its operations', () => {
  const r = summarizePair('p50', [[win(1, 2, 100, 1000), win(1, 1)], [win(1, 2, 40, 3000), win(1, 1)]]);
  assert.equal(r.aFigures.cpuUsPerOp.server, (100 * 1000 + 40 * 3000) / 4000);
  assert.equal(r.ratio, 2);
});

test('median of an odd and an even count, and of nothing', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

/** A sweep cell (run-all.mjs) of a variant. */
const cell = (workload, variant, rttMs, concurrency, figures) => ({ workload, variant, rttMs, concurrency, status: 'ok', ...figures });
/** A measured pair (paired.mjs) with the given per-window ratios of `metric`. */
function pair(workload, a, b, rttMs, concurrency, metric, ratios, bValue = 1000) {
  const windows = ratios.map((x) => [win(metric === 'throughput' ? x * bValue : 1, metric === 'p50' ? x * bValue : 1), win(metric === 'throughput' ? bValue : 1, metric === 'p50' ? bValue : 1)]);
  return { workload, a, b, rttMs, concurrency, metric, status: 'ok', ...summarizePair(metric, windows) };
}
const line = (goals, start) => {
  const found = goals.find((g) => g.goal.startsWith(start));
  assert.ok(found, `no goal line starting with "${start}"`);
  return found;
};

test('a c16 throughput line is judged on its pair, whatever the table says, and prints both', () => {
  const cells = [
    cell('micro', 'wormhole', 0, 16, { throughput: 7800 }),
    cell('micro', 'wormhole-raw', 0, 16, { throughput: 10000 }),
    cell('micro', 'plpgsql', 0, 16, { throughput: 8125 }),
  ];
  const paired = [
    pair('micro', 'wormhole', 'wormhole-raw', 0, 16, 'throughput', [0.9, 0.92, 0.88, 0.95]),
    pair('micro', 'wormhole', 'plpgsql', 0, 16, 'throughput', [0.7, 0.75, 0.72, 0.8]),
  ];
  const goals = judgeGoals({ cells, calibration: [], paired });
  const sdk = line(goals, 'empty call @0 ms c16: SDK within 1.15x');
  assert.equal(sdk.status, 'MET'); // paired 0.91x >= 1/1.15, though the table's 0.78x is not
  assert.match(sdk.figure, /^0\.91x \(median of 4 alternating window pairs, 0\.88x-0\.95x; .*sweep table: 0\.78x$/);
  const plpgsql = line(goals, 'empty call @0 ms c16: throughput >= 0.8x PL/pgSQL');
  assert.equal(plpgsql.status, 'MISS'); // paired 0.735x < 0.8, though the table's 0.96x is not
  assert.match(plpgsql.figure, /sweep table: 0\.96x$/);
});

test('without a pair the line falls back to the table, and a failed pair does not count', () => {
  const cells = [cell('transfer', 'wormhole', 2, 16, { throughput: 950 }), cell('transfer', 'plpgsql', 2, 16, { throughput: 1000 })];
  const failed = { workload: 'transfer', a: 'wormhole', b: 'plpgsql', rttMs: 2, concurrency: 16, metric: 'throughput', status: 'failed', reason: 'boom' };
  for (const paired of [[], [failed]]) {
    const g = line(judgeGoals({ cells, calibration: [], paired }), 'transfer @2 ms c16');
    assert.equal(g.status, 'MET');
    assert.match(g.figure, /^0\.95x \(950 vs 1000 ops\/s/);
  }
  assert.equal(line(judgeGoals({ cells: [], calibration: [], paired: [] }), 'transfer @2 ms c16').status, 'n/a');
});

test('dashboard: MET only when the pair\'s median p50 ratio is below 1', () => {
  for (const [ratios, status] of [[[0.95, 0.97, 1.01], 'MET'], [[1.0, 1.02, 0.99, 1.05], 'MISS']]) {
    const g = line(judgeGoals({ cells: [], calibration: [], paired: [pair('dashboard', 'wormhole', 'postgresjs-pipeline', 2, 1, 'p50', ratios, 2.5)] }), 'dashboard @2 ms');
    assert.equal(g.status, status, g.figure);
  }
});

test('fan-out: one round trip and a median p50 within 1.25x of SELECT 1 in the same windows', () => {
  const judge = (ratios, trips = 1) => {
    const p = pair('fanout', 'wormhole-batch', 'select-1', 2, 1, 'p50', ratios, 2.4);
    p.aFigures.roundTripsPerOp = trips;
    return line(judgeGoals({ cells: [], calibration: [{ rttMs: 2, p50: 2.4 }], paired: [p] }), 'fan-out @2 ms').status;
  };
  assert.equal(judge([1.2, 1.1, 1.3]), 'MET');
  assert.equal(judge([1.3, 1.26, 1.2]), 'MISS');
  assert.equal(judge([1.1, 1.1, 1.1], 10), 'MISS'); // fast, but ten round trips is not a batch
});

test('every pair names variants its workload has (a renamed variant fails here, not in a full run)', () => {
  const workloads = [microWorkload, transferWorkload, dashboardWorkload, fanoutWorkload];
  for (const p of PAIRS) {
    const w = workloads.find((x) => x.id === p.workload);
    assert.ok(w, `PAIRS names workload ${p.workload}`);
    for (const id of [p.a, p.b]) {
      if (id === 'select-1') continue;
      assert.ok(w.variants.some((v) => v.id === id), `${p.workload} has no variant ${id}`);
    }
  }
});
