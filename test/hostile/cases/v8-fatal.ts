/**
 * V8's fatal and out-of-memory paths: builtins that abort the process on huge sizes must end in an
 * ERROR (or FATAL for that one backend), never a signal or a cluster restart.
 */
import { OOM_CODES, FATAL_ALLOWED_FOR_OOM } from '../support/expectations';
import type { Case, Outcome } from '../support/harness';
import { fnCase, sqlCase, doJs } from './helpers';

const oom: Outcome = { code: OOM_CODES, fatalAllowed: FATAL_ALLOWED_FOR_OOM };
const big = (name: string, body: string): Case => ({ ...fnCase(name, `(db) => { ${body} }`, oom, { timeoutMs: 60_000 }), concurrent: true });
const rawBig = (name: string, body: string): Case => ({ ...sqlCase(`raw PL/v8: ${name}`, doJs(body), oom, { timeoutMs: 60_000 }), concurrent: true });

export const cases: Case[] = [
  big("'1'.repeat(0x7ffffff).split('')", `return '1'.repeat(0x7ffffff).split('').length;`),
  big('repeat beyond the string limit', `return 'ab'.repeat(2 ** 29).length;`),
  big('new Array(2 ** 27).fill(0)', `return new Array(2 ** 27).fill(0).length;`),
  big('huge concat', `let a = [0]; for (let i = 0; i < 40; i++) a = a.concat(a); return a.length;`),
  big('Array.from a huge length', `return Array.from({ length: 2 ** 28 }, () => 0).length;`),
  big('a string doubled until it breaks', `let s = 'x'; for (let i = 0; i < 40; i++) s = s + s; return s.length;`),
  big('padStart to a huge length', `return ''.padStart(2 ** 30, 'x').length;`),
  big('join of a huge sparse array', `return new Array(2 ** 30).join('x').length;`),
  big('JSON.stringify of a huge array', `return JSON.stringify(new Array(2 ** 26).fill('xxxxxxxx')).length;`),
  big('a growing Map', `const m = new Map(); for (let i = 0; i < 1e8; i++) m.set(i, { i }); return m.size;`),
  big('huge ArrayBuffer', `return new ArrayBuffer(2 ** 31).byteLength;`),
  big('huge Float64Array', `return new Float64Array(2 ** 28).length;`),
  big('objects retained in a closure list', `const keep = []; for (;;) keep.push(new Array(1e6).fill(1));`),
  big('spread of a huge array into a call', `return Math.max(...new Array(2 ** 26).fill(1));`),
  rawBig("'1'.repeat(0x7ffffff).split('')", `'1'.repeat(0x7ffffff).split('').length`),
  rawBig('new Array(2 ** 27).fill(0)', `new Array(2 ** 27).fill(0)`),
  rawBig('a string doubled until it breaks', `var s = 'x'; for (var i = 0; i < 40; i++) s = s + s;`),
];
