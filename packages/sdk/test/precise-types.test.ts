/**
 * Compile-time tests of the call types against the runtime's arity rule (the server takes exactly
 * the declared parameters after db: defaults and `?` are not optional on the wire; a rest parameter
 * takes any number; a function without db is refused) and of typed rows and values. ts-jest
 * type-checks this file: a wrong type, or an @ts-expect-error that no longer errs, fails the suite.
 * The runtime half of each rule is checked at the end against the SDK's own argument check.
 */
import type { Wormhole } from '../src/index';
import { FunctionDefinition } from '../src/definition';
import { CallEngine } from '../src/call-engine';
import { ArgumentError } from '../src/errors';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertEqual<A, B>(_proof: Equal<A, B>): void {}
function expectType<T>(_value: T): void {}

function typeOnly(wh: Wormhole) {
  // A default value: the argument is still required, with the parameter's type. (Annotate it: an
  // unannotated `limit = 10` takes the contextual type of remote()'s parameter, any.)
  const page = wh.remote(async (db, table: string, limit: number = 10) => ({ table, limit }));
  assertEqual<Parameters<typeof page>, [table: string, limit: number]>(true);
  page('t', 5);
  // @ts-expect-error the server takes exactly 2 arguments: a default does not make one optional
  page('t');

  // TypeScript's optional parameter: required on the wire, and without the `undefined` that `?` adds.
  const opt = wh.remote(async (db, a: number, b?: string) => `${a}${b ?? ''}`);
  assertEqual<Parameters<typeof opt>, [a: number, b: string]>(true);
  // @ts-expect-error b must be passed
  opt(1);

  // A rest parameter takes any number, as at run time.
  const sum = wh.remote(async (db, ...xs: number[]) => xs.reduce((a, b) => a + b, 0));
  sum();
  sum(1, 2, 3);
  // @ts-expect-error still numbers
  sum('1');

  // Only db: called with nothing.
  const now = wh.remote(async (db) => db.queryValue<Date>('SELECT now()'));
  expectType<Promise<Date>>(now());
  // @ts-expect-error no arguments after db
  now(1);

  // No parameters at all is refused, as the validator refuses it.
  // @ts-expect-error a remote function takes db as its first parameter
  wh.remote(async () => 1);

  // Typed rows and values.
  wh.remote(async (db, id: number) => {
    const r = await db.query<{ id: number; name: string }>('SELECT id, name FROM t WHERE id = $1', [id]);
    expectType<string>(r.rows[0].name);
    const one = await db.queryOne<{ id: number }>('SELECT 1 AS id');
    expectType<number>(one.id);
    const n = await db.queryValue<bigint>('SELECT count(*) FROM t');
    expectType<bigint>(n);
    // @ts-expect-error the row type has no such column
    return r.rows[0].missing;
  });

  // wh.call: typed like calling the function; by hash, the result type is the caller's to give.
  const add = wh.remote(async (db, a: number, b: number) => a + b);
  expectType<Promise<number>>(wh.call(add, 1, 2));
  // @ts-expect-error wrong argument type through wh.call
  wh.call(add, '1', 2);
  expectType<Promise<string>>(wh.call<string>('0'.repeat(64), 1));
  expectType<Promise<unknown>>(wh.call('0'.repeat(64)));
}

describe('precise types', () => {
  it('compile (checked by ts-jest when this file loads)', () => {
    expect(typeof typeOnly).toBe('function');
  });

  // The runtime rule the types mirror: exactly the declared parameters, whatever their defaults.
  it.each([
    ['a default value', async (db: unknown, t: string, limit = 10) => [t, limit], [['t']], [['t', 5]]],
    ['an optional parameter (compiled: a plain parameter)', async (db: unknown, a: number, b?: string) => [a, b], [[1]], [[1, 'x']]],
    ['a rest parameter', async (db: unknown, ...xs: number[]) => xs, [], [[], [1, 2, 3]]],
    ['only db', async (db: unknown) => 1, [[1]], [[]]],
  ] as Array<[string, (...a: any[]) => unknown, unknown[][], unknown[][]]>)('%s', (_what, fn, refused, accepted) => {
    const engine = new CallEngine();
    const def = new FunctionDefinition(fn, { caller: typeOnly, name: 'f' });
    for (const args of refused) expect(() => engine.prepareArgs(def, args)).toThrow(ArgumentError);
    for (const args of accepted) expect(typeof engine.prepareArgs(def, args)).toBe('string');
  });
});
