import * as ts from 'typescript';
import { positionOf } from '@wormhole/protocol';
import { functionHead, locateFunction, mapToFile } from '../src/function-location';

/** Compiles `file` like ts-jest/tsc would and returns the source text of the function passed to remote(). */
function compiledFunction(tsText: string): string {
  const js = ts.transpileModule(tsText, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } }).outputText;
  let captured: Function | undefined;
  const wh = { remote: (fn: Function) => (captured = fn) };
  new Function('exports', 'require', 'wh', js)({}, () => ({}), wh);
  return captured!.toString();
}

const APP_TS = `import { connect } from 'pg-wormhole';

// A money transfer, written in TypeScript.
export const transfer = wh.remote(async (db: Db, from: number, to: number,
  amount: number) => {

  const { balance } = await db.queryOne<{ balance: number }>('SELECT balance FROM accounts WHERE id = $1', [from])
  if (balance < amount) throw new Error('insufficient funds')
  await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from])
  return { from, to, amount }
});
`;

const files: Record<string, string> = { '/app/src/app.ts': APP_TS };
const read = (file: string) => files[file];

/** 1-based line/column of `needle` in `text`. */
function find(text: string, needle: string) {
  return positionOf(text, text.indexOf(needle));
}

describe("locating a remote function in the user's file", () => {
  it('finds a TypeScript function from the remote() call site, despite types and reformatting', () => {
    const source = compiledFunction(APP_TS);
    expect(source).not.toContain(': number'); // the engine's text really differs from the file
    const site = { file: '/app/src/app.ts', line: 4, column: 27 };
    const where = locateFunction(site, source, read);
    expect({ line: where.line, column: where.column }).toEqual(find(APP_TS, 'async (db: Db'));
  });

  it('maps a position inside the compiled function to the same code in the .ts file', () => {
    const source = compiledFunction(APP_TS);
    const where = locateFunction({ file: '/app/src/app.ts', line: 4, column: 27 }, source, read);
    const inSource = find(source, "new Error('insufficient funds')");
    const mapped = mapToFile(where, source, inSource.line, inSource.column);
    expect(mapped).toEqual({ file: '/app/src/app.ts', ...find(APP_TS, "new Error('insufficient funds')") });

    const update = find(source, 'db.query(');
    expect(mapToFile(where, source, update.line, update.column)).toMatchObject(find(APP_TS, 'db.query('));
  });

  it('finds plain JavaScript by its exact text, even when passed by name from elsewhere in the file', () => {
    const fnText = 'async function report(db, day) {\n  return db.query("SELECT 1");\n}';
    files['/app/report.js'] = `const x = 1;\n${fnText}\nconst f = wh.remote(report);\n`;
    const where = locateFunction({ file: '/app/report.js', line: 5, column: 14 }, fnText, read);
    expect(where).toMatchObject({ line: 2, column: 1 });
    expect(mapToFile(where, fnText, 2, 10)).toEqual({ file: '/app/report.js', line: 3, column: 10 });
  });

  it('follows a TypeScript function passed by name to its declaration', () => {
    const ts1 = `const other = async (db: Db) => 1;\nconst tally = async (db: Db, n: number) => {\n  return n;\n};\nexport const f = wh.remote(tally);\n`;
    files['/app/tally.ts'] = ts1;
    const where = locateFunction({ file: '/app/tally.ts', line: 5, column: 20 }, 'async (db, n) => {\n    return n;\n}', read);
    expect(where).toMatchObject({ line: 2, column: 15 });
  });

  it('does not mistake another function for an inline one', () => {
    files['/app/two.ts'] = `const a = wh.remote(async (db: Db) => 1);\nconst b = wh.remote(async (db: Db, x: string) => x);\n`;
    const where = locateFunction({ file: '/app/two.ts', line: 2, column: 14 }, 'async (db, x) => x', read);
    expect(where).toMatchObject({ line: 2, column: 21 });
  });

  it('falls back to the call site and line arithmetic when the file cannot be read', () => {
    const where = locateFunction({ file: '/nowhere.js', line: 10, column: 5 }, 'async (db) => {\n  x\n}', read);
    expect(where).toEqual({ file: '/nowhere.js', line: 10, column: 5 });
    expect(mapToFile(where, 'async (db) => {\n  x\n}', 2, 3)).toEqual({ file: '/nowhere.js', line: 11, column: 3 });
    expect(mapToFile(where, 'async (db) => {\n  x\n}', 1, 7)).toEqual({ file: '/nowhere.js', line: 10, column: 11 });
  });
});

describe('functionHead', () => {
  it('is the compact text up to the first parameter', () => {
    expect(functionHead('async (db, a) => 1')).toBe('async(db');
    expect(functionHead('async function transfer (db, a) {}')).toBe('asyncfunctiontransfer(db');
    expect(functionHead('db => 1')).toBe('db');
  });
});
