/**
 * Compile-time tests: ts-jest type-checks this file, so a wrong inferred type fails the suite.
 * The functions below are never called; they only have to compile (or, with @ts-expect-error, not).
 */
import type { RemoteFunction, Transaction, Wormhole } from '../src/index';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T>(_value: T): void {}
function assertEqual<A, B>(_proof: Equal<A, B>): void {}

function typeOnly(wh: Wormhole, tx: Transaction) {
  const transfer = wh.remote(async (db, from: number, to: number, amount: number) => {
    const { balance } = await db.queryOne<{ balance: number }>('SELECT balance FROM accounts WHERE id = $1', [from]);
    return { from, to, amount, balance };
  });
  // Arguments are the function's parameters without db; the result is the awaited return value.
  assertEqual<Parameters<typeof transfer>, [from: number, to: number, amount: number]>(true);
  assertEqual<Awaited<ReturnType<typeof transfer>>, { from: number; to: number; amount: number; balance: number }>(true);
  expectType<string>(transfer.hash);
  expectType<string>(transfer.source);
  expectType<Promise<{ from: number; to: number; amount: number; balance: number }>>(transfer.local(1, 2, 3));
  expectType<Promise<{ from: number; to: number; amount: number; balance: number }>>(tx.run(transfer, 1, 2, 3));
  expectType<Promise<{ from: number; to: number; amount: number; balance: number }>>(transfer.with(tx)(1, 2, 3));

  // @ts-expect-error wrong argument type
  transfer('1', 2, 3);
  // @ts-expect-error missing argument
  transfer(1, 2);
  // @ts-expect-error tx.run checks arguments too
  tx.run(transfer, 1, 2);

  // A synchronous function still returns a promise of its value.
  const sync = wh.remote((db, name: string) => name.length);
  expectType<RemoteFunction<(db: any, name: string) => number>>(sync);
  assertEqual<Awaited<ReturnType<typeof sync>>, number>(true);

  // db is typed for the user: the query result carries the row type.
  wh.remote(async (db) => {
    const r = await db.query<{ id: number }>('SELECT 1 AS id');
    expectType<number>(r.rows[0].id);
    expectType<number>(r.rowCount);
    return r.fields.map((f) => f.name);
  });

  // Transactions return what their callback returns.
  expectType<Promise<number>>(wh.transaction(async (t) => await t.queryValue<number>('SELECT 1')));
}

describe('types', () => {
  it('compile (checked by ts-jest when this file loads)', () => {
    expect(typeof typeOnly).toBe('function');
  });
});
