// Paired windows for the goal lines that are ratios of two variants.
//
// The sweep (run-all.mjs) measures each variant in two short slots per cell, minutes apart from the
// other variant's. On the development VM, whose speed moves by tens of percent within seconds (16
// connections of the same empty call ran at 15,000 and at 21,000 ops/s a few seconds apart), a ratio
// of two such slots says more about when each slot ran than about the variants: the c16 goal lines
// flipped between MET and MISS from one full run to the next with the code unchanged.
//
// Here both variants' connections are opened and warmed first, then short windows alternate in
// ABBA order (A B, B A, A B, ...), so a drift of the machine lands on both sides alike. Each
// adjacent pair of windows gives one ratio; the figure is the median of those ratios, printed with
// their range. Nothing is dropped: every window counts, and its figures are kept in latest.json.
import { missingPiece } from '../db/setup.mjs';
import { closeSessions, openSessions } from './sessions.mjs';
import { cpuPerOp } from './cpu.mjs';
import { measureSlot } from './slot.mjs';
import { median, percentile } from './stats.mjs';

/**
 * The pairs the goal lines judge (goals.mjs looks them up by workload, variants, RTT and concurrency).
 * metric 'throughput': operations per second of all connections together (A / B);
 * metric 'p50': median latency (A / B).
 * A side `b: SELECT_1` is a bare `SELECT 1`, the round trip itself.
 * @type {ReadonlyArray<{ workload: string, a: string, b: string, rttMs: number, concurrency: number, metric: 'throughput' | 'p50' }>}
 */
export const PAIRS = [
  { workload: 'micro', a: 'wormhole', b: 'wormhole-raw', rttMs: 0, concurrency: 16, metric: 'throughput' },
  { workload: 'micro', a: 'wormhole-named', b: 'wormhole-raw-named', rttMs: 0, concurrency: 16, metric: 'throughput' },
  { workload: 'micro', a: 'wormhole', b: 'plpgsql', rttMs: 0, concurrency: 16, metric: 'throughput' },
  { workload: 'transfer', a: 'wormhole', b: 'plpgsql', rttMs: 2, concurrency: 16, metric: 'throughput' },
  { workload: 'dashboard', a: 'wormhole', b: 'postgresjs-pipeline', rttMs: 2, concurrency: 1, metric: 'p50' },
  { workload: 'fanout', a: 'wormhole-batch', b: 'select-1', rttMs: 2, concurrency: 1, metric: 'p50' },
];

/** The B side of a pair against the bare round trip. */
const SELECT_1 = {
  workload: { id: 'select-1', makeInput: () => null, check: () => {} },
  variant: { id: 'select-1', label: 'SELECT 1', driver: 'pg', expectedRoundTrips: 1, run: (c) => c.query('SELECT 1') },
};

/**
 * Measures every pair of PAIRS this run covers (its workload selected, its RTT and concurrency
 * among the run's, both variants available and matching --variants).
 * @param {{ options: import('../options.mjs').Options, workloads: import('../workloads/types.mjs').Workload[],
 *   caps: any, proxy: import('../proxy/proxy-handle.mjs').ProxyHandle, log: (line: string) => void }} p
 */
export async function measurePairs({ options, workloads, caps, proxy, log }) {
  const windows = options.quick ? 2 : 8;
  const windowSeconds = options.quick ? 0.25 : 1;
  const results = [];
  for (const pair of PAIRS) {
    const workload = workloads.find((w) => w.id === pair.workload);
    if (!workload || !options.rtts.includes(pair.rttMs) || !options.concurrency.includes(pair.concurrency)) continue;
    const sides = [side(workload, pair.a), side(workload, pair.b)];
    const why = sides.map((s) => unavailable(s, caps, options)).find(Boolean);
    if (why) {
      results.push({ ...pair, status: 'unavailable', reason: why });
      continue;
    }
    try {
      const windowsOf = await measurePair(pair, sides, { windows, windowSeconds, proxy, caps, quick: options.quick });
      const result = { ...pair, status: 'ok', ...summarizePair(pair.metric, windowsOf) };
      results.push(result);
      log(`  paired ${describePair(result)}`);
    } catch (err) {
      const reason = String(err?.message ?? err);
      results.push({ ...pair, status: 'failed', reason });
      log(`  paired ${pair.workload}/${pair.a} vs ${pair.b} failed: ${reason}`);
    }
  }
  return results;
}

function side(workload, id) {
  if (id === SELECT_1.variant.id) return SELECT_1;
  const variant = workload.variants.find((v) => v.id === id);
  if (!variant) throw new Error(`paired.mjs: workload ${workload.id} has no variant ${id}`);
  return { workload, variant };
}

