// The text report: one table per workload and RTT, then memory, then the variant legend.
import { bytes, ms, pad, rate, ratio } from './format.mjs';

/**
 * @param {{ calibration: any[], cells: any[], workloads: any[], derived: any, options: any }} r
 * @returns {string}
 */
export function renderTables({ calibration, cells, workloads, derived, options }) {
  const out = [];
  out.push('Calibration (SELECT 1 through the delay proxy, pg, concurrency 1):');
  for (const c of calibration) {
    out.push(`  simulated RTT ${pad(c.rttMs, 4, true)} ms   measured p50 ${ms(c.p50)} ms   p99 ${ms(c.p99)} ms   round trips/op ${c.roundTripsPerOp}`);
  }
  const concs = options.concurrency;
  for (const w of workloads) {
    const mine = cells.filter((c) => c.workload === w.id);
    if (mine.length === 0) continue;
    const present = (v) => mine.some((c) => c.variant === v.id && c.status !== 'unavailable');
    const warm = w.variants.filter((v) => !v.fresh && present(v));
    const cold = w.variants.filter((v) => v.fresh && present(v));
    out.push('', w.title);
    for (const rtt of options.rtts) {
      if (warm.length === 0) break;
      const floor = derived.floors[w.id]?.[rtt];
      out.push(`  RTT ${rtt} ms   (floor = 1 RTT + server work of "${w.floor}": ${ms(floor)} ms)`);
      const head = [pad('variant', 20), pad('RT/op', 7, true)];
      for (const c of concs) head.push(pad(`c${c} p50`, 9, true), pad(`c${c} p99`, 9, true), pad(`c${c} op/s`, 9, true));
      head.push(pad('vs pg', 8, true), pad('vs floor', 9, true), pad('server', 8, true),
        pad(`c${concs.at(-1)} CPU µs/op`, 16, true), pad('load', 5, true));
      out.push('  ' + head.join(' '));
      for (const v of warm) out.push(...warmRow(mine.filter((c) => c.variant === v.id && c.rttMs === rtt), v.id, concs));
    }
    if (cold.length) {
      out.push('  First call on a fresh connection (connect not timed), concurrency 1:');
      out.push('  ' + [pad('variant', 20), pad('RTT', 5, true), pad('RT/op', 7, true), pad('p50', 9, true), pad('worst', 9, true), pad('n', 4, true),
        pad('server ms', 10, true), pad('faults', 7, true), pad('load', 5, true)].join(' '));
      for (const v of cold) {
        for (const c of mine.filter((x) => x.variant === v.id)) {
          if (c.status !== 'ok') out.push(`  ${pad(v.id, 20)} ${pad(c.rttMs, 5, true)} ${c.status}: ${c.reason}`);
          else out.push('  ' + [pad(v.id, 20), pad(c.rttMs, 5, true), pad(round2(c.roundTripsPerOp), 7, true), pad(ms(c.p50), 9, true), pad(ms(c.max ?? c.p99), 9, true), pad(c.n, 4, true),
            pad(c.cpuUsPerOp ? ms(c.cpuUsPerOp.server / 1000) : '-', 10, true), pad(c.cpuUsPerOp?.serverFaults != null ? Math.round(c.cpuUsPerOp.serverFaults) : '-', 7, true),
            pad(c.load.toFixed(1), 5, true)].join(' '));
        }
      }
    }
    for (const v of warm.concat(cold)) {
      const c = mine.find((x) => x.variant === v.id && x.status === 'ok' && x.roundTripsReported != null);
      if (c && Math.abs(c.roundTripsReported - v.expectedRoundTrips) > 0.1 * v.expectedRoundTrips) {
        out.push(`  note: ${v.id} made ${round2(c.roundTripsReported)} round trips per operation, ideal ${v.expectedRoundTrips}` +
          (v.roundTripNote ? `: ${v.roundTripNote}` : ''));
      }
    }
    const missing = new Map();
    for (const c of mine.filter((x) => x.status === 'unavailable')) {
      if (!missing.has(c.reason)) missing.set(c.reason, new Set());
      missing.get(c.reason).add(c.variant);
    }
    for (const [reason, ids] of missing) out.push(`  unavailable: ${[...ids].join(', ')}: ${reason}`);
  }

  const mem = cells.filter((c) => c.status === 'ok' && c.memory && c.rttMs === options.rtts[0]);
  if (mem.length) {
    out.push('', `Backend memory after warm-up (pg_backend_memory_contexts total; PL/v8 heap if available), RTT ${options.rtts[0]} ms:`);
    for (const c of mem) {
      out.push(`  ${pad(`${c.workload}/${c.variant}`, 30)} ${pad(bytes(c.memory.backendBytes), 9, true)}   ${c.memory.plv8 ? plv8Memory(c.memory.plv8) : ''}`);
    }
  }

  out.push('', 'Legend:');
  for (const w of workloads) {
    for (const v of w.variants.filter((x) => cells.some((c) => c.workload === w.id && c.variant === x.id))) out.push(`  ${pad(`${w.id}/${v.id}`, 30)} ${v.label}`);
  }
  out.push('', 'RT/op: round trips per operation counted at the proxy (at the largest RTT). p50/p99 in ms.',
    'vs pg: p50 speed-up over client-side pg with sequential awaits (micro: over SELECT 1) at concurrency 1.',
    'vs floor: p50 / (1 RTT + server work of the best server-side version).',
    'server: server time per call of one-round-trip variants = 0-RTT p50 minus 0-RTT SELECT 1 p50, ms.',
    `c${concs.at(-1)} CPU µs/op: CPU time per operation at concurrency ${concs.at(-1)} of the client process (minus the proxy thread), the proxy thread and the row's own backends (all their threads), client/proxy/server.`,
    'First call, server ms / faults: the new backend\'s mean CPU time and minor page faults for that one call (a fault on fresh memory costs what the machine probe\'s "per 4 KB page" says; the count includes the V8 heap pages plv8-compat populates in bulk, which cost far less).',
    'load: the highest 1-minute load average of the machine while the row was measured (2 cores are shared; above ~1.5, expect noise).');
  return out.join('\n');
}

