/**
 * Size and depth limits: checked before (and independently of) the recursive parser, so hostile
 * input cannot crash the validator with a stack overflow or keep it busy.
 */
import { validate } from '../src';
import { only, rules } from './helpers';

const N = 100_000;
/** Room for the huge sources below, so that the depth checks (not the size check) are what is tested. */
const BIG = { maxSourceLength: 5_000_000 };

describe('max-depth', () => {
  test.each([
    ['arrays', `(db) => ${'['.repeat(N)}${']'.repeat(N)}`],
    ['parentheses', `(db) => ${'('.repeat(N)}1${')'.repeat(N)}`],
    ['blocks', `(db) => ${'{'.repeat(N)}${'}'.repeat(N)}`],
    ['template substitutions', `(db) => ${'`${'.repeat(N)}1${'}`'.repeat(N)}`],
    ['unclosed brackets', `(db) => ${'['.repeat(N)}`],
  ])('%s nested 100,000 deep are refused before parsing', (_what, source) => {
    const d = only(source, 'max-depth', BIG);
    expect(d.message).toContain('policy.maxDepth');
    expect(rules(source, BIG)).toEqual(['max-depth']);
  });

  test.each([
    ['unary operators', `(db) => ${'!'.repeat(N)}1`],
    ['assignments', `(db) => { let a; ${'a = '.repeat(N)}1; }`],
    ['arrows', `(db) => ${'(x) => '.repeat(N)}1`],
    ['conditionals', `(db, a) => ${'a ? 1 : '.repeat(N)}2`],
    ['if statements', `(db, a) => { ${'if (a) '.repeat(N)}; }`],
    ['else-if chains', `(db, a) => { ${'if (a) {} else '.repeat(N)}{} }`],
    ['binary operators', `(db, a) => ${'a + '.repeat(N)}a`],
  ])('deep %s without brackets do not crash the validator', (_what, source) => {
    const result = validate(source, BIG);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['max-depth']);
  });

  test('the tree depth limit applies after parsing, with a position', () => {
    const source = `(db) => ${'- '.repeat(30)}1`;
    expect(validate(source).ok).toBe(true);
    const d = only(source, 'max-depth', { maxDepth: 20 });
    expect(d.line).toBe(1);
    expect(d.column).toBeGreaterThan(9);
  });

  test('a deep but allowed tree is validated completely (policy.maxDepth up to 1000)', () => {
    const depth = 300;
    const source = `(db) => ${'['.repeat(depth)}plv8${']'.repeat(depth)}`;
    expect(rules(source, { maxDepth: 1000 })).toEqual(['no-plv8']);
    expect(rules(source)).toEqual(['max-depth']);
  });

  test('ordinary code stays far below the default', () => {
    const nested = Array.from({ length: 15 }, (_, i) => `if (a > ${i}) {`).join('\n') + 'return a;' + '}'.repeat(15);
    expect(validate(`async (db, a) => {\n${nested}\n}`).ok).toBe(true);
  });
});

describe('max-source-length', () => {
  test('a source over the limit is refused without parsing it', () => {
    // Not even valid JavaScript: if it were parsed there would be a syntax error as well.
    const source = `(db) => ${'@'.repeat(200_000)}`;
    const result = validate(source);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['max-source-length']);
    expect(result.diagnostics[0].message).toContain(`${source.length} characters long; the limit is 100000`);
    expect(result.info).toBeUndefined();
  });

  test('the limit comes from the policy', () => {
    expect(rules(`(db) => 1`, { maxSourceLength: 5 })).toEqual(['max-source-length']);
    expect(rules(`(db) => 1`, { maxSourceLength: 9 })).toEqual([]);
  });
});
