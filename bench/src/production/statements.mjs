// What dropping named prepared statements (the default, so transaction poolers work) costs per call:
// warm calls of a trivial remote function over a direct connection, unnamed statements (default) vs
// preparedStatements: true, interleaved in rounds so machine noise hits both alike.
import { createRequire } from 'node:module';
import { summary, timeUs, withScratchDatabase } from './stats.mjs';

const require = createRequire(import.meta.url);
const { connect } = require('pg-wormhole');

export function measureStatements(clusterUrl, options = {}) {
  return withScratchDatabase(clusterUrl, 'wh_bench_statements', '', (url) => measure(url, options));
}

async function measure(url, { perRound = 3000, rounds = 5 }) {
  const variant = async (preparedStatements) => {
    const wh = await connect({ connectionString: url, max: 1 }, { preparedStatements });
    const inc = wh.remote(async (db, x) => x + 1, { name: 'inc' });
    for (let i = 0; i < 500; i++) await inc(i); // warm: installed, connection and plans hot
    return { wh, inc, samples: [] };
  };
  const variants = { unnamed: await variant(false), named: await variant(true) };
  for (let r = 0; r < rounds; r++) {
    for (const v of Object.values(variants)) for (let i = 0; i < perRound; i++) v.samples.push(await timeUs(() => v.inc(i)));
  }
  for (const v of Object.values(variants)) await v.wh.close();
  const unnamed = summary(variants.unnamed.samples);
  const named = summary(variants.named.samples);
  return {
    title: 'Statement form: warm call of a trivial function, 0 ms RTT (loopback), one connection',
    rows: [
      { what: 'unnamed statement (the default; works through PgBouncer transaction mode)', ...unnamed },
      { what: 'named prepared statement (`preparedStatements: true`)', ...named },
    ],
    note: `unnamed statements cost ${(unnamed.p50 - named.p50).toFixed(1)} µs per call at p50 (the parse and plan of the call's SELECT)`,
  };
}
