// The statement form of a warm call: the default (one simple-protocol query, hash and arguments as
// quoted literals: nothing prepared, so transaction poolers work) vs preparedStatements: true (a named
// statement per connection), interleaved in rounds so machine noise hits both alike.
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
      { what: 'default: one simple-protocol query, nothing prepared (works through PgBouncer transaction mode)', ...unnamed },
      { what: 'named prepared statement (`preparedStatements: true`)', ...named },
    ],
    note: `the default form minus the named statement: ${(unnamed.p50 - named.p50).toFixed(1)} µs per call at p50 (the default is parsed and planned on every call; the named one sends Bind/Execute)`,
  };
}
