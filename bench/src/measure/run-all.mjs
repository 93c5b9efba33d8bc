// The measurement plan: calibrate every RTT, then for each workload and concurrency run every
// available variant in rounds whose order alternates (forward, backward, ...) so slow drift of the
// machine (autovacuum, other processes, a warming cache) does not always favour the same variant;
// a variant's turn measures its warmed connections at every RTT.
import { calibrate } from './calibrate.mjs';
import { cpuPerOp } from './cpu.mjs';
import { measureCold } from './cold.mjs';
import { measureSlot } from './slot.mjs';
import { closeSessions, openSessions } from './sessions.mjs';
import { summarize } from './stats.mjs';
import os from 'node:os';
import { adminClient, missingPiece } from '../db/setup.mjs';

/**
 * @typedef {object} Cell
 * @property {string} workload
 * @property {string} variant
 * @property {string} label
 * @property {number} rttMs
 * @property {number} concurrency
 * @property {'ok' | 'unavailable' | 'failed'} status
 * @property {string} [reason]
 * @property {number} [n] @property {number} [p50] @property {number} [p99] @property {number} [mean]
 * @property {number} [throughput] operations per second, all workers together
 * @property {number | null} [roundTripsPerOp]
 * @property {number} expectedRoundTrips
 * @property {boolean} cold
 * @property {{ backendBytes: number, plv8: any } | null} [memory]
 */

/**
 * @param {{ options: import('../options.mjs').Options, workloads: import('../workloads/types.mjs').Workload[],
 *   caps: import('../db/setup.mjs').Capabilities, proxy: import('../proxy/proxy-handle.mjs').ProxyHandle,
 *   log: (line: string) => void }} p
 */
export async function runAll({ options, workloads, caps, proxy, log }) {
  const calibration = [];
  for (const rtt of options.rtts) {
    const c = await calibrate(proxy, rtt, options.quick ? 200 : 500);
    calibration.push(c);
    log(`calibration: simulated RTT ${rtt} ms -> SELECT 1 p50 ${c.p50.toFixed(3)} ms, p99 ${c.p99.toFixed(3)} ms, ${c.roundTripsPerOp} round trip(s)`);
  }

  /** @type {Cell[]} */
  const cells = [];
  const slotSeconds = options.seconds / options.rounds;
  const warmupSeconds = options.quick ? 0.05 : 0.1;
  const coldSamples = options.quick ? 5 : 10;

  for (const workload of workloads) {
    const selected = workload.variants.filter((v) => !options.variantFilter || options.variantFilter.some((w) => v.id.includes(w)));
    const runnable = [];
    for (const v of selected) {
      const missing = missingPiece(v, caps);
      if (missing) {
        for (const rttMs of options.rtts) {
          for (const concurrency of v.fresh ? [1] : options.concurrency) {
            cells.push(baseCell(workload, v, rttMs, concurrency, { status: 'unavailable', reason: missing }));
          }
        }
      } else runnable.push(v);
    }
    const warm = runnable.filter((v) => !v.fresh);
    /** fastest operation seen per variant and RTT, in ms (decides whether a warm-up is worth it) */
    const fastestSeen = new Map();
    const cold = runnable.filter((v) => v.fresh);

    // Each variant's turn in a round opens its connections once, warms them (measureSlot), and
    // measures them at every RTT in turn: the figures are those of warm, long-lived connections,
    // as a pool keeps them, and the warm-up is paid once per turn instead of once per RTT.
    for (const concurrency of options.concurrency) {
      const accKey = (v, rttMs) => `${v.id}@${rttMs}`;
      const acc = new Map(warm.flatMap((v) => options.rtts.map((rttMs) => [accKey(v, rttMs), newAccumulator()])));
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? warm : [...warm].reverse();
        for (const v of order) {
          if (options.rtts.every((r) => acc.get(accKey(v, r)).error)) continue;
          // An operation already seen (earlier round, or at concurrency 1) to outlast the whole
          // warm-up window needs no warm-up: its first statements' planning is lost in its own
          // round trips, and its result was checked when it was first warmed up.
          const fastest = Math.min(...options.rtts.map((r) => Math.min(minOf(acc.get(accKey(v, r)).latenciesMs), fastestSeen.get(accKey(v, r)) ?? Infinity)));
          const slow = fastest !== Infinity && fastest > warmupSeconds * 1000;
          let sessions = null;
          let at = null; // the RTT being measured when something failed (null: opening the sessions)
          try {
            sessions = await openSessions(v, concurrency, { proxyPort: proxy.port, sdk: caps.sdk });
            let warmed = slow;
            for (const rttMs of options.rtts) {
              if (acc.get(accKey(v, rttMs)).error) continue;
              at = rttMs;
              await proxy.setRttMs(rttMs);
              const slot = await measureSlot({
                workload, variant: v, sessions, seconds: slotSeconds, warmupSeconds: warmed ? 0 : warmupSeconds, proxy, rttMs,
                // --quick is a picture in about a minute, not steady-state figures: a short warm-up.
                ...(options.quick ? { warmupOps: 200, warmupCapSeconds: 0.5 } : {}),
                readMemory: concurrency === 1 && round === options.rounds - 1,
              });
              warmed = true;
              addSlot(acc.get(accKey(v, rttMs)), slot);
              if (workload.cleanupSql) await runCleanup(workload.cleanupSql, log);
            }
          } catch (err) {
            const error = String(err?.message ?? err);
            for (const rttMs of at === null ? options.rtts : [at]) acc.get(accKey(v, rttMs)).error ??= error;
            log(`  ${workload.id}/${v.id} failed ${at === null ? 'to connect' : `at rtt ${at} ms`}, concurrency ${concurrency}: ${error}`);
            if (workload.cleanupSql) await runCleanup(workload.cleanupSql, log);
          } finally {
            if (sessions) await closeSessions(sessions);
          }
        }
      }
      for (const rttMs of options.rtts) {
        for (const v of warm) {
          const a = acc.get(accKey(v, rttMs));
          if (a.latenciesMs.length) fastestSeen.set(accKey(v, rttMs), minOf(a.latenciesMs));
          const cell = finishCell(workload, v, rttMs, concurrency, a);
          cells.push(cell);
          log(describe(cell));
        }
      }
    }
    for (const rttMs of options.rtts) {
      await proxy.setRttMs(rttMs);
      for (const v of cold) {
        let cell;
        try {
          const r = await measureCold({ workload, variant: v, samples: coldSamples, proxy, sdk: caps.sdk });
          cell = finishCell(workload, v, rttMs, 1, { ...r, trips: [r.roundTripsPerOp], error: null });
        } catch (err) {
          cell = baseCell(workload, v, rttMs, 1, { status: 'failed', reason: String(err?.message ?? err) });
        }
        cells.push(cell);
        log(describe(cell));
      }
    }
  }
  return { calibration, cells };
}

