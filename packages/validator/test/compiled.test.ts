/**
 * What users really send: Function.prototype.toString of a function compiled by TypeScript. With
 * an ES2017+ target the output is plain modern JavaScript and passes; with an older target the
 * helpers TypeScript inserts are reported with the fix (raise the target).
 */
import * as ts from 'typescript';
import { validate } from '../src';

/** Compiles a module exporting `fn`, loads it, and returns fn.toString() as the SDK would. */
function compiledSource(code: string, target: ts.ScriptTarget): string {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { target, module: ts.ModuleKind.CommonJS, strict: true },
  });
  const module = { exports: {} as Record<string, unknown> };
  // Loading the compiled module is the test's business (Node side), not the validator's.
  new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
  return String(module.exports.fn);
}

const USER_CODE = `
  interface Row { id: number; tags?: string[] }
  export const fn = async (db: { query(sql: string, p?: unknown[]): Promise<{ rows: Row[] }> }, ids: number[], opts = { limit: 10 }) => {
    const { rows } = await db.query('select id, tags from t where id = any($1) limit $2', [ids, opts.limit]);
    const out: Record<number, string> = {};
    for (const row of rows) out[row.id] = row.tags?.join(',') ?? '';
    return { ...out, count: rows.length };
  };
`;

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
    expect(helpers[0].message).toContain('ES2017');
  });

  test('a function that captures a module variable is reported (the usual mistake)', () => {
    const source = compiledSource(`const TABLE = 'users';\nexport const fn = async (db: any) => db.query('select * from ' + TABLE);`, ts.ScriptTarget.ES2020);
    const result = validate(source);
    expect(result.diagnostics.map((d) => [d.rule, d.message.slice(0, 42)])).toEqual([['free-variable', '`TABLE` is not defined inside the function']]);
  });
});