/** Why a side cannot run in this run, or null. */
function unavailable({ variant }, caps, options) {
  if (variant !== SELECT_1.variant && options.variantFilter && !options.variantFilter.some((w) => variant.id.includes(w))) {
    return `${variant.id} not selected by --variants`;
  }
  const missing = missingPiece(variant, caps);
  return missing ? `${variant.id}: ${missing}` : null;
}

/** Opens and warms both sides, then runs `windows` windows of each in ABBA order. */
async function measurePair(pair, sides, { windows, windowSeconds, proxy, caps, quick }) {
  const open = [];
  try {
    for (const s of sides) open.push(await openSessions(s.variant, pair.concurrency, { proxyPort: proxy.port, sdk: caps.sdk }));
    // The pair's RTT, set before the warm-ups: measureSlot runs a warm-up at 0 ms and then puts back
    // the RTT it was given, but leaves the proxy alone when that is 0 (the sweep may have left 2 ms).
    await proxy.setRttMs(pair.rttMs);
    // Warm-up (measureSlot's own: at 0 ms RTT, thousands of operations per connection), result dropped.
    for (let i = 0; i < sides.length; i++) {
      await measureSlot({
        workload: sides[i].workload, variant: sides[i].variant, sessions: open[i], seconds: 0.05, warmupSeconds: 0.1, proxy, rttMs: pair.rttMs,
        readMemory: false, ...(quick ? { warmupOps: 200, warmupCapSeconds: 0.5 } : {}),
      });
    }
    /** @type {Array<[any, any]>} */
    const out = [];
    for (let w = 0; w < windows; w++) {
      const order = w % 2 === 0 ? [0, 1] : [1, 0];
      const got = [null, null];
      for (const i of order) {
        const slot = await measureSlot({
          workload: sides[i].workload, variant: sides[i].variant, sessions: open[i], seconds: windowSeconds, warmupSeconds: 0, proxy,
          rttMs: pair.rttMs, readMemory: false,
        });
        got[i] = windowFigures(slot);
      }
      out.push([got[0], got[1]]);
    }
    return out;
  } finally {
    for (const s of open) await closeSessions(s);
  }
}

/** What one window of one side keeps. */
function windowFigures(slot) {
  const sorted = [...slot.latenciesMs].sort((x, y) => x - y);
  return {
    ops: slot.ops,
    throughput: slot.ops / (slot.wallMs / 1000),
    p50: percentile(sorted, 50),
    roundTripsPerOp: slot.roundTripsPerOp,
    cpu: slot.cpu ? { ...slot.cpu, ops: slot.ops } : null,
  };
}

/**
 * The figures of a pair from its windows: the ratio A/B of each window pair, their median and
 * range, and each side's median window figure and CPU per operation (aFigures, bFigures).
 * @param {'throughput' | 'p50'} metric
 * @param {Array<[{ throughput: number, p50: number, roundTripsPerOp: number | null, cpu: any }, { throughput: number, p50: number, roundTripsPerOp: number | null, cpu: any }]>} windows
 */
export function summarizePair(metric, windows) {
  const ratios = windows.map(([a, b]) => a[metric] / b[metric]);
  const sideOf = (k) => {
    const ws = windows.map((w) => w[k]);
    const trips = ws.map((w) => w.roundTripsPerOp).filter((t) => t !== null);
    return {
      [metric]: median(ws.map((w) => w[metric])),
      roundTripsPerOp: trips.length ? trips.reduce((x, y) => x + y, 0) / trips.length : null,
      cpuUsPerOp: cpuPerOp(ws.map((w) => w.cpu).filter(Boolean)),
    };
  };
  return { windows: windows.length, ratios, ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), aFigures: sideOf(0), bFigures: sideOf(1), raw: windows };
}

export function describePair(r) {
  const where = `${r.workload}/${r.a} vs ${r.b} @${r.rttMs} ms c${r.concurrency}`;
  if (r.status !== 'ok') return `${where}: ${r.status}: ${r.reason}`;
  const fig = (s) => (r.metric === 'throughput' ? `${s.throughput.toFixed(0)} ops/s` : `p50 ${s.p50.toFixed(3)} ms`);
  return `${where}: ${r.metric} ratio ${r.ratio.toFixed(2)}x, median of ${r.windows} alternating window pairs ` +
    `(range ${r.min.toFixed(2)}x-${r.max.toFixed(2)}x; ${fig(r.aFigures)} vs ${fig(r.bFigures)})`;
}

/** The report's section: one line per pair. */
export function renderPairs(results) {
  if (!results || results.length === 0) return '';
  return ['Paired windows (both variants warm, windows alternating A B, B A, ...; the ratio goal lines use these):',
    ...results.map((r) => `  ${describePair(r)}`)].join('\n');
}
