/**
 * Escapes the validator refuses (WH001): constructor chains, unicode escapes, with, eval/Function,
 * stack-trace hooks, global object access. Where the validator lets a variant through, the runtime
 * must still not hand out a way to unvalidated code (WH010 from a frozen/poisoned path).
 */
import { WH } from '../support/expectations';
import type { Case, Outcome } from '../support/harness';
import { fnCase } from './helpers';

const refused = { code: WH.validation } as const;
const refusedOrThrows = { code: [WH.validation, WH.threw] } as const;

const CASES: Array<[string, string, Outcome, string?]> = [
  ["(0).constructor.constructor('return this')()", `(db) => (0).constructor.constructor('return this')()`, refused],
  ['[].map.constructor', `(db) => [].map.constructor('return plv8')()`, refused],
  ['async function constructor', `(db) => (async () => {}).constructor('return plv8')()`, refused],
  ['generator function constructor', `(db) => (function* () {}).constructor('yield plv8')().next()`, refused],
  ['async generator function constructor', `(db) => (async function* () {}).constructor('yield 1')`, refused],
  ['constructor of a caught error', `(db) => { try { null.f(); } catch (e) { return e.constructor.constructor('return this')(); } }`, refused],
  ['Object.getPrototypeOf(fn).constructor', `(db) => Object.getPrototypeOf(() => 0).constructor('return 1')()`, refused],
  ['Reflect.construct(Function)', `(db) => Reflect.construct(Function, ['return this'])()`, refused],
  ['class extends Function', `(db) => new (class extends Function {})('return this')()`, refused],
  ['constructor by unicode-escaped string key', `(db) => (0)['\\u0063onstructor']['\\u0063onstructor']('return this')()`, refused],
  ['constructor as unicode-escaped identifier', `(db) => (0).\\u0063onstructor.\\u0063onstructor('return this')()`, refused],
  ['constructor by concatenation', `(db) => (0)['con' + 'structor']['con' + 'structor']('return this')()`, refused],
  ['constructor by a computed key from an argument', `(db, k) => (0)[k][k]('return this')()`, refusedOrThrows, '["constructor"]'],
  ['constructor through a toString-object key', `(db) => (0)[{ toString: () => 'constructor' }]`, refused],
  ['constructor through Reflect.get', `(db) => Reflect.get(Reflect.get(0, 'constructor'), 'constructor')('return this')()`, refused],
  [
    'constructor through Object.getOwnPropertyDescriptor',
    `(db) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(() => 0), 'constructor').value('return this')()`,
    refused,
  ],
  ['eval', `(db) => eval('this')`, refused],
  ['indirect eval', `(db) => (0, eval)('this')`, refused],
  ['unicode-escaped eval', `(db) => \\u0065val('1')`, refused],
  ['Function by name', `(db) => Function('return this')()`, refused],
  ['new Function', `(db) => new Function('return plv8')()`, refused],
  ['with statement', `function (db) { with ({}) { return 1; } }`, refused],
  ['with hiding plv8 behind unscopables', `function (db) { with ({ [Symbol.unscopables]: {} }) { return execute('SELECT 1'); } }`, refused],
  [
    'Error.prepareStackTrace hook',
    `(db) => { Error.prepareStackTrace = (e, s) => s.map((f) => String(f.getFunction())); return new Error().stack; }`,
    refused,
  ],
  [
    'Error.captureStackTrace onto an object (a string at most)',
    `(db) => { const o = {}; Error.captureStackTrace(o); return typeof o.stack; }`,
    { okOrCode: [WH.validation], check: (v: unknown) => expect(v).toBe('string') } as any,
  ],
  [
    'prepareStackTrace through defineProperty',
    `(db) => { Object.defineProperty(Error, 'prepareStackTrace', { value: (e, s) => s }); return new Error().stack; }`,
    refused,
  ],
  ['stackTraceLimit raised', `(db) => { Error.stackTraceLimit = Infinity; return 1; }`, refused],
  ['globalThis', `(db) => globalThis.plv8.execute('SELECT 1')`, refused],
  ['this at top level', `function (db) { return this.plv8; }`, refused],
  ['this in a nested function', `(db) => (function () { return this; })().plv8`, refused],
  ['arguments.callee.caller', `function (db) { return arguments.callee.caller; }`, refused],
  ['plv8 by name', `(db) => plv8.execute('SELECT 1')`, refused],
  ['plv8 in a default parameter', `(db, p = plv8) => p`, refused],
  ['require', `(db) => require('fs')`, refused],
  ['dynamic import', `async (db) => import('fs')`, refused],
  ['a second statement after the function', `(db) => 1; plv8.execute('SELECT 1')`, refused],
  ['closing the runtime wrapper', `(db) => 1); plv8.execute('SELECT 1'); ((x) => x`, refused],
  ['a program, not a function', `plv8.execute('SELECT 1')`, refused],
  [
    'a getter on the db object to reach internals',
    `(db) => Object.getOwnPropertyNames(Object.getPrototypeOf(db)).length >= 0 && db.constructor.constructor('return this')()`,
    refused,
  ],
  ['db.query.constructor', `(db) => db.query.constructor('return this')()`, refused],
  // The only receiver a trap sees is the proxy itself, never a runtime object.
  [
    'a Proxy trap receiving internals',
    `(db) => { let leaked; const p = new Proxy({}, { get(t, k, r) { leaked = r; return undefined; } }); try { db.query(p); } catch (e) {} return leaked === undefined || leaked === p; }`,
    { okOrCode: [WH.validation, WH.threw], check: (v: unknown) => expect(v).toBe(true) } as any,
  ],
];

export const cases: Case[] = [
  ...CASES.map(([name, src, expect, args]) => fnCase(name, src, expect, { args })),
  // The shared symbol registry holds nothing of the runtime's.
  fnCase(
    'Symbol.for registry probe finds nothing',
    `(db) => [Symbol.for('wormhole'), Symbol.for('__wormhole')].map((s) => ({}).hasOwnProperty.call(db, s))`,
    { ok: true, value: [false, false] },
  ),
];