/** What the slots of one cell (variant, RTT, concurrency) add up to, over the rounds. */
function newAccumulator() {
  return { latenciesMs: [], ops: 0, wallMs: 0, trips: [], chunks: null, memory: null, error: null, cpu: [] };
}

/** @param {ReturnType<typeof newAccumulator>} a @param {import('./slot.mjs').SlotResult} slot */
function addSlot(a, slot) {
  for (const ms of slot.latenciesMs) a.latenciesMs.push(ms);
  a.ops += slot.ops;
  a.wallMs += slot.wallMs;
  if (slot.roundTripsPerOp !== null) a.trips.push(slot.roundTripsPerOp);
  if (slot.chunksPerOp) a.chunks = slot.chunksPerOp;
  if (slot.memory) a.memory = slot.memory;
  if (slot.cpu) a.cpu.push({ ...slot.cpu, ops: slot.ops });
}

function baseCell(workload, v, rttMs, concurrency, extra) {
  return {
    workload: workload.id, variant: v.id, label: v.label, rttMs, concurrency,
    expectedRoundTrips: v.expectedRoundTrips, cold: Boolean(v.fresh),
    // The machine is shared: the 1-minute load average when the cell finished, printed beside it.
    load: Math.round(os.loadavg()[0] * 10) / 10, ...extra,
  };
}

function finishCell(workload, v, rttMs, concurrency, a) {
  if (a.error) return baseCell(workload, v, rttMs, concurrency, { status: 'failed', reason: a.error });
  const s = summarize(a.latenciesMs);
  return baseCell(workload, v, rttMs, concurrency, {
    status: 'ok', n: s.n, p50: s.p50, p99: s.p99, mean: s.mean, min: s.min, max: s.max,
    throughput: a.ops / (a.wallMs / 1000),
    roundTripsPerOp: a.trips.length ? a.trips.reduce((x, y) => x + y, 0) / a.trips.length : null,
    memory: a.memory,
    chunksPerOp: a.chunks ?? null,
    cpuUsPerOp: cpuPerOp(a.cpu),
  });
}

function describe(cell) {
  const where = `${cell.workload}/${cell.variant} rtt ${cell.rttMs} ms c${cell.concurrency}`;
  if (cell.status !== 'ok') return `  ${where}: ${cell.status}: ${cell.reason}`;
  return `  ${where}: p50 ${cell.p50.toFixed(3)} ms, p99 ${cell.p99.toFixed(3)} ms, ${cell.throughput.toFixed(0)} ops/s, n=${cell.n}` +
    (cell.roundTripsPerOp !== null ? `, ${cell.roundTripsPerOp.toFixed(2)} round trips/op` : '') +
    (cell.chunksPerOp ? ` (chunks/op to server ${cell.chunksPerOp.toServer.toFixed(2)}, to client ${cell.chunksPerOp.toClient.toFixed(2)})` : '') +
    `, load ${cell.load}` +
    (cell.cpuUsPerOp ? `, CPU µs/op client ${cell.cpuUsPerOp.client.toFixed(1)} proxy ${cell.cpuUsPerOp.proxy.toFixed(1)} server ${cell.cpuUsPerOp.server.toFixed(1)} other ${cell.cpuUsPerOp.other.toFixed(1)}` : '');
}

/** Runs a workload's reset statement on a short-lived direct connection (survives a server restart). */
async function runCleanup(sql, log) {
  const admin = adminClient();
  try {
    await admin.connect();
    await admin.query(sql);
  } catch (err) {
    log(`  cleanup failed (${err.message}); the next slot starts with a bigger table`);
  } finally {
    await admin.end().catch(() => {});
  }
}

/** Smallest value (Infinity for none); a loop, because spreading 100k samples into Math.min can overflow the stack. */
function minOf(values) {
  let m = Infinity;
  for (const x of values) if (x < m) m = x;
  return m;
}
