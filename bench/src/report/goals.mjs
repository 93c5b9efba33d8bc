// The product's performance goals, each judged from this run's figures: PASS, MISS or n/a (with
// the reason: not measured, or a variant unavailable).
import { ms, ratio } from './format.mjs';

/**
 * @param {any[]} cells
 * @returns {{ goal: string, status: 'PASS' | 'MISS' | 'n/a', figure: string }[]}
 */
export function judgeGoals(cells) {
  const get = (w, v, rtt, conc = 1) => cells.find((c) => c.workload === w && c.variant === v && c.rttMs === rtt && c.concurrency === conc);
  const need = (...cs) => {
    for (const c of cs) if (!c) return 'not measured in this run (check --rtt/--workloads/--variants)';
    for (const c of cs) if (c.status !== 'ok') return `${c.workload}/${c.variant} ${c.status}: ${c.reason}`;
    return null;
  };
  const goals = [];
  const add = (goal, cs, judge) => {
    const missing = need(...cs);
    if (missing) goals.push({ goal, status: 'n/a', figure: missing });
    else {
      const { pass, figure } = judge(...cs);
      goals.push({ goal, status: pass ? 'PASS' : 'MISS', figure });
    }
  };

  add('transfer @2 ms: Wormhole >= 5x faster than client-side pg', [get('transfer', 'wormhole', 2), get('transfer', 'pg-seq', 2)],
    (wh, pg) => ({ pass: pg.p50 / wh.p50 >= 5, figure: `${ratio(pg.p50 / wh.p50)} (p50 ${ms(wh.p50)} vs ${ms(pg.p50)} ms)` }));
  add('transfer @2 ms: Wormhole within 1.3x of the PL/pgSQL function', [get('transfer', 'wormhole', 2), get('transfer', 'plpgsql', 2)],
    (wh, pl) => ({ pass: wh.p50 / pl.p50 <= 1.3, figure: `${ratio(wh.p50 / pl.p50)} (p50 ${ms(wh.p50)} vs ${ms(pl.p50)} ms)` }));
  add('dashboard @2 ms: Wormhole no slower than pipelined postgres.js', [get('dashboard', 'wormhole', 2), get('dashboard', 'postgresjs-pipeline', 2)],
    (wh, pj) => ({ pass: wh.p50 <= pj.p50, figure: `p50 ${ms(wh.p50)} vs ${ms(pj.p50)} ms (${ratio(wh.p50 / pj.p50)})` }));
  add('import @2 ms: Wormhole >= 100x faster than client-side pg', [get('import', 'wormhole', 2), get('import', 'pg-seq', 2)],
    (wh, pg) => ({ pass: pg.p50 / wh.p50 >= 100, figure: `${ratio(pg.p50 / wh.p50)} (p50 ${ms(wh.p50)} vs ${ms(pg.p50)} ms)` }));
  add('micro @0 ms: warm empty call within 2x a hand-written PL/v8 function', [get('micro', 'wormhole', 0), get('micro', 'plv8', 0)],
    (wh, pv) => {
      const raw = get('micro', 'wormhole-raw', 0);
      const rawText = raw?.status === 'ok' ? `; without the SDK ${ms(raw.p50)} ms` : '';
      return { pass: wh.p50 <= 2 * pv.p50, figure: `${ratio(wh.p50 / pv.p50)} (p50 ${ms(wh.p50)} vs ${ms(pv.p50)} ms${rawText})` };
    });
  add('micro @0 ms: cold first call on a fresh connection under 30 ms', [get('micro', 'wormhole-cold', 0)],
    (c) => ({ pass: c.p50 < 30, figure: `p50 ${ms(c.p50)} ms, worst ${ms(c.p99)} ms of ${c.n}` }));
  return goals;
}

export function renderGoals(goals) {
  const lines = ['Goals:'];
  for (const g of goals) lines.push(`  ${g.status.padEnd(4)}  ${g.goal}: ${g.figure}`);
  return lines.join('\n');
}
