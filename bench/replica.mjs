// Replica routing latency: warm calls of a small read-only function (one indexed read) on the
// primary, routed to the streaming replica (scripts/replica.sh), and routed with read-your-writes
// right after a write (which must wait for the replica to replay that write). 0 ms RTT, loopback.
//   source scripts/lib.sh && bash scripts/replica.sh start && node bench/replica.mjs [calls, default 3000]
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { connect } = require('pg-wormhole');
const { Client } = require('pg');

const calls = Number(process.argv[2] ?? 3000);
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: source scripts/lib.sh first');
// A database of its own, with the current extension (calls on a standby need one that writes nothing per call).
const cluster = new Client({ connectionString: process.env.DATABASE_URL });
await cluster.connect();
await cluster.query('DROP DATABASE IF EXISTS wh_bench_replica WITH (FORCE)');
await cluster.query('CREATE DATABASE wh_bench_replica');
await cluster.end();
const primaryUrl = new URL(process.env.DATABASE_URL);
primaryUrl.pathname = '/wh_bench_replica';
const url = primaryUrl.toString();
const replicaUrl = new URL(url);
replicaUrl.port = String(process.env.WORMHOLE_REPLICA_PORT ?? Number(primaryUrl.port) + 1);

const admin = new Client({ connectionString: url });
await admin.connect();
await admin.query('CREATE EXTENSION IF NOT EXISTS wormhole CASCADE');
await admin.query('CREATE TABLE IF NOT EXISTS bench_replica_kv (k int PRIMARY KEY, v text)');
await admin.query("INSERT INTO bench_replica_kv SELECT g, 'v' || g FROM generate_series(1, 1000) g ON CONFLICT DO NOTHING");
// Wait until the replica has the table's rows (replayed).
for (let tries = 0; ; tries++) {
  const probe = new Client({ connectionString: replicaUrl.toString() });
  try {
    await probe.connect();
    if ((await probe.query('SELECT count(*)::int AS n FROM bench_replica_kv')).rows[0].n === 1000) break;
  } catch (error) {
    if (tries > 100) throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  await new Promise((r) => setTimeout(r, 100));
}
const synchronousCommit = (await admin.query('SHOW synchronous_commit')).rows[0].synchronous_commit;
const walWriterDelay = (await admin.query('SHOW wal_writer_delay')).rows[0].wal_writer_delay;

const primaryOnly = await connect({ connectionString: url, max: 1 });
const routed = await connect({ primary: { connectionString: url, max: 1 }, replicas: [{ connectionString: replicaUrl.toString(), max: 1 }] });
const ryw = await connect({ primary: { connectionString: url, max: 1 }, replicas: [{ connectionString: replicaUrl.toString(), max: 1 }] }, { readYourWrites: true });
// The same, with the writes committed at synchronous_commit = on (PostgreSQL's default; the private
// cluster runs with off, where a commit reaches the WAL, and so the replica, only at the next wal_writer_delay).
const rywSync = await connect({ primary: { connectionString: url, max: 1, options: '-c synchronous_commit=on' }, replicas: [{ connectionString: replicaUrl.toString(), max: 1 }] }, { readYourWrites: true });

const readFn = async (db, k) => db.queryValue('SELECT v FROM bench_replica_kv WHERE k = $1', [k]);
const writeFn = async (db, k) => db.query("UPDATE bench_replica_kv SET v = 'w' || $1 WHERE k = $1", [k]);
const reads = {
  'primary (no replicas)': primaryOnly.remote(readFn, { readOnly: true, name: 'read' }),
  'replica (routed)': routed.remote(readFn, { readOnly: true, name: 'read' }),
};

for (const f of Object.values(reads)) for (let i = 0; i < 300; i++) await f(1 + (i % 1000));

const time = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e3; };
const samples = Object.fromEntries(Object.keys(reads).map((k) => [k, []]));
for (let i = 0; i < calls; i++) for (const [k, f] of Object.entries(reads)) samples[k].push(await time(() => f(1 + (i % 1000))));
const rywCalls = Math.min(calls, 100);
const rywRun = async (w) => {
  const read = w.remote(readFn, { readOnly: true, name: 'read' });
  const write = w.remote(writeFn, { name: 'write' });
  await write(1); await read(1);
  const xs = [];
  for (let i = 0; i < rywCalls; i++) { await write(1 + (i % 1000)); xs.push(await time(() => read(1 + (i % 1000)))); }
  return xs;
};
const rywSamples = await rywRun(ryw);
const rywSyncSamples = await rywRun(rywSync);

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
console.log(`read-only call, one indexed read, 0 ms RTT (µs); ${calls} calls each, interleaved`);
console.log('where                                    p50       p90       p99');
const row = (label, xs) => console.log(`${label.padEnd(38)} ${pct(xs, 0.5).toFixed(1).padStart(8)} ${pct(xs, 0.9).toFixed(1).padStart(9)} ${pct(xs, 0.99).toFixed(1).padStart(9)}`);
for (const [k, xs] of Object.entries(samples)) row(k, xs);
row(`replica, read-your-writes after a write, synchronous_commit=${synchronousCommit}`, rywSamples);
row('replica, read-your-writes after a write, synchronous_commit=on', rywSyncSamples);
console.log(`(read-your-writes: ${rywCalls} write+read pairs; the read waits until the replica has replayed the write; wal_writer_delay = ${walWriterDelay})`);
console.log(`stats: routed ${JSON.stringify({ replicaCalls: routed.stats.replicaCalls, fallbacks: routed.stats.replicaFallbacks })}, ryw ${JSON.stringify({ replicaCalls: ryw.stats.replicaCalls, fallbacks: ryw.stats.replicaFallbacks })}`);
await Promise.all([primaryOnly.close(), routed.close(), ryw.close(), rywSync.close()]);
await admin.end();
const cleanup = new Client({ connectionString: process.env.DATABASE_URL });
await cleanup.connect();
await cleanup.query('DROP DATABASE IF EXISTS wh_bench_replica WITH (FORCE)');
await cleanup.end();
