/**
 * A corpus of hostile inputs: sandbox escapes known from vm/SES-style sandboxes, wrapper
 * injection, and tricks to hide a forbidden name from a naive check. Each must be refused with a
 * specific rule (not just "something failed").
 */
import { validate } from '../src';
import { rules } from './helpers';

const HOSTILE: Array<[string, string, string]> = [
  // [what, source, rule that must be among the diagnostics]
  ['constructor chain from an array', `(db) => [].constructor.constructor('return this')()`, 'no-function-constructor'],
  ['AsyncFunction through a literal', `(db) => (async () => {}).constructor('return plv8')`, 'no-function-constructor'],
  ['AsyncFunction through an async function expression', `(db) => async function () {}.constructor`, 'no-function-constructor'],
  ['GeneratorFunction through a local', `(db) => { const G = (function* () {}).constructor; return new G('yield 1'); }`, 'no-function-constructor'],
  ['constructor of a caught error', `(db) => { try { null.f(); } catch (e) { return e.constructor.constructor('return plv8')(); } }`, 'no-function-constructor'],
  ['Object.getPrototypeOf(fn).constructor', `(db) => Object.getPrototypeOf(async function () {}).constructor`, 'no-function-constructor'],
  ['Reflect.construct(Function, …)', `(db) => Reflect.construct(Function, ['return 1'])`, 'no-function-constructor'],
  ['class extends Function', `(db) => new (class extends Function {})('return 1')`, 'no-function-constructor'],
  ['Function.prototype', `(db, x) => Function.prototype.toString.call(x)`, 'no-function-constructor'],
  ['destructured constructor', `(db) => { var { constructor } = () => {}; return constructor('return 1'); }`, 'no-function-constructor'],
  ['constructor by a Unicode-escaped string key', `(db, x) => x['\\u0063onstructor']`, 'no-function-constructor'],
  ['constructor as a Unicode-escaped identifier', `(db, x) => x.\\u0063onstructor`, 'no-function-constructor'],
  ['constructor by concatenation', `(db, x) => x['con' + 'str' + 'uctor']`, 'no-function-constructor'],
  ['constructor by a template with constant parts', "(db, x) => x[`con${'struct'}or`]", 'no-function-constructor'],
  ['constructor through an array key (coerced to a string)', `(db, x) => x[['constructor']]`, 'no-function-constructor'],
  ['constructor through a toString-object key', `(db, f) => f[{ toString() { return 'constructor'; } }]`, 'no-function-constructor'],
  ['constructor through Reflect.get', `(db, f) => Reflect.get(f, 'constructor')('return 1')`, 'no-function-constructor'],
  ['eval, indirect', `(db) => (0, eval)('this')`, 'no-eval'],
  ['eval, optional call', `(db) => eval?.('1')`, 'no-eval'],
  ['eval, Unicode-escaped identifier', `(db) => \\u0065val('1')`, 'no-eval'],
  ['eval through Reflect.apply', `(db) => Reflect.apply(eval, null, ['1'])`, 'no-eval'],
  ['global object by name', `(db) => globalThis.plv8`, 'no-global-object'],
  ['destructuring the global object', `(db) => { const { plv8: p } = globalThis; return p; }`, 'no-global-object'],
  ['plv8 in a default parameter', `(db, x = plv8) => x`, 'no-plv8'],
  ['plv8 in a computed class key', `(db) => class { [plv8.execute('select 1')]() {} }`, 'no-plv8'],
  ['plv8 in a tagged template', "(db) => String.raw`${plv8}`", 'no-plv8'],
  ['plv8 hidden in a with block', `function (db) { with ({ [Symbol.unscopables]: {} }) { return execute('x'); } }`, 'no-with'],
  ['Error.prepareStackTrace to reach callers', `(db) => { Error.prepareStackTrace = (e, s) => s.map((f) => f.getFunction()); return new Error().stack; }`, 'no-stack-trace-hook'],
  ['arguments.callee.caller', `function (db) { return arguments.callee.caller; }`, 'no-arguments-callee'],
  ['prototype pollution through __proto__', `(db) => { ({}).__proto__.polluted = 1; }`, 'no-prototype-access'],
  ['prototype pollution through Object.prototype', `(db) => { Object.prototype.toString = () => 'x'; }`, 'no-prototype-access'],
  ['re-parenting an intrinsic', `(db, o) => Object.setPrototypeOf(o, null)`, 'no-set-prototype'],
  ['replacing a global for later calls', `(db) => { JSON.stringify = () => '{}'; }`, 'no-global-mutation'],
  ['freezing an intrinsic for later calls', `(db) => Object.freeze(Math)`, 'no-global-mutation'],
  ['require of a Node built-in', `(db) => require('child_process').execSync('id')`, 'no-require'],
  ['require through an alias', `(db) => { const r = require; return r('fs'); }`, 'no-require'],
  ['dynamic import', `async (db) => (await import('fs')).readFileSync('/etc/passwd')`, 'no-import'],
  ['code in a string for a timer', `(db) => setTimeout("plv8.execute('x')")`, 'free-variable'],
  ['process.binding', `(db) => process.binding('fs')`, 'free-variable'],
  ['top-level this (client or global)', `function (db) { return this; }`, 'no-this'],
  ['this in a nested plain function', `(db) => (function () { return this; })()`, 'no-this'],
  ['debugger', `(db) => { debugger; }`, 'no-debugger'],
  ['injection: closing the runtime wrapper', `(db) => 1); plv8.execute('drop table t'); ((x) => x`, 'single-function'],
  ['injection: a second statement', `(db) => 1; plv8.execute('drop table t')`, 'single-function'],
  ['injection: closing a brace', `(db) => { return 1 }}); plv8.execute('x'); (function () {`, 'single-function'],
  ['injection: comment trick', `(db) => 1 /* */, plv8.execute('x')`, 'single-function'],
  ['a program rather than a function', `plv8.execute('drop table t')`, 'single-function'],
  ['import declaration inside the body', `(db) => { import x from 'fs'; }`, 'no-import'],
];

