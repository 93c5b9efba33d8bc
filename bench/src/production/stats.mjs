// Helpers of the production-path bench (bench/production.mjs): timing, summaries, scratch databases.
import { createRequire } from 'node:module';
import os from 'node:os';
import { percentile } from '../measure/stats.mjs';

const { Client } = createRequire(import.meta.url)('pg');

/** Microseconds `fn` took. */
export async function timeUs(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e3;
}

/** p50/p90/p99 of samples in µs, rounded to 0.1. */
export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (p) => Math.round(percentile(sorted, p) * 10) / 10;
  return { n: samples.length, p50: r(50), p90: r(90), p99: r(99) };
}

export const loadAverage = () => Math.round(os.loadavg()[0] * 10) / 10;

/** `work(client)` on a connection of its own to `url`, closed afterwards. */
export async function withClient(url, work) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * A fresh database `name` with the wormhole extension on the cluster of `clusterUrl`, for `work(url)`;
 * dropped afterwards, so every section measures the extension as built, whatever the cluster had.
 */
export async function withScratchDatabase(clusterUrl, name, setupSql, work) {
  const run = (connectionString, sql) => withClient(connectionString, (c) => c.query(sql));
  await run(clusterUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(clusterUrl, `CREATE DATABASE ${name}`);
  const u = new URL(clusterUrl);
  u.pathname = `/${name}`;
  try {
    await run(u.toString(), `CREATE EXTENSION wormhole CASCADE; ${setupSql}`);
    return await work(u.toString());
  } finally {
    await run(clusterUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
