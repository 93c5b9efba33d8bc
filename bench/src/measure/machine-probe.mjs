// How fast is the machine right now? The same fixed work timed at the start and at the end of a run.
//
// The development machine is a shared virtual machine whose speed changes by 2-5x over a day with
// no sign in the load average (which counts only this machine's own processes): a first PL/v8 call
// took 3.6 ms in one run and 20.8 ms in another the same day. Figures of two runs can be compared
// only when the machine was as fast in both; these probes say how fast it was, next to the results.
import { createHash } from 'node:crypto';
import { adminClient } from '../db/setup.mjs';

const HASH_BYTES = 16 * 1024 * 1024;
const JSON_ROWS = 100_000;
const SQL_ROWS = 3_000_000;
const TIMES = 3;

/**
 * @typedef {{ hashMs: number, jsonMs: number, sqlMs: number }} MachineProbe
 *   hashMs: SHA-256 of 16 MB in this process (CPU); jsonMs: JSON.stringify + JSON.parse of 100,000
 *   small rows in this process (allocation and memory); sqlMs: a sum over 3,000,000 rows of
 *   generate_series in PostgreSQL. Each the best of three.
 */

/** @returns {Promise<MachineProbe>} */
export async function probeMachine() {
  const bytes = Buffer.alloc(HASH_BYTES, 7);
  const rows = Array.from({ length: JSON_ROWS }, (_, i) => ({ id: i, name: `row ${i}`, amount: i * 3, at: '2026-01-01T00:00:00.000Z' }));
  const hashMs = bestOf(() => createHash('sha256').update(bytes).digest());
  const jsonMs = bestOf(() => JSON.parse(JSON.stringify(rows)));
  const c = adminClient();
  await c.connect();
  try {
    let sqlMs = Infinity;
    for (let i = 0; i < TIMES; i++) {
      const t0 = process.hrtime.bigint();
      await c.query(`SELECT sum(i) FROM generate_series(1, ${SQL_ROWS}) i`);
      sqlMs = Math.min(sqlMs, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return { hashMs: round1(hashMs), jsonMs: round1(jsonMs), sqlMs: round1(sqlMs) };
  } finally {
    await c.end();
  }
}

/** One line for the report: the probes at the start and at the end of the run. */
export function describeProbes(start, end) {
  const pair = (key) => (end ? `${start[key]} / ${end[key]} ms` : `${start[key]} ms`);
  return (
    `Machine speed (fixed work, best of ${TIMES}, at start${end ? ' / at end' : ''}; lower is faster): ` +
    `SHA-256 of 16 MB ${pair('hashMs')}, JSON round trip of 100,000 rows ${pair('jsonMs')}, ` +
    `SQL sum over 3,000,000 rows ${pair('sqlMs')}`
  );
}

function bestOf(work) {
  let best = Infinity;
  for (let i = 0; i < TIMES; i++) {
    const t0 = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

function round1(x) {
  return Math.round(x * 10) / 10;
}
