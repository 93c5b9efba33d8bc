/**
 * Money transfer: read a balance, check it, move the money — three statements, one round trip,
 * all-or-nothing. Run it against any database where `CREATE EXTENSION wormhole CASCADE` was done:
 *
 *   DATABASE_URL=postgres://… node -r ./examples/ts-register.js examples/transfer.ts
 */
import { RemoteFunctionError, Wormhole } from 'pg-wormhole';
import { runMain } from './run-main';

/** Creates (or resets) the two accounts the example moves money between. */
export async function setupAccounts(wh: Wormhole): Promise<void> {
  await wh.db.query(`
    CREATE TABLE IF NOT EXISTS accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL CHECK (balance >= 0));
    INSERT INTO accounts VALUES (1, 'alice', 100), (2, 'bob', 0)
      ON CONFLICT (id) DO UPDATE SET balance = excluded.balance`);
}

/** The remote function: it runs inside PostgreSQL, so the row lock is held for microseconds. */
export function defineTransfer(wh: Wormhole) {
  return wh.remote(
    async (db, from: number, to: number, amount: number) => {
      const { balance } = await db.queryOne<{ balance: number }>('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [from]);
      if (balance < amount) throw new Error(`insufficient funds: account ${from} has ${balance}, needs ${amount}`);
      await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
      await db.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
      return { from, to, amount };
    },
    { name: 'transfer' },
  ); // a name for stack traces and the server's catalog
}

export async function main(wh: Wormhole): Promise<void> {
  await setupAccounts(wh);
  const transfer = defineTransfer(wh);

  console.log('transfer(1, 2, 30) ->', await transfer(1, 2, 30));
  console.log('balances:', (await wh.db.query('SELECT owner, balance FROM accounts ORDER BY id')).rows);

  try {
    await transfer(2, 1, 1000);
  } catch (error) {
    if (!(error instanceof RemoteFunctionError)) throw error;
    // The stack points into this file, at the `throw` inside the remote function.
    console.log(`\nrefused as expected (SQLSTATE ${error.code}):\n${error.stack}`);
  }
  console.log('\nbalances unchanged:', (await wh.db.query('SELECT owner, balance FROM accounts ORDER BY id')).rows);
}

runMain(module, main);
