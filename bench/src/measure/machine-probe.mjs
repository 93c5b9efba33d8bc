// How fast is the machine right now? The same fixed work timed at the start and at the end of a run.
//
// The development machine is a shared virtual machine whose speed changes over a day with no sign
// in the load average (which counts only this machine's own processes): a first PL/v8 call took
// 3.6 ms in one run and 20.8 ms in another the same day. Figures of two runs can be compared only
// when the machine was as fast in both; these probes say how fast it was, next to the results.
// In profiles of the slow runs the time went to kernel entries (page faults, system calls, context
// switches), so besides plain computation the probes time fresh memory and round trips.
import { createHash } from 'node:crypto';
import { adminClient } from '../db/setup.mjs';
import { msSince, round1 } from './stats.mjs';

const HASH_BYTES = 16 * 1024 * 1024;
const JSON_ROWS = 100_000;
const SQL_ROWS = 3_000_000;
const FRESH_BYTES = 64 * 1024 * 1024;
const ROUND_TRIPS = 2000;
const TIMES = 3;

/**
 * @typedef {{ hashMs: number, jsonMs: number, freshMs: number, sqlMs: number, roundTripsMs: number }} MachineProbe
 *   hashMs: SHA-256 of 16 MB in this process (CPU); jsonMs: JSON.stringify + JSON.parse of 100,000
 *   small rows in this process (allocation and memory); freshMs: writing 64 MB of newly mapped
 *   memory (page faults); sqlMs: a sum over 3,000,000 rows of generate_series in PostgreSQL;
 *   roundTripsMs: 2,000 `SELECT 1` one after another on a direct connection (system calls and
 *   context switches). Each the best of three.
 */

/** @returns {Promise<MachineProbe>} */
export async function probeMachine() {
  const bytes = Buffer.alloc(HASH_BYTES, 7);
  const rows = Array.from({ length: JSON_ROWS }, (_, i) => ({ id: i, name: `row ${i}`, amount: i * 3, at: '2026-01-01T00:00:00.000Z' }));
  const hashMs = await bestOf(() => createHash('sha256').update(bytes).digest());
  const jsonMs = await bestOf(() => JSON.parse(JSON.stringify(rows)));
  // allocUnsafeSlow: a buffer of its own, mapped afresh, so fill() faults in every page.
  const freshMs = await bestOf(() => Buffer.allocUnsafeSlow(FRESH_BYTES).fill(1));
  const c = adminClient();
  await c.connect();
  try {
    const sqlMs = await bestOf(() => c.query(`SELECT sum(i) FROM generate_series(1, ${SQL_ROWS}) i`));
    const roundTripsMs = await bestOf(async () => {
      for (let i = 0; i < ROUND_TRIPS; i++) await c.query('SELECT 1');
    });
    return { hashMs: round1(hashMs), jsonMs: round1(jsonMs), freshMs: round1(freshMs), sqlMs: round1(sqlMs), roundTripsMs: round1(roundTripsMs) };
  } finally {
    await c.end();
  }
}

/** One line for the report: the probes at the start and at the end of the run. */
export function describeProbes(start, end) {
  const pair = (key) => (end ? `${start[key]} / ${end[key]} ms` : `${start[key]} ms`);
  return (
    `Machine speed (fixed work, best of ${TIMES}, at start${end ? ' / at end' : ''}; lower is faster): ` +
    `SHA-256 of ${mb(HASH_BYTES)} ${pair('hashMs')}, JSON round trip of ${count(JSON_ROWS)} rows ${pair('jsonMs')}, ` +
    `writing ${mb(FRESH_BYTES)} of fresh memory ${pair('freshMs')} (${perPage(start)}${end ? ` / ${perPage(end)}` : ''} µs per 4 KB page), SQL sum over ${count(SQL_ROWS)} rows ${pair('sqlMs')}, ` +
    `${count(ROUND_TRIPS)} SELECT 1 round trips ${pair('roundTripsMs')}`
  );
}

/** What one fresh 4 KB page cost in the fresh-memory probe (a page fault and the first write), in µs. */
function perPage(probe) {
  return ((probe.freshMs * 1000) / (FRESH_BYTES / 4096)).toFixed(1);
}

/** The shortest of TIMES runs of `work` (awaited when it returns a promise), in ms. */
async function bestOf(work) {
  let best = Infinity;
  for (let i = 0; i < TIMES; i++) {
    const t0 = process.hrtime.bigint();
    await work();
    best = Math.min(best, msSince(t0));
  }
  return best;
}

const mb = (n) => `${n / (1024 * 1024)} MB`;
const count = (n) => n.toLocaleString('en-US');
