// What dropping named prepared statements (the default since pooler support) costs per call:
// warm calls of a trivial remote function over a direct connection (0 ms RTT, loopback), with
// unnamed statements (the default; works through PgBouncer) and with preparedStatements: true,
// interleaved in rounds so machine noise hits both alike.
//   source scripts/lib.sh && node bench/statements.mjs [calls per round, default 3000] [rounds, default 5]
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { connect } = require('pg-wormhole');

const perRound = Number(process.argv[2] ?? 3000);
const rounds = Number(process.argv[3] ?? 5);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: source scripts/lib.sh first');

async function variant(preparedStatements) {
  const wh = await connect({ connectionString: url, max: 1 }, { preparedStatements });
  const inc = wh.remote(async (db, x) => x + 1, { name: 'inc' });
  for (let i = 0; i < 500; i++) await inc(i); // warm: installed, connection and plans hot
  return { wh, inc, samples: [] };
}

const variants = { unnamed: await variant(false), named: await variant(true) };
for (let r = 0; r < rounds; r++) {
  for (const v of Object.values(variants)) {
    for (let i = 0; i < perRound; i++) {
      const t = process.hrtime.bigint();
      await v.inc(i);
      v.samples.push(Number(process.hrtime.bigint() - t) / 1e3);
    }
  }
}
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`warm call of a trivial function, 0 ms RTT, ${perRound * rounds} calls each (µs)`);
console.log('variant                        p50      mean     p99');
for (const [name, v] of Object.entries(variants)) {
  const label = name === 'unnamed' ? 'unnamed statement (default)' : 'named (preparedStatements)';
  console.log(`${label.padEnd(28)} ${pct(v.samples, 0.5).toFixed(1).padStart(7)} ${mean(v.samples).toFixed(1).padStart(8)} ${pct(v.samples, 0.99).toFixed(1).padStart(7)}`);
}
const d50 = pct(variants.unnamed.samples, 0.5) - pct(variants.named.samples, 0.5);
console.log(`cost of unnamed statements: ${d50.toFixed(1)} µs per call at p50 (${(100 * d50 / pct(variants.named.samples, 0.5)).toFixed(1)}%)`);
for (const v of Object.values(variants)) await v.wh.close();
