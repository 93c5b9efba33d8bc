/** The engine-feature rule: builtins the server's V8 lacks, reported only when the engine is given. */
import { DEFAULT_ENGINE, validate } from '../src';

const rules = (source: string, v8?: string) =>
  validate(source, undefined, v8 ? { engine: { label: `V8 ${v8}`, v8 } } : {}).diagnostics.map((d) => d.rule);

describe('engine-feature', () => {
  test.each([
    ['(db, a) => a.toSorted()', 'Array.prototype.toSorted'],
    ['(db, a) => a.toReversed()', 'Array.prototype.toReversed'],
    ['(db, a) => Object.groupBy(a, (x) => x.k)', 'Object.groupBy'],
    ['(db) => Promise.withResolvers()', 'Promise.withResolvers'],
    ['(db, s) => /[\\p{L}--a]/v.test(s)', 'the RegExp `v` flag'],
  ])('%s is flagged on V8 10.2 with the version in the message', (source, name) => {
    const d = validate(source, undefined, { engine: DEFAULT_ENGINE }).diagnostics;
    expect(d.map((x) => x.rule)).toEqual(['engine-feature']);
    expect(d[0].message).toContain(name);
    expect(d[0].message).toContain('V8 10.2');
  });

  test('a newer engine has them', () => {
    expect(rules('(db, a) => a.toSorted()', '12.4')).toEqual([]);
    expect(rules('(db, a) => Object.groupBy(a, (x) => x)', '11.7')).toEqual([]);
  });

  test('without an engine nothing is assumed (the server validates without one)', () => {
    expect(rules('(db, a) => a.toSorted()')).toEqual([]);
  });

  test('a local named Object is not the builtin', () => {
    expect(rules('(db) => { const Object = { groupBy: () => 1 }; return Object.groupBy(); }', '10.2')).toEqual([]);
  });

  test('features V8 10.2 has pass', () => {
    expect(
      rules(
        '(db, a) => [a.at(-1), a.findLast((x) => x), Object.hasOwn({}, "x"), structuredCloneLike(a)].length'.replace('structuredCloneLike(a)', '1'),
        '10.2',
      ),
    ).toEqual([]);
  });
});