describe('hostile inputs are refused with a specific rule', () => {
  test.each(HOSTILE)('%s', (_what, source, rule) => {
    const result = validate(source);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toContain(rule);
  });
});

describe('what the check deliberately allows (the boundary is the hardened realm and PostgreSQL privileges)', () => {
  test('a key computed at run time is data access, even if it could spell a forbidden name', () => {
    expect(validate(`(db, o, k) => o[k]`).ok).toBe(true);
    expect(validate(`(db, o) => o[String.fromCharCode(99, 111)]`).ok).toBe(true);
  });

  test('forbidden words as labels, property names and text are not references', () => {
    expect(validate(`(db, o) => { plv8: for (;;) break plv8; return o.plv8 + o.eval + 'eval(plv8)'; }`).ok).toBe(true);
  });

  test('an HTML-like comment is a comment (as in V8 scripts), and info.source leaves it out', () => {
    const result = validate(`(db) => 1 <!-- plv8.execute('x')`);
    expect(result.ok).toBe(true);
    expect(result.info?.source).toBe('(db) => 1');
  });
});

describe('several problems are all reported, in source order', () => {
  test('one function, many problems', () => {
    const source = [
      'async (db) => {',
      '  const a = eval(input);',
      '  plv8.elog(NOTICE, this);',
      '  return (() => {}).constructor;',
      '}',
    ].join('\n');
    expect(validate(source).diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([
      [2, 13, 'no-eval'],
      [2, 18, 'free-variable'],
      [3, 3, 'no-plv8'],
      [3, 13, 'free-variable'],
      [3, 21, 'no-this'],
      [4, 21, 'no-function-constructor'],
    ]);
  });

  test('rules are stable ids: the same input gives the same ids', () => {
    expect(rules(`(db) => plv8`)).toEqual(rules(`(db) => plv8`));
  });
});
