// Small statistics and result-file helpers for the production-path bench (bench/production.mjs).
import os from 'node:os';

export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

/** Microseconds `fn` took. */
export async function timeUs(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e3;
}

/** p50/p90/p99 of samples in µs, rounded to 0.1. */
export function summary(samples) {
  const r = (x) => Math.round(x * 10) / 10;
  return { n: samples.length, p50: r(pct(samples, 0.5)), p90: r(pct(samples, 0.9)), p99: r(pct(samples, 0.99)) };
}

export const loadAverage = () => Math.round(os.loadavg()[0] * 10) / 10;

/**
 * A fresh database `name` with the wormhole extension on the cluster of `clusterUrl`, for `work(url)`;
 * dropped afterwards, so every section measures the extension as built, whatever the cluster had.
 */
export async function withScratchDatabase(clusterUrl, name, setupSql, work) {
  const { Client } = (await import('node:module')).createRequire(import.meta.url)('pg');
  const run = async (connectionString, sql) => {
    const c = new Client({ connectionString });
    await c.connect();
    try { await c.query(sql); } finally { await c.end().catch(() => undefined); }
  };
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