/** One table line per variant: round trips, then p50/p99/throughput per concurrency, then ratios. */
function warmRow(row, id, concs) {
  const c1 = row.find((c) => c.concurrency === 1) ?? row[0];
  if (!c1) return [];
  if (c1.status !== 'ok') return [`  ${pad(id, 20)} ${c1.status}: ${c1.reason}`];
  const line = [pad(id, 20), pad(c1.roundTripsReported === null ? '-' : round2(c1.roundTripsReported), 7, true)];
  for (const conc of concs) {
    const c = row.find((x) => x.concurrency === conc);
    if (!c || c.status !== 'ok') line.push(pad(c ? c.status : 'n/a', 29, true));
    else line.push(pad(ms(c.p50), 9, true), pad(ms(c.p99), 9, true), pad(rate(c.throughput), 9, true));
  }
  line.push(pad(ratio(c1.speedupVsPg), 8, true), pad(c1.vsFloor ? ratio(c1.vsFloor) : '-', 9, true),
    // Server time only means something for one-round-trip variants; the others' 0-RTT time also
    // holds every client turnaround between their statements (it is still in the JSON).
    pad(c1.serverMs === null || c1.serverMs === undefined || (c1.roundTripsReported ?? 1) > 1.5 ? '-' : ms(c1.serverMs), 8, true),
    // CPU per operation at the highest concurrency: client / proxy / server (measure/cpu.mjs)
    pad(cpuParts(row.find((c) => c.concurrency === concs.at(-1))), 16, true),
    // the highest 1-minute load average seen while this row was measured
    pad(Math.max(...row.filter((c) => c.load !== undefined).map((c) => c.load)).toFixed(1), 5, true));
  const lines = ['  ' + line.join(' ')];
  for (const f of row.filter((c) => c.status === 'failed' && c !== c1)) lines.push(`  ${pad('', 20)} c${f.concurrency} failed: ${f.reason}`);
  return lines;
}

function cpuParts(cell) {
  const cpu = cell?.status === 'ok' ? cell.cpuUsPerOp : null;
  return cpu ? [cpu.client, cpu.proxy, cpu.server].map((x) => x.toFixed(0)).join('/') : '-';
}

function round2(x) {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

function plv8Memory(m) {
  if (typeof m !== 'object') return `PL/v8: ${String(m)}`;
  const used = m.used_heap_size ?? m.usedHeapSize;
  const total = m.total_heap_size ?? m.totalHeapSize;
  if (used !== undefined) return `PL/v8 heap used ${bytes(used)} of ${bytes(total)}`;
  return `PL/v8: ${JSON.stringify(m).slice(0, 80)}`;
}
