/** CPU, memory and stack bombs: bounded by statement_timeout, plv8.memory_limit and the stack limit. */
import { WH, CANCELED, OOM_CODES, FATAL_ALLOWED_FOR_OOM, RECURSION_CODES, TIMEOUT_MS, TIMEOUT_SLACK_MS } from '../support/expectations';
import type { Case } from '../support/harness';
import { armTimeout, doJs, fnCase, sqlCase, timeoutFn } from './helpers';

export const cases: Case[] = [
  timeoutFn('for (;;) {} under statement_timeout', `(db) => { for (;;) {} }`),
  timeoutFn('while (true) with a try/catch that swallows everything', `(db) => { while (true) { try { for (;;) {} } catch (e) {} } }`),
  timeoutFn('an endless async loop', `async (db) => { for (;;) await null; }`),
  // Server-side there is no event loop: a promise that never settles is refused (WH010) at once.
  fnCase(
    'an endless promise chain',
    `async (db) => { const f = () => Promise.resolve().then(f); f(); await new Promise(() => {}); }`,
    { code: [WH.threw, CANCELED], withinMs: TIMEOUT_MS + TIMEOUT_SLACK_MS },
    { steps: [armTimeout()] },
  ),
  timeoutFn('endless SQL from a loop', `async (db) => { for (;;) await db.query('SELECT 1'); }`),
  {
    name: 'pg_sleep inside a remote function under statement_timeout',
    steps: [
      armTimeout(),
      { fn: `async (db) => db.query('SELECT pg_sleep(10)')`, expect: { code: CANCELED, withinMs: TIMEOUT_MS + TIMEOUT_SLACK_MS } },
    ],
  },
  fnCase(
    'memory: a string doubling loop',
    `(db) => { let s = 'x'; for (;;) s += s; }`,
    { code: OOM_CODES, fatalAllowed: FATAL_ALLOWED_FOR_OOM },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    'memory: an array of arrays',
    `(db) => { const a = []; for (;;) a.push(new Array(1e5).fill(0.5)); }`,
    { code: OOM_CODES, fatalAllowed: FATAL_ALLOWED_FOR_OOM },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    'memory: many small objects',
    `(db) => { const a = []; for (;;) a.push({ a: 1, b: 2, c: [3] }); }`,
    { code: OOM_CODES, fatalAllowed: FATAL_ALLOWED_FOR_OOM },
    { timeoutMs: 60_000 },
  ),
  // Native walks over more indexes than any dense array has are refused at once (they could not be interrupted).
  fnCase('walk: includes over an array-like of length 2^40', `(db) => [].includes.call({ length: 2 ** 40 }, 1)`, { code: '54000', withinMs: 2000 }),
  fnCase('walk: indexOf over a sparse array of length 2^32-1', `(db) => { const a = []; a.length = 2 ** 32 - 1; return a.indexOf(1); }`, {
    code: '54000',
    withinMs: 2000,
  }),
  fnCase('walk: forEach over a huge array-like', `(db) => { [].forEach.call({ length: 2 ** 40 }, () => 0); }`, { code: '54000', withinMs: 2000 }),
  sqlCase('walk: raw PL/v8 lastIndexOf over a huge array-like', doJs(`Array.prototype.lastIndexOf.call({ length: 2 ** 40 }, 1)`), {
    code: '54000',
    withinMs: 2000,
  }),
  fnCase(
    'stack: deep recursion with big frames',
    `(db) => { const f = (a, b, c, d, e) => f(a + 1, [b], { c }, d, e) + 1; return f(0, 0, 0, 0, 0); }`,
    { code: RECURSION_CODES },
  ),
  fnCase('stack: recursion through Array.prototype.map', `(db) => { const f = (n) => [n].map(f); return f(0); }`, { code: RECURSION_CODES }),
  fnCase('stack: recursion through JSON.parse reviver', `(db) => { const f = () => JSON.parse('[1]', f); return f(); }`, { code: RECURSION_CODES }),
  {
    name: 'after a memory bomb, the same connection runs a normal call',
    timeoutMs: 60_000,
    steps: [
      { fn: `(db) => { const a = []; for (;;) a.push(new Array(1e5).fill(0.25)); }`, expect: { code: OOM_CODES } },
      { fn: `(db) => [1, 2, 3].reduce((a, b) => a + b, 0)`, expect: { ok: true, value: 6 } },
    ],
  },
  {
    name: 'after a timeout, the same connection runs a normal call',
    steps: [
      armTimeout(),
      { fn: `(db) => { for (;;) {} }`, expect: { code: CANCELED } },
      { sql: 'SET statement_timeout = 0', expect: { ok: true } },
      { fn: `(db) => 'alive'`, expect: { ok: true, value: 'alive' } },
    ],
  },
];
