/**
 * The hostile corpus (corpus.ts): each input must be refused with a specific rule, not just
 * "something failed". Also what the check deliberately allows, and multi-problem ordering.
 */
import { validate } from '../src';
import { HOSTILE } from './corpus';

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
    const source = ['async (db) => {', '  const a = eval(input);', '  plv8.elog(NOTICE, this);', '  return (() => {}).constructor;', '}'].join('\n');
    expect(validate(source).diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([
      [2, 13, 'no-eval'],
      [2, 18, 'free-variable'],
      [3, 3, 'no-plv8'],
      [3, 13, 'free-variable'],
      [3, 21, 'no-this'],
      [4, 21, 'no-function-constructor'],
    ]);
  });
});
