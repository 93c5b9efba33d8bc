/**
 * Function sources as users really send them: Function.prototype.toString of a function compiled
 * by TypeScript. Shared by compiled.test.ts and children.test.ts.
 */
import * as ts from 'typescript';

/** Compiles a module exporting `fn`, loads it, and returns fn.toString() as the SDK would. */
export function compiledSource(code: string, target: ts.ScriptTarget): string {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { target, module: ts.ModuleKind.CommonJS, strict: true },
  });
  const module = { exports: {} as Record<string, unknown> };
  // Loading the compiled module is the test's business (Node side), not the validator's.
  new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
  return String(module.exports.fn);
}

export const USER_CODE = `
  interface Row { id: number; tags?: string[] }
  export const fn = async (db: { query(sql: string, p?: unknown[]): Promise<{ rows: Row[] }> }, ids: number[], opts = { limit: 10 }) => {
    const { rows } = await db.query('select id, tags from t where id = any($1) limit $2', [ids, opts.limit]);
    const out: Record<number, string> = {};
    for (const row of rows) out[row.id] = row.tags?.join(',') ?? '';
    return { ...out, count: rows.length };
  };
`;
