// Server time of a trivial call, measured inside PostgreSQL: a PL/pgSQL loop that calls the same
// thing N times in one statement, timed with clock_timestamp(). No network, no client, no parse per
// call, so what remains is what each call costs the backend. Kinds, run alternately, best of the
// rounds (background load only ever adds time):
//   loop      the loop itself (PERFORM of a variable)
//   plv8      an empty PL/v8 function: the language's own call cost
//   wormhole  wormhole.call(hash, '[]') of an installed empty remote function
// Wormhole's own server cost = wormhole - plv8: what the call entry point adds to an empty PL/v8
// function (runtime dispatch, validity check, argument and result encoding, statistics).
import { adminClient } from '../db/setup.mjs';

const LOOP_SQL = `
CREATE OR REPLACE FUNCTION bench_loop_us(kind text, n int, h text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz;
BEGIN
  t0 := clock_timestamp();
  IF kind = 'loop' THEN FOR i IN 1..n LOOP PERFORM h; END LOOP;
  ELSIF kind = 'plv8' THEN FOR i IN 1..n LOOP PERFORM bench_empty_plv8(); END LOOP;
  ELSIF kind = 'wormhole' THEN FOR i IN 1..n LOOP PERFORM wormhole.call(h, '[]'); END LOOP;
  ELSE RAISE EXCEPTION 'unknown kind %', kind;
  END IF;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1e6 / n;
END $$`;

/**
 * @param {{ quick: boolean, source: string }} p  source: the empty remote function's source text
 * @returns {Promise<{ n: number, rounds: number, loopUs: number, plv8Us: number, wormholeUs: number, ownUs: number, engine: string }>}
 */
export async function measureServerCost({ quick, source }) {
  const c = adminClient();
  await c.connect();
  try {
    await c.query(LOOP_SQL);
    const hash = (await c.query('SELECT wormhole.install($1) AS hash', [source])).rows[0].hash;
    const n = quick ? 20_000 : 100_000;
    const rounds = quick ? 2 : 5;
    await c.query("SELECT bench_loop_us('plv8', 1000, $1), bench_loop_us('wormhole', 1000, $1)", [hash]); // warm: contexts, runtime, plans
    const best = { loop: Infinity, plv8: Infinity, wormhole: Infinity };
    for (let r = 0; r < rounds; r++) {
      const kinds = r % 2 === 0 ? ['loop', 'plv8', 'wormhole'] : ['wormhole', 'plv8', 'loop'];
      for (const kind of kinds) {
        const us = (await c.query('SELECT bench_loop_us($1, $2, $3) AS us', [kind, n, hash])).rows[0].us;
        best[kind] = Math.min(best[kind], us);
      }
    }
    const engine = await c.query("SELECT coalesce((SELECT extversion FROM pg_extension WHERE extname = 'plv8'), '?') AS v").then((r) => r.rows[0].v);
    return {
      n, rounds, loopUs: best.loop, plv8Us: best.plv8 - best.loop, wormholeUs: best.wormhole - best.loop,
      ownUs: best.wormhole - best.plv8, engine: `plv8 ${engine}`,
    };
  } finally {
    await c.end();
  }
}

export function renderServerCost(s) {
  if (!s) return '';
  if (s.error) return `Server time per trivial call, inside PostgreSQL: failed: ${s.error}`;
  return [
    `Server time per trivial call, inside PostgreSQL (PL/pgSQL loop of ${s.n} calls in one statement, best of ${s.rounds}; loop cost ${s.loopUs.toFixed(2)} µs subtracted):`,
    `  empty PL/v8 function          ${s.plv8Us.toFixed(2).padStart(7)} µs`,
    `  wormhole.call (empty remote)  ${s.wormholeUs.toFixed(2).padStart(7)} µs`,
    `  Wormhole's own cost           ${s.ownUs.toFixed(2).padStart(7)} µs   (wormhole.call minus the empty PL/v8 function)`,
  ].join('\n');
}
