/**
 * Native recursion and unbounded input: JSON nesting past the engine's cap is 54001; wire arguments
 * too deep or too large are WH004 before decoding; deep JS recursion is 54001 or a RangeError.
 */
import { DEPTH_CODE, RECURSION_CODES, WH, WIRE_TOO_DEEP, WIRE_TOO_LARGE_BYTES, OOM_CODES } from '../support/expectations';
import type { Case } from '../support/harness';
import { fnCase, sqlCase, doJs } from './helpers';

const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '0' + '}'.repeat(n);

export const cases: Case[] = [
  fnCase(
    'JSON.parse of 1e6 nested arrays',
    `(db) => JSON.parse('['.repeat(1e6) + ']'.repeat(1e6)) && 1`,
    { code: DEPTH_CODE },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    "JSON.parse('[0,'.repeat(2e6) + '0]') (unclosed, deep)",
    `(db) => JSON.parse('[0,'.repeat(2e6) + '0]') && 1`,
    { code: [DEPTH_CODE, WH.threw] },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    'JSON.parse of 1e6 nested objects',
    `(db) => JSON.parse('{"a":'.repeat(1e6) + '0' + '}'.repeat(1e6)) && 1`,
    { code: DEPTH_CODE },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    'JSON.stringify of a 1e6-deep structure',
    `(db) => { let o = {}; for (let i = 0; i < 1e6; i++) o = { o }; return JSON.stringify(o).length; }`,
    { code: RECURSION_CODES },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    'a 1e6-deep result',
    `(db) => { let o = 0; for (let i = 0; i < 1e6; i++) o = [o]; return o; }`,
    { code: [DEPTH_CODE, WH.badResult] },
    { timeoutMs: 60_000 },
  ),
  sqlCase(
    'raw PL/v8: JSON.parse of 1e6 nested arrays',
    doJs(`JSON.parse('['.repeat(1e6) + ']'.repeat(1e6));`),
    { code: DEPTH_CODE },
    { timeoutMs: 60_000 },
  ),
  fnCase(
    `a wire argument ${WIRE_TOO_DEEP} arrays deep`,
    `(db, x) => 1`,
    { code: WH.badArguments },
    { args: `[${deepArray(WIRE_TOO_DEEP)}]`, timeoutMs: 60_000 },
  ),
  fnCase(
    `a wire argument ${WIRE_TOO_DEEP} objects deep`,
    `(db, x) => 1`,
    { code: WH.badArguments },
    { args: `[${deepObject(WIRE_TOO_DEEP)}]`, timeoutMs: 60_000 },
  ),
  fnCase('a wire argument 5e6 arrays deep (10 MB)', `(db, x) => 1`, { code: WH.badArguments }, { args: `[${deepArray(5e6)}]`, timeoutMs: 60_000 }),
  fnCase(
    `a ${WIRE_TOO_LARGE_BYTES >> 20} MB wire argument`,
    `(db, x) => 1`,
    { code: WH.badArguments },
    { args: `["${'x'.repeat(WIRE_TOO_LARGE_BYTES)}"]`, timeoutMs: 60_000 },
  ),
  fnCase(
    'a deep tag inside a wire argument',
    `(db, x) => 1`,
    { code: WH.badArguments },
    { args: `[${'{"$esc":'.repeat(WIRE_TOO_DEEP) + '{}' + '}'.repeat(WIRE_TOO_DEEP)}]`, timeoutMs: 60_000 },
  ),
  fnCase('unbounded JS recursion', `(db) => { const f = (n) => f(n + 1) + 1; return f(0); }`, { code: RECURSION_CODES }),
  fnCase('mutual recursion through getters', `(db) => { const o = { get a() { return o.b; }, get b() { return o.a; } }; return o.a; }`, {
    code: RECURSION_CODES,
  }),
  fnCase('recursion through toString', `(db) => { const o = { toString() { return String(o); } }; return String(o); }`, { code: RECURSION_CODES }),
  fnCase('recursion inside a sort comparator', `(db) => { const f = (a, b) => [2, 1].sort(f).length; return [2, 1].sort(f); }`, {
    code: RECURSION_CODES,
  }),
  sqlCase('raw PL/v8: unbounded recursion', doJs(`(function f() { return f() + 1; })()`), { code: [DEPTH_CODE, 'XX000'] }),
  fnCase(
    'recursion that catches RangeError and keeps going',
    `(db) => { const f = (n) => { try { return f(n + 1); } catch (e) { return f(n + 1); } }; return f(0); }`,
    { code: [...RECURSION_CODES, '57014', ...OOM_CODES] },
    { timeoutMs: 30_000, steps: [{ sql: 'SET statement_timeout = 3000', expect: { ok: true } }] },
  ),
];
