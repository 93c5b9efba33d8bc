/**
 * The money transfer from the README: three statements, one round trip, all-or-nothing.
 */
import { connect, RemoteFunctionError, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'transfer',
    `
    CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL CHECK (balance >= 0));
    INSERT INTO accounts VALUES (1, 100), (2, 0);`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

const balances = async () => (await wh.db.query<{ id: number; balance: number }>('SELECT id, balance FROM accounts ORDER BY id')).rows;

describe('a money transfer', () => {
  const transfer = () =>
    wh.remote(async (db, from: number, to: number, amount: number) => {
      const { balance } = await db.queryOne('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [from]);
      if (balance < amount) throw new Error('insufficient funds');
      await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
      await db.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
      return { from, to, amount };
    });

  it("moves the money and returns the function's result, in one round trip per call", async () => {
    const fn = transfer();
    const before = wh.stats;
    await expect(fn(1, 2, 30)).resolves.toEqual({ from: 1, to: 2, amount: 30 });
    await expect(fn(1, 2, 20)).resolves.toEqual({ from: 1, to: 2, amount: 20 });
    expect(await balances()).toEqual([
      { id: 1, balance: 50 },
      { id: 2, balance: 50 },
    ]);
    // The first call carried the source (install in the same round trip); the second only hash + args.
    expect(wh.stats.roundTrips - before.roundTrips).toBe(2);
    expect(wh.stats.installs - before.installs).toBe(1);
  });

  it('refuses an overdraft and applies none of the writes', async () => {
    const fn = transfer();
    const before = await balances();
    const error = await fn(2, 1, 1000).catch((e) => e);
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toBe('insufficient funds');
    expect(error.code).toBe('WH010');
    expect(await balances()).toEqual(before);
  });

  it('points the error at the line of this file that threw', async () => {
    const line = currentLine() + 3; // the `throw` three lines below
    const fn = wh.remote(async (db, amount: number) => {
      const balance = await db.queryValue<number>('SELECT balance FROM accounts WHERE id = 1');
      if (balance < amount) throw new Error('insufficient funds');
      return balance;
    });
    const error = await fn(1e9).catch((e) => e);
    expect(error.location).toEqual({ file: __filename, line, column: expect.any(Number) });
    expect(error.stack).toContain(`at fn (${__filename}:${line}:`);
    expect(error.frame).toContain(`> ${line} |       if (balance < amount) throw new Error('insufficient funds');`);
  });

  it('the same function is the same hash, whoever wraps it', () => {
    const a = transfer();
    const b = transfer();
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.source).toContain("throw new Error('insufficient funds')");
  });
});

/** The line number of the caller (from a stack trace, mapped to this .ts file by jest). */
function currentLine(): number {
  return Number(/:(\d+):\d+\)?$/.exec(new Error().stack!.split('\n')[2])![1]);
}
