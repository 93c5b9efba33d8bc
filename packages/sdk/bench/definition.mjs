// What defining a remote function costs (issue 12: "defining a function inside a request handler
// costs microseconds"). Prints, from one run, side by side:
//   - first definition of a source: validation (parse + rules) + hash, what every definition cost
//     before validation was cached;
//   - the same source defined again (a closure made per request): a cache lookup;
//   - their ratio.
// No database: definitions do not touch the network. Run after `npm run build -w pg-wormhole`:
//   node packages/sdk/bench/definition.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { connect } = require('../dist/index.js');

// A pool that is never used: wh.remote() only defines.
const pool = { query: async () => ({ rows: [] }), connect: async () => ({}), end: async () => {}, on() {}, totalCount: 0 };
const wh = await connect({ pool }, { skipExtensionCheck: true });

const N = Number(process.env.N ?? 2000);
const body = (i) => `async (db, from, to, amount) => {
  const { balance } = await db.queryOne('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [from]);
  if (balance < amount) throw new Error('insufficient funds ${i}');
  await db.query('UPDATE accounts SET balance = balance - $2 WHERE id = $1', [from, amount]);
  await db.query('UPDATE accounts SET balance = balance + $2 WHERE id = $1', [to, amount]);
  return { from, to, amount, left: balance - amount };
}`;

// Distinct sources: each one is validated (the uncached path). eval only builds the test functions.
const fresh = Array.from({ length: N }, (_, i) => (0, eval)(`(${body(i)})`));
// One source, a new closure per "request": what a handler defining its function does.
const handler = () => wh.remote(async (db, from, to, amount) => {
  const { balance } = await db.queryOne('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [from]);
  if (balance < amount) throw new Error('insufficient funds');
  await db.query('UPDATE accounts SET balance = balance - $2 WHERE id = $1', [from, amount]);
  await db.query('UPDATE accounts SET balance = balance + $2 WHERE id = $1', [to, amount]);
  return { from, to, amount, left: balance - amount };
}, { name: 'transfer' });

for (let i = 0; i < 200; i++) handler(); // warm-up (JIT); the first one fills the cache

let t = process.hrtime.bigint();
for (const fn of fresh) wh.remote(fn, { name: 'transfer' });
const firstUs = Number(process.hrtime.bigint() - t) / 1000 / N;

t = process.hrtime.bigint();
for (let i = 0; i < N; i++) handler();
const cachedUs = Number(process.hrtime.bigint() - t) / 1000 / N;

console.log(`definition of a remote function (${N} each, Node ${process.version})`);
console.log(`  first definition of a source (validated): ${firstUs.toFixed(1)} µs`);
console.log(`  same source defined again (cached):       ${cachedUs.toFixed(1)} µs`);
console.log(`  ratio:                                     ${(firstUs / cachedUs).toFixed(0)}x`);
await wh.close();
