// Workload A, money transfer: lock the payer's row, branch on the balance, debit, credit, write a
// ledger row, all in one transaction. The branch is the point: whatever comes after it cannot be
// sent before the balance has come back, unless the code runs next to the data.
import { ACCOUNTS } from '../db/server-functions.mjs';
import { serverFunctionVariants } from './server-function-variants.mjs';

const LOCK = 'SELECT balance FROM accounts WHERE id = $1 FOR UPDATE';
const DEBIT = 'UPDATE accounts SET balance = balance - $1 WHERE id = $2';
const CREDIT = 'UPDATE accounts SET balance = balance + $1 WHERE id = $2';
const LEDGER = 'INSERT INTO ledger (from_id, to_id, amount) VALUES ($1, $2, $3) RETURNING id';

/** The remote function Wormhole ships to the server (same statements as every other variant). */
const remoteTransfer = async (db, from, to, amount) => {
  const { balance } = await db.queryOne('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [from]);
  if (balance < amount) throw new Error('insufficient funds');
  await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
  await db.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
  const ledger = await db.queryOne('INSERT INTO ledger (from_id, to_id, amount) VALUES ($1, $2, $3) RETURNING id', [from, to, amount]);
  return { ledgerId: ledger.id, balance: balance - amount };
};

function checkBalance(balance, amount) {
  if (balance === undefined) throw new Error('account not found');
  if (balance < amount) throw new Error('insufficient funds');
}

/** @type {import('./types.mjs').Workload} */
export const transferWorkload = {
  id: 'transfer',
  title: 'A. money transfer (lock, branch, 2 updates, ledger insert; one transaction)',
  baseline: 'pg-seq',
  floor: 'plpgsql',
  // Payer id < payee id: every transaction takes its row locks in ascending order, so 16 workers
  // never deadlock each other.
  makeInput() {
    const a = 1 + Math.floor(Math.random() * ACCOUNTS);
    let b = 1 + Math.floor(Math.random() * ACCOUNTS);
    if (b === a) b = a === ACCOUNTS ? 1 : a + 1;
    return { from: Math.min(a, b), to: Math.max(a, b), amount: 1 + Math.floor(Math.random() * 100) };
  },
  check(input, result) {
    if (typeof result?.balance !== 'number') throw new Error(`expected { balance: number }, got ${JSON.stringify(result)}`);
  },
  variants: [
    {
      id: 'pg-seq', label: 'pg, sequential awaits', driver: 'pg', expectedRoundTrips: 6,
      async run(c, _s, { from, to, amount }) {
        await c.query('BEGIN');
        try {
          const balance = (await c.query(LOCK, [from])).rows[0]?.balance;
          checkBalance(balance, amount);
          await c.query(DEBIT, [amount, from]);
          await c.query(CREDIT, [amount, to]);
          await c.query(LEDGER, [from, to, amount]);
          await c.query('COMMIT');
          return { balance: balance - amount };
        } catch (err) {
          await c.query('ROLLBACK');
          throw err;
        }
      },
    },
    {
      id: 'pg-pipeline', label: 'pg pipeline mode (cannot branch mid-pipeline: 2 bursts)', driver: 'pg-pipeline', expectedRoundTrips: 2,
      async run(c, _s, { from, to, amount }) {
        const [, lock] = await Promise.all([c.query('BEGIN'), c.query(LOCK, [from])]);
        const balance = lock.rows[0]?.balance;
        try {
          checkBalance(balance, amount);
        } catch (err) {
          await c.query('ROLLBACK');
          throw err;
        }
        await Promise.all([c.query(DEBIT, [amount, from]), c.query(CREDIT, [amount, to]),
          c.query(LEDGER, [from, to, amount]), c.query('COMMIT')]);
        return { balance: balance - amount };
      },
    },
    {
      id: 'postgresjs-pipeline', label: 'postgres.js pipelined (cannot branch mid-pipeline: 2 bursts)', driver: 'postgres.js', expectedRoundTrips: 2,
      // Tagged templates: postgres.js prepares them, so repeated statements need no Describe round trip.
      async run(sql, _s, { from, to, amount }) {
        const [, lock] = await Promise.all([sql`BEGIN`, sql`SELECT balance FROM accounts WHERE id = ${from} FOR UPDATE`]);
        const balance = lock[0]?.balance;
        try {
          checkBalance(balance, amount);
        } catch (err) {
          await sql`ROLLBACK`;
          throw err;
        }
        await Promise.all([
          sql`UPDATE accounts SET balance = balance - ${amount} WHERE id = ${from}`,
          sql`UPDATE accounts SET balance = balance + ${amount} WHERE id = ${to}`,
          sql`INSERT INTO ledger (from_id, to_id, amount) VALUES (${from}, ${to}, ${amount}) RETURNING id`,
          sql`COMMIT`]);
        return { balance: balance - amount };
      },
    },
    ...serverFunctionVariants('transfer', {
      plpgsqlLabel: 'PL/pgSQL function',
      args: '$1, $2, $3',
      params: ({ from, to, amount }) => [from, to, amount],
    }),
    {
      id: 'wormhole', label: 'Wormhole remote function (warm)', driver: 'wormhole', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: (wh) => wh.remote(remoteTransfer),
      run: (_wh, transfer, { from, to, amount }) => transfer(from, to, amount),
    },
  ],
};
