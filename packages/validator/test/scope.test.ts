/**
 * Scope analysis: what counts as declared. The model is strict mode (how remote functions run),
 * so a name that strict JavaScript would resolve to a global is checked as a global.
 */
import { validate } from '../src';
import { rules } from './helpers';

describe('declarations that make a name local', () => {
  test.each([
    ['var hoisted from a nested block', `(db) => { if (db) { var x = 1; } return x; }`],
    ['var in a for head', `(db) => { for (var i = 0; i < 1; i++); return i; }`],
    ['var in a for-of head', `(db, xs) => { for (var x of xs); return x; }`],
    [
      'var in try/catch/finally and switch',
      `(db) => { try { var a = 1; } catch { var b; } finally { var c; } switch (a) { case 1: var d; } return [a, b, c, d]; }`,
    ],
    ['function declaration used before it', `(db) => { return f(); function f() { return 1; } }`],
    ['class declaration (in scope for the whole block)', `(db) => { const make = () => new A(); class A {} return make(); }`],
    ['let in a for head, seen by closures', `(db) => { const fs = []; for (let i = 0; i < 2; i++) fs.push(() => i); return fs; }`],
    ['the class name inside a class expression', `(db) => { const C = class Named { static make() { return new Named(); } }; return C.make(); }`],
    ['parameters seen by later defaults', `(db, a, b = a, { c = b } = {}) => c`],
    ['a nested function sees the outer locals', `(db) => { const k = 2; function f(x) { return x * k; } return f(1); }`],
    ['arguments in a nested function inside an arrow', `(db) => { function f() { return arguments.length; } return f(1, 2); }`],
    ['labels are not variables', `(db) => { loop: while (true) { break loop; } }`],
  ])('%s', (_what, source) => {
    expect(validate(source).diagnostics).toEqual([]);
  });
});

describe('names that strict mode would resolve outside the function', () => {
  test('a function declared in a block is not visible after the block (no sloppy hoisting)', () => {
    expect(rules(`(db) => { { function plv8() {} } return plv8; }`)).toEqual(['no-plv8']);
  });

  test("a default value cannot see the body's variables", () => {
    expect(rules(`(db, a = plv8) => { var plv8; return a; }`)).toEqual(['no-plv8']);
    expect(rules(`function (db, a = eval) { function eval() {} }`)).toContain('no-eval');
  });

  test('a let in a block is not visible after it', () => {
    expect(rules(`(db) => { { let config = 1; } return config; }`)).toEqual(['free-variable']);
  });

  test('a for-let variable is not visible after the loop', () => {
    expect(rules(`(db) => { for (let i = 0; i < 1; i++); return i; }`)).toEqual(['free-variable']);
  });

  test('a class declared in a block is not visible after it', () => {
    expect(rules(`(db) => { { class A {} } return new A(); }`)).toEqual(['free-variable']);
  });

  test('the name of a function expression does not leak', () => {
    expect(rules(`(db) => { (function helper() {}); return helper(); }`)).toEqual(['free-variable']);
  });

  test("a nested function's locals do not leak to its parent", () => {
    expect(rules(`(db) => { function f() { var inner = 1; } return inner; }`)).toEqual(['free-variable']);
  });
});
