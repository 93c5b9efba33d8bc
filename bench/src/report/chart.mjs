// A hand-rendered SVG bar chart for the README: p50 latency of every variant, one panel per
// workload, at the largest simulated RTT up to 2 ms, concurrency 1, on one shared log scale
// (import spans three orders of magnitude), with each workload's physical floor as a dashed line.
import { ms } from './format.mjs';

const WIDTH = 940;
const LABEL_W = 190;
const PLOT_X = LABEL_W + 10;
const PLOT_W = 560;
const BAR_H = 16;
const ROW_H = 22;

const COLORS = { client: '#7a8ca6', server: '#4f9a6a', wormhole: '#e07b28', missing: '#bbbbbb' };

function kind(variantId) {
  if (variantId.startsWith('wormhole')) return 'wormhole';
  if (/^(plpgsql|plv8|set-based)/.test(variantId)) return 'server';
  return 'client';
}

function escapeXml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/**
 * @param {{ cells: any[], workloads: any[], derived: any, options: any, meta: any }} r
 * @returns {string}
 */
export function renderChart({ cells, workloads, derived, options, meta }) {
  const candidates = options.rtts.filter((r) => r <= 2);
  const rtt = candidates.length ? Math.max(...candidates) : options.rtts[0];
  const panels = workloads.map((w) => ({
    w,
    rows: w.variants
      .filter((v) => !v.fresh)
      .map((v) => ({ v, cell: cells.find((c) => c.workload === w.id && c.variant === v.id && c.rttMs === rtt && c.concurrency === 1) }))
      .filter((r) => r.cell),
  })).filter((p) => p.rows.length);

  const values = panels.flatMap((p) => p.rows.filter((r) => r.cell.status === 'ok').map((r) => r.cell.p50));
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
  const x = (v) => PLOT_X + (PLOT_W * (Math.log10(v) - Math.log10(lo))) / (Math.log10(hi) - Math.log10(lo));

  const parts = [];
  let y = 58;
  for (const { w, rows } of panels) {
    parts.push(`<text x="10" y="${y}" class="h">${escapeXml(w.title)}</text>`);
    y += 10;
    const top = y;
    for (const { v, cell } of rows) {
      const cy = y + (ROW_H - BAR_H) / 2;
      parts.push(`<text x="${LABEL_W}" y="${y + 15}" class="l" text-anchor="end">${escapeXml(v.id)}</text>`);
      if (cell.status === 'ok') {
        const end = x(Math.max(cell.p50, lo));
        const trips = cell.roundTripsReported ?? cell.roundTripsPerOp;
        const rt = trips === null || trips === undefined ? '' : ` · ${Number.isInteger(trips) ? trips : trips.toFixed(1)} RT`;
        parts.push(`<rect x="${PLOT_X}" y="${cy}" width="${Math.max(1, end - PLOT_X).toFixed(1)}" height="${BAR_H}" fill="${COLORS[kind(v.id)]}"/>`);
        parts.push(`<text x="${(end + 5).toFixed(1)}" y="${y + 15}" class="v">${ms(cell.p50)} ms${rt}</text>`);
      } else {
        parts.push(`<text x="${PLOT_X + 4}" y="${y + 15}" class="m">${escapeXml(cell.status)}${cell.status === 'unavailable' ? ' (see the report for why)' : ''}</text>`);
      }
      y += ROW_H;
    }
    const floor = derived.floors[w.id]?.[rtt];
    if (floor) {
      const fx = x(floor).toFixed(1);
      parts.push(`<line x1="${fx}" y1="${top - 2}" x2="${fx}" y2="${y + 2}" class="floor"/>`);
      parts.push(`<text x="${fx}" y="${y + 13}" class="f" text-anchor="middle">floor ${ms(floor)} ms</text>`);
    }
    // Cold-start variants are one-off costs, not comparable bars: list them as a line of text.
    const cold = w.variants.filter((v) => v.fresh)
      .map((v) => cells.find((c) => c.workload === w.id && c.variant === v.id && c.rttMs === rtt && c.status === 'ok'))
      .filter(Boolean);
    if (cold.length) {
      y += 18;
      parts.push(`<text x="${PLOT_X}" y="${y + 13}" class="v">${escapeXml(`first call on a fresh connection (p50): ${cold.map((c) => `${c.variant} ${ms(c.p50)} ms`).join(', ')}`)}</text>`);
      y += 10;
    }
    y += 30;
  }

  // Log-scale grid under the panels.
  const grid = [];
  for (let t = lo; t <= hi * 1.0001; t *= 10) {
    const gx = x(t).toFixed(1);
    grid.push(`<line x1="${gx}" y1="62" x2="${gx}" y2="${y - 20}" class="g"/>`);
    grid.push(`<text x="${gx}" y="${y - 6}" class="t" text-anchor="middle">${t >= 1 ? t : t.toFixed(Math.round(-Math.log10(t)))} ms</text>`);
  }
  const height = y + 40;
  let lx = 10;
  const legend = [['client', 'client-side (pg, postgres.js)'], ['server', 'hand-written server-side (PL/pgSQL, PL/v8, set-based)'], ['wormhole', 'Wormhole']]
    .map(([k, text]) => {
      const item = `<rect x="${lx}" y="${height - 24}" width="12" height="12" fill="${COLORS[k]}"/><text x="${lx + 18}" y="${height - 14}" class="l">${text}</text>`;
      lx += 18 + text.length * 6.6 + 24; // ~6.6 px per character at 12 px
      return item;
    });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif">
<style>
  .title { font-size: 16px; font-weight: bold; } .sub { font-size: 11px; fill: #555; }
  .h { font-size: 13px; font-weight: bold; } .l { font-size: 12px; } .v { font-size: 11px; }
  .m { font-size: 11px; fill: #999; font-style: italic; } .t { font-size: 10px; fill: #666; }
  .g { stroke: #e4e4e4; } .floor { stroke: #c0392b; stroke-dasharray: 4 3; } .f { font-size: 10px; fill: #c0392b; }
</style>
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="22" class="title">Wormhole bench: p50 latency per operation at a simulated ${rtt} ms RTT (concurrency 1, log scale)</text>
<text x="10" y="40" class="sub">${escapeXml(`${meta.date.slice(0, 16).replace('T', ' ')} UTC · PostgreSQL ${meta.postgres} · Node ${meta.node} · ${meta.cpus} CPUs · lower is better · RT = round trips counted at the proxy`)}</text>
${grid.join('\n')}
${parts.join('\n')}
${legend.join('\n')}
</svg>
`;
}
