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
    const variants = [...new Set(cells.filter((c) => c.workload === w.id).map((c) => c.variant))];
    if (variants.length === 0) continue;
    out.push('', w.title);
    for (const rtt of options.rtts) {
      const floor = derived.floors[w.id]?.[rtt];
      out.push(`  RTT ${rtt} ms   (floor = 1 RTT + server work of "${w.floor}": ${ms(floor)} ms)`);
      const head = [pad('variant', 20), pad('RT/op', 7, true)];
      for (const c of concs) head.push(pad(`c${c} p50`, 9, true), pad(`c${c} p99`, 9, true), pad(`c${c} op/s`, 9, true));
      head.push(pad('vs pg', 8, true), pad('vs floor', 9, true), pad('server', 8, true));
      out.push('  ' + head.join(' '));
      for (const v of variants) {
        const row = cells.filter((c) => c.workload === w.id && c.variant === v && c.rttMs === rtt);
        const c1 = row.find((c) => c.concurrency === 1) ?? row[0];
        if (!c1) continue;
        if (c1.status !== 'ok') {
          out.push(`  ${pad(v, 20)} ${c1.status}: ${c1.reason}`);
          continue;
        }
        const line = [pad(v, 20), pad(c1.roundTripsReported === null ? '-' : round2(c1.roundTripsReported), 7, true)];
        for (const conc of concs) {
          const c = row.find((x) => x.concurrency === conc);
          if (!c || c.status !== 'ok') {
            line.push(pad(c ? c.status : 'n/a', 29, true));
            continue;
          }
          line.push(pad(ms(c.p50), 9, true), pad(ms(c.p99), 9, true), pad(rate(c.throughput), 9, true));
        }
        line.push(pad(ratio(c1.speedupVsPg), 8, true), pad(c1.vsFloor ? ratio(c1.vsFloor) : '-', 9, true),
          pad(c1.serverMs === null || c1.serverMs === undefined ? '-' : ms(c1.serverMs), 8, true));
        out.push('  ' + line.join(' '));
        const failed = row.filter((c) => c.status === 'failed' && c !== c1);
        for (const f of failed) out.push(`  ${pad('', 20)} c${f.concurrency} failed: ${f.reason}`);
      }
    }
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
    for (const v of w.variants) out.push(`  ${pad(`${w.id}/${v.id}`, 30)} ${v.label}`);
  }
  out.push('', 'RT/op: round trips per operation counted at the proxy (at the largest RTT). p50/p99 in ms.',
    'vs pg: p50 speed-up over client-side pg with sequential awaits (micro: over SELECT 1) at concurrency 1.',
    'vs floor: p50 / (1 RTT + server work of the best server-side version). server: 0-RTT p50 minus 0-RTT SELECT 1 p50, ms.');
  return out.join('\n');
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
