/**
 * What users really send: Function.prototype.toString of a function compiled by TypeScript. With
 * an ES2017+ target the output is plain modern JavaScript and passes; with an older target the
 * helpers TypeScript inserts are reported with the fix (raise the target).
 */
import * as ts from 'typescript';
import { validate } from '../src';
import { compiledSource, USER_CODE } from './compiled';

describe('TypeScript output', () => {
  test.each([
    ['ES2017', ts.ScriptTarget.ES2017],
    ['ES2020', ts.ScriptTarget.ES2020],
    ['ESNext', ts.ScriptTarget.ESNext],
  ])('target %s passes', (_name, target) => {
    const source = compiledSource(USER_CODE, target);
    const result = validate(source);
    expect(result.diagnostics).toEqual([]);
    expect(result.info).toMatchObject({ isAsync: true, params: ['db', 'ids', 'opts'], arity: 2 });
  });

  test('target ES2015 uses __awaiter: transpiler-helper with the fix', () => {
    const source = compiledSource(USER_CODE, ts.ScriptTarget.ES2015);
    expect(source).toContain('__awaiter');
    const result = validate(source);
    expect(result.ok).toBe(false);
    const helpers = result.diagnostics.filter((d) => d.rule === 'transpiler-helper');
    expect(helpers.length).toBeGreaterThan(0);
    expect(helpers[0].message).toContain('TypeScript');
    expect(helpers[0].message).toContain('"target": "ES2018"');
  });

  test('target ES2017 with object rest uses __rest: the message asks for ES2018, not the ES2017 the user has', () => {
    const source = compiledSource(
      `export const fn = async (db: unknown, o: { a: number; b: number }) => { const { a, ...rest } = o; return rest; };`,
      ts.ScriptTarget.ES2017,
    );
    expect(source).toContain('__rest');
    const d = validate(source).diagnostics.filter((x) => x.rule === 'transpiler-helper');
    expect(d).toHaveLength(1);
    expect(d[0].message).toContain('object rest');
    expect(d[0].message).toContain('"target": "ES2018"');
  });

  test('a function that captures a module variable is reported (the usual mistake)', () => {
    const source = compiledSource(
      `const TABLE = 'users';\nexport const fn = async (db: any) => db.query('select * from ' + TABLE);`,
      ts.ScriptTarget.ES2020,
    );
    const result = validate(source);
    expect(result.diagnostics.map((d) => [d.rule, d.message.slice(0, 42)])).toEqual([
      ['free-variable', '`TABLE` is not defined inside the function'],
    ]);
  });
});
