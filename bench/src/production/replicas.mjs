// Replica routing latency: warm calls of a read-only function (one indexed read) on the primary, and
// routed round-robin to the two streaming replicas of scripts/replica.sh; then read-your-writes
// right after a write, which must wait for the replica to replay that write.
import { createRequire } from 'node:module';
import { summary, timeUs, withClient, withScratchDatabase } from './stats.mjs';

const require = createRequire(import.meta.url);
const { connect } = require('pg-wormhole');

/** The URL of `url` on another port (replica n of scripts/replica.sh: port + 1, + 3, ...). */
function replicaUrl(url, n) {
  const u = new URL(url);
  const first = Number(process.env.WORMHOLE_REPLICA_PORT ?? Number(u.port) + 1);
  u.port = String(n === 1 ? first : first + n);
  return u.toString();
}


export function measureReplicas(clusterUrl, options = {}) {
  return withScratchDatabase(clusterUrl, 'wh_bench_replica',
    "CREATE TABLE bench_replica_kv (k int PRIMARY KEY, v text); INSERT INTO bench_replica_kv SELECT g, 'v' || g FROM generate_series(1, 1000) g",
    (url) => measure(url, options));
}

async function measure(url, { calls = 2000 }) {
  const replicas = [replicaUrl(url, 1), replicaUrl(url, 2)];
  for (const r of replicas) await waitForRows(r);
  const settings = await withClient(url, async (c) => ({
    synchronousCommit: (await c.query('SHOW synchronous_commit')).rows[0].synchronous_commit,
    walWriterDelay: (await c.query('SHOW wal_writer_delay')).rows[0].wal_writer_delay,
  }));

  const pool = (connectionString, extra = {}) => ({ connectionString, max: 1, ...extra });
  const primaryOnly = await connect(pool(url));
  const routed = await connect({ primary: pool(url), replicas: replicas.map((r) => pool(r)) });
  const ryw = await connect({ primary: pool(url), replicas: [pool(replicas[0])] }, { readYourWrites: true });
  // The same with writes at synchronous_commit = on, PostgreSQL's default (the private cluster runs with off).
  const rywSync = await connect({ primary: pool(url, { options: '-c synchronous_commit=on' }), replicas: [pool(replicas[0])] }, { readYourWrites: true });

  const readFn = async (db, k) => db.queryValue('SELECT v FROM bench_replica_kv WHERE k = $1', [k]);
  const writeFn = async (db, k) => db.query("UPDATE bench_replica_kv SET v = 'w' || $1 WHERE k = $1", [k]);
  const reads = { primary: primaryOnly.remote(readFn, { readOnly: true, name: 'read' }), routed: routed.remote(readFn, { readOnly: true, name: 'read' }) };
  for (const f of Object.values(reads)) for (let i = 0; i < 300; i++) await f(1 + (i % 1000));
  const samples = { primary: [], routed: [] };
  for (let i = 0; i < calls; i++) for (const [k, f] of Object.entries(reads)) samples[k].push(await timeUs(() => f(1 + (i % 1000))));

  const pairs = Math.min(calls, 100);
  const rywRun = async (w) => {
    const read = w.remote(readFn, { readOnly: true, name: 'read' });
    const write = w.remote(writeFn, { name: 'write' });
    await write(1); await read(1);
    const xs = [];
    for (let i = 0; i < pairs; i++) { await write(1 + (i % 1000)); xs.push(await timeUs(() => read(1 + (i % 1000)))); }
    return xs;
  };
  const rywSamples = await rywRun(ryw);
  const rywSyncSamples = await rywRun(rywSync);
  const routedStats = { ...routed.stats };
  await Promise.all([primaryOnly.close(), routed.close(), ryw.close(), rywSync.close()]);

  const primary = summary(samples.primary);
  const onReplicas = summary(samples.routed);
  return {
    title: `Replica routing: read-only call (one indexed read), 0 ms RTT (loopback), ${calls} calls each, interleaved`,
    rows: [
      { what: 'on the primary (no replicas)', ...primary },
      { what: `routed round-robin to 2 streaming replicas (${routedStats.replicaCalls} replica calls, ${routedStats.replicaFallbacks} fallbacks)`, ...onReplicas },
      { what: `read-your-writes: read right after a write, synchronous_commit=on`, ...summary(rywSyncSamples) },
      { what: `read-your-writes: the same with synchronous_commit=${settings.synchronousCommit}, wal_writer_delay=${settings.walWriterDelay}`, ...summary(rywSamples) },
    ],
    note: `routing to a replica adds ${(onReplicas.p50 - primary.p50).toFixed(1)} µs at p50; a read-your-writes read waits for the replica to replay the write (${pairs} write+read pairs each)`,
  };
}

async function waitForRows(url) {
  for (let tries = 0; ; tries++) {
    try {
      const n = await withClient(url, async (c) => (await c.query('SELECT count(*)::int AS n FROM bench_replica_kv')).rows[0].n);
      if (n === 1000) return;
    } catch (error) {
      if (tries > 200) throw new Error(`replica ${url} never got the bench table: is it running? (bash scripts/replica.sh start) ${error}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
