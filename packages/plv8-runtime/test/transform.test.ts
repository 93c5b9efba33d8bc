import { transformAsync, TransformError } from '../src/transform';
import { compileFunction } from '../src/compile';
import { ROWS_TOKEN } from '../src/db';
import { offsetOf, positionOf } from '@wormhole/protocol';
import { applyEdits, toOriginalOffset } from '../src/linemap';
import { settle } from '../src/async';
import { SyncPromise } from '../src/sync-promise';
import { toRaisedError, locate } from '../src/errors';
import { fromStoredArity, toStoredArity } from '../src/arity';
import { validate } from '@wormhole/validator';

/** Compiles a source the way the runtime does and runs it with a db whose query returns `rows`. */
function run(source: string, args: unknown[] = [], rows: unknown[] = []) {
  const t = transformAsync(source);
  const fn = compileFunction('f'.repeat(64), t.code);
  const db = { query: (text: string) => SyncPromise.resolve({ rows, rowCount: rows.length, command: text.split(' ')[0] }) };
  return { t, result: () => settle(fn(db, ...args)) };
}

describe('linemap', () => {
  it('maps generated offsets back through insertions and removals', () => {
    const { code, segments } = applyEdits('abcdef', [
      { start: 2, end: 2, text: 'XYZ' },
      { start: 4, end: 5, text: '' },
    ]);
    expect(code).toBe('abXYZcdf');
    expect(toOriginalOffset(segments, 5)).toBe(2); // 'c'
    expect(toOriginalOffset(segments, 3)).toBe(2); // inside the insertion -> its start
    expect(toOriginalOffset(segments, 7)).toBe(5); // 'f'
  });

  it('converts between offsets and 1-based positions', () => {
    const text = 'ab\ncd\nef';
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(positionOf(text, 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('transformAsync', () => {
  it('rewrites awaits so the function completes synchronously', () => {
    const source = 'async (db, x) => { const r = await db.query("SELECT"); return [x, r.command, await 2 + 1]; }';
    const { t, result } = run(source, [1]);
    expect(t.isAsync).toBe(true);
    // The stored arity (wormhole.functions.arity) comes from the validator's info: db + x.
    expect(toStoredArity(validate(source).info!)).toBe(2);
    expect(result()).toEqual([1, 'SELECT', 3]);
  });

  it('rewrites nested async callbacks, methods and expression bodies', () => {
    const source = `async (db, ids) => {
      const helper = { async twice(n) { return (await n) * 2; } };
      return Promise.all(ids.map(async (id) => helper.twice(await id)));
    }`;
    expect(run(source, [[1, 2, 3]]).result()).toEqual([2, 4, 6]);
  });

  it('keeps `this` and arguments of async function expressions', () => {
    expect(run('async function (db) { const f = async function () { return arguments.length; }; return f(1, 2); }').result()).toBe(2);
  });

  it('turns the root async function into a generator function the runtime drives (every root form)', () => {
    expect(transformAsync('async (db, x) => { return await x; }').code).toBe('function* (db, x)  { return (yield x); }');
    expect(transformAsync('async db => db').code).toBe('function* (db) { return  db; }');
    expect(run('async (db) => ({ n: await 1 })').result()).toEqual({ n: 1 });
    expect(run('async (db, x) => (await x) * 2', [21]).result()).toBe(42);
    expect(transformAsync('async function named(db, x) { return x; }').code).toBe('function* named(db, x) { return x; }');
    expect(run('async db => 41 + 1').result()).toBe(42);
    expect(run('async /* ( */ db /* => */ => /* => */ ((await 1) + 1)').result()).toBe(2);
    expect(run('async /* function */ function /* ( */ (db) { return (await 2) + 1; }').result()).toBe(3);
    expect(run('async (db, x = 2, ...more) => (await x) + more.length', [undefined, 1, 1]).result()).toBe(4);
    expect(run('async function named(db, x) { return [typeof this, await x]; }', [5]).result()).toEqual(['undefined', 5]);
    expect(() => run('async (db) => { await 1; throw new RangeError("r"); }').result()).toThrow(RangeError);
  });

  it('still runs code stored by earlier versions (root wrapping its own generator)', () => {
    const fn = compileFunction('e'.repeat(64), '(db, x) => __wh_async(function* () { return (yield x) * 2; }.call(this))');
    expect(settle(fn({}, 21))).toBe(42);
  });

  it('marks rest parameters as variadic', () => {
    expect(toStoredArity(validate('async (db, ...xs) => xs.length').info!)).toBe(-1);
    expect(fromStoredArity(-1)).toEqual({ arity: 0, hasRestParameter: true });
    expect(fromStoredArity(3)).toEqual({ arity: 2, hasRestParameter: false });
  });

  it('refuses what it cannot drive, with a position', () => {
    expect(() => transformAsync('async (db) => { for await (const x of []) {} }')).toThrow(TransformError);
    expect(() => transformAsync('async (db) => 1; extra()')).toThrow(/after it/);
    expect(() => transformAsync('class A {}')).toThrow(/one function/);
  });
});

describe('rows returned straight from db.query (db.ts returnedRows)', () => {
  /** The third argument each db.query call of `source` received: the token only where the rows go back untouched. */
  function tokens(source: string, args: unknown[] = []): unknown[] {
    const seen: unknown[] = [];
    const fn = compileFunction('f'.repeat(64), transformAsync(source).code);
    const db = {
      query(text: string, values?: unknown[]) {
        // eslint-disable-next-line prefer-rest-params
        seen.push([text, values, arguments.length, arguments[2] === ROWS_TOKEN]);
        return SyncPromise.resolve({ rows: [{ n: 1 }] });
      },
    };
    settle(fn(db, ...args));
    return seen;
  }

  it.each([
    ['an expression body', 'async (db, n) => (await db.query("A", [n])).rows', [['A', [5], 3, true]]],
    ['a return in the body', 'async (db) => { const x = 1; return (await db.query("A")).rows; }', [['A', undefined, 3, true]]],
    ['a return in a branch', 'async function f(db, n) { if (n) { return (await db.query("A", [n],)).rows; } return []; }', [['A', [5], 3, true]]],
    ['an await inside the arguments', 'async (db) => (await db.query("A", [await 5])).rows', [['A', [5], 3, true]]],
  ])('passes the token for %s', (_what, source, expected) => {
    expect(tokens(source, [5])).toEqual(expected);
  });

  it.each([
    ['rows the function looks at', 'async (db) => { const r = (await db.query("A")).rows; return r; }'],
    ['a nested function', 'async (db) => { const f = async () => (await db.query("A")).rows; return f(); }'],
    ['a return inside try', 'async (db) => { try { return (await db.query("A")).rows; } catch { return []; } }'],
    ['db rebound', 'async (db) => { db = { query: db.query }; return (await db.query("A")).rows; }'],
    ['db shadowed', 'async (db) => { { const db = arguments; } return (await db.query("A")).rows; }'],
    ['spread arguments', 'async (db) => (await db.query(...["A"])).rows'],
    ['another property', 'async (db) => (await db.query("A")).rowCount'],
    ['another callee', 'async (db) => (await db.query.call(db, "A")).rows'],
  ])('leaves %s alone', (_what, source) => {
    for (const [, , count, token] of tokens(source) as Array<[string, unknown, number, boolean]>) {
      expect(token).toBe(false);
      expect(count).toBeLessThan(3);
    }
  });
});

describe('the validator and the rewrite read the source alike (@wormhole/protocol PARSER_OPTIONS)', () => {
  // Each was accepted by one path and refused by the other when the two had their own options.
  it.each([
    ['an HTML-like comment after the function', '(db) => 1 <!-- x'],
    ['one trailing semicolon', 'async (db) => 1;'],
    ['a block comment after the function', 'async (db) => 1 /* done */'],
  ])('accepts %s on both paths, and it runs', (_what, source) => {
    expect(validate(source).diagnostics).toEqual([]);
    expect(settle(run(source).result())).toBe(1);
  });

  it.each([
    ['a second statement', '(db) => 1; 2'],
    ['code after an HTML-like comment line', '(db) => 1 <!-- x\nfoo()'],
  ])('refuses %s on both paths', (_what, source) => {
    expect(validate(source).diagnostics.map((d) => d.rule)).toContain('single-function');
    expect(() => transformAsync(source)).toThrow(TransformError);
  });
});

describe('error mapping', () => {
  const source = 'async (db) => {\n  await db.query("SELECT 1");\n  throw new RangeError("too far");\n}';
  const hash = 'f'.repeat(64);

  it('reports a throw as WH010 at the line and column of the user source', () => {
    const { t, result } = run(source);
    let thrown: unknown;
    try {
      result();
    } catch (e) {
      thrown = e;
    }
    const raised = toRaisedError(thrown, { hash, source, code: t.code, segments: t.segments });
    expect(raised.sqlerrcode).toBe('WH010');
    expect(raised.message).toBe('too far');
    const detail = JSON.parse(raised.detail as string);
    expect(detail).toMatchObject({ wormhole: 1, kind: 'throw', name: 'RangeError', line: 3, column: 9, function: hash });
    expect(detail.stack).toBe('RangeError: too far\n    at <remote function>:3:9');
  });

  it('keeps a SQLSTATE the thrown object carries, and ignores one that is not a SQLSTATE', () => {
    const info = { hash, source, code: source, segments: [] };
    expect(toRaisedError({ code: '23505', message: 'dup' }, info).sqlerrcode).toBe('23505');
    expect(toRaisedError({ code: 'ENOENT', message: 'x' }, info).sqlerrcode).toBe('WH010');
    expect(toRaisedError('a string', info).message).toBe('a string');
  });

  it('finds no position in a stack without the function frame', () => {
    expect(locate('Error: x\n    at elsewhere:1:1', { hash, source, code: source, segments: [] })).toBeNull();
  });
});
