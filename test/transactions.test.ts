/**
 * wh.transaction: client-side statements and remote functions in one transaction, retried as a
 * whole after a serialization failure, with savepoints for nested work.
 */
import { Client } from 'pg';
import { connect, ConnectionLostError, RemoteFunctionError, RemoteSqlError, Wormhole, WormholeError } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'transactions',
    `
    CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
    CREATE TABLE log (n int);`,
  );
  wh = await connect(database.url, { retry: { baseDelayMs: 1 } });
});

beforeEach(async () => {
  await wh.db.query('TRUNCATE log; DELETE FROM accounts; INSERT INTO accounts VALUES (1, 100), (2, 100)');
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

const logged = async () => (await wh.db.query<{ n: number }>('SELECT n FROM log ORDER BY n')).rows.map((r) => r.n);

const addToLog = () =>
  wh.remote(async (db, n: number) => {
    await db.query('INSERT INTO log VALUES ($1)', [n]);
    return n;
  });

const credit = () =>
  wh.remote(async (db, id: number, amount: number) => {
    await db.query('UPDATE accounts SET balance = balance + $2 WHERE id = $1', [id, amount]);
    return db.queryValue<number>('SELECT balance FROM accounts WHERE id = $1', [id]);
  });

describe('wh.transaction', () => {
  it('commits client-side statements and remote calls together', async () => {
    const log = addToLog();
    const result = await wh.transaction(async (tx) => {
      await tx.query('INSERT INTO log VALUES (1)');
      await tx.run(log, 2);
      await log.with(tx)(3);
      return tx.queryValue<number>('SELECT count(*) FROM log');
    });
    expect(result).toBe(3);
    expect(await logged()).toEqual([1, 2, 3]);
  });

  it('rolls everything back when the callback throws', async () => {
    const log = addToLog();
    await expect(
      wh.transaction(async (tx) => {
        await tx.run(log, 1);
        await tx.query('INSERT INTO log VALUES (2)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await logged()).toEqual([]);
  });

  it('refuses to use tx after the transaction finished', async () => {
    let escaped: any;
    await wh.transaction(async (tx) => {
      escaped = tx;
    });
    await expect(escaped.query('SELECT 1')).rejects.toBeInstanceOf(WormholeError);
  });

  it('retries a real serialization failure and succeeds', async () => {
    const add = credit();
    const other = new Client({ connectionString: database.url });
    await other.connect();
    let attempts = 0;
    try {
      const balance = await wh.transaction(
        async (tx) => {
          attempts++;
          await tx.queryValue('SELECT balance FROM accounts WHERE id = 1'); // takes the snapshot
          // Another client changes the row after our snapshot (first attempt only)…
          if (attempts === 1) await other.query('UPDATE accounts SET balance = balance + 1 WHERE id = 1');
          // …so updating it here fails with 40001 under REPEATABLE READ, inside the remote function.
          return tx.run(add, 1, 10);
        },
        { isolation: 'repeatable read' },
      );
      expect(attempts).toBe(2);
      expect(balance).toBe(111);
    } finally {
      await other.end();
    }
  });

  it('gives up after the configured attempts with the serialization failure', async () => {
    const add = credit();
    const other = new Client({ connectionString: database.url });
    await other.connect();
    let attempts = 0;
    try {
      const error = await wh
        .transaction(
          async (tx) => {
            attempts++;
            await tx.queryValue('SELECT balance FROM accounts WHERE id = 2');
            await other.query('UPDATE accounts SET balance = balance + 1 WHERE id = 2');
            return tx.run(add, 2, 10);
          },
          { isolation: 'repeatable read', retry: { attempts: 3, baseDelayMs: 1 } },
        )
        .catch((e) => e);
      expect(error).toBeInstanceOf(RemoteSqlError);
      expect(error.code).toBe('40001');
      expect(attempts).toBe(3);
    } finally {
      await other.end();
    }
  });

  it('retries a standalone call that lost a real deadlock', async () => {
    // deadlock_timeout is lowered for these connections only, so the deadlock is found quickly.
    const quick = await connect({ connectionString: database.url, options: '-c deadlock_timeout=50' }, { retry: { baseDelayMs: 1 } });
    try {
      const lockBoth = quick.remote(async (db, first: number, second: number) => {
        await db.query('UPDATE accounts SET balance = balance + 1 WHERE id = $1', [first]);
        await db.query('SELECT pg_sleep(0.2)');
        await db.query('UPDATE accounts SET balance = balance + 1 WHERE id = $1', [second]);
        return `${first} then ${second}`;
      });
      // Install it first: two first calls would serialise on inserting the same catalog row.
      await lockBoth(1, 1);
      // Warm a second connection too, so neither call below starts late on a cold backend and misses the other.
      await Promise.all([lockBoth(1, 1), lockBoth(2, 2)]);
      await quick.db.query('UPDATE accounts SET balance = 100');
      const before = { ...quick.stats };
      // Opposite lock order: PostgreSQL aborts one with 40P01 and the SDK runs it again. Usually once, but
      // not always: the retry can update its first row before the woken winner does, and deadlock with it
      // again (seen under load: two 40P01 for the same call, 259 ms apart, so 4 calls).
      expect(await Promise.all([lockBoth(1, 2), lockBoth(2, 1)])).toEqual(['1 then 2', '2 then 1']);
      // At least one attempt lost the deadlock and was retried; each attempt is one statement (no re-teach)…
      expect(quick.stats.calls - before.calls).toBeGreaterThanOrEqual(3);
      expect(quick.stats.roundTrips - before.roundTrips).toBe(quick.stats.calls - before.calls);
      expect(quick.stats.reteaches).toBe(before.reteaches);
      // …and the aborted attempts left nothing: each call applied exactly once.
      expect((await quick.db.query('SELECT balance FROM accounts ORDER BY id')).rows).toEqual([{ balance: 102 }, { balance: 102 }]);
    } finally {
      await quick.close();
    }
  });

  it('a connection killed inside a transaction fails it, and the next transaction gets a healthy connection', async () => {
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      const error = await wh
        .transaction(async (tx) => {
          await tx.query('INSERT INTO log VALUES (1)');
          const pid = await tx.queryValue<number>('SELECT pg_backend_pid()');
          await other.query('SELECT pg_terminate_backend($1)', [pid]);
          await new Promise((resolve) => setTimeout(resolve, 100)); // the connection dies while idle in the transaction
          return tx.run(addToLog(), 2);
        })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ConnectionLostError);
      expect(await logged()).toEqual([]);
      expect(await wh.transaction((tx) => tx.run(addToLog(), 3))).toBe(3);
    } finally {
      await other.end();
    }
  });

  it('nests with savepoints: a failed inner block is undone alone', async () => {
    const log = addToLog();
    const fail = wh.remote(async (db, n: number) => {
      await db.query('INSERT INTO log VALUES ($1)', [n]);
      throw new Error(`refusing ${n}`);
    });
    await wh.transaction(async (tx) => {
      await tx.run(log, 1);
      await expect(
        tx.transaction(async (inner) => {
          await inner.query('INSERT INTO log VALUES (2)');
          throw new Error('undo 2');
        }),
      ).rejects.toThrow('undo 2');
      // A remote function that fails inside a savepoint leaves the outer transaction usable.
      await expect(tx.transaction((inner) => inner.run(fail, 3))).rejects.toBeInstanceOf(RemoteFunctionError);
      await tx.transaction(async (inner) => {
        await inner.run(log, 4);
        await inner.transaction(async (deeper) => {
          await deeper.run(log, 5);
        });
      });
      await tx.run(log, 6);
    });
    expect(await logged()).toEqual([1, 4, 5, 6]);
  });

  it('runs a function locally inside the transaction too', async () => {
    const log = addToLog();
    await expect(
      wh.transaction(async (tx) => {
        await tx.runLocal(log, 1);
        await log.with(tx).local(2);
        throw new Error('roll back both');
      }),
    ).rejects.toThrow('roll back both');
    expect(await logged()).toEqual([]);
  });
});
