/**
 * No silent hangs: a plain call inside wh.transaction is refused at once; per-call timeout and
 * AbortSignal cancel on the server and say which it was; statementTimeout works on any connection;
 * every failure, pool checkout and COMMIT included, is a WormholeError subclass.
 */
import { Client, Pool } from 'pg';
import {
  CallTimeoutError,
  CancelledError,
  ConnectionFailedError,
  ConnectionLostError,
  connect,
  RemoteSqlError,
  RemoteTimeoutError,
  Wormhole,
  WormholeError,
} from 'pg-wormhole';
import { CuttingProxy } from './support/cutting-proxy';
import { createTestDatabase, TestDatabase, waitFor } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'hangs',
    `
    CREATE TABLE items (id int PRIMARY KEY, n int NOT NULL);
    INSERT INTO items VALUES (1, 0), (2, 0);
    CREATE TABLE log (what text);`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

/** Backends of this test database inside a pg_sleep (a cancel that did not land would leave one). */
const SLEEPING = "datname = current_database() AND state = 'active' AND wait_event = 'PgSleep'";
const sleepers = () => wh.db.queryValue<number>(`SELECT count(*)::int FROM pg_stat_activity WHERE ${SLEEPING}`);

const elapsed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = Date.now();
  const value = await work();
  return [value, Date.now() - start];
};

describe('a plain call inside wh.transaction', () => {
  it('is refused at once, even when the transaction holds the lock the call needs', async () => {
    const bump = wh.remote(async (db, id: number) => db.query('UPDATE items SET n = n + 1 WHERE id = $1', [id]));
    await bump(1); // installed outside
    const [error, ms] = await elapsed(() =>
      wh
        .transaction(async (tx) => {
          await tx.query('UPDATE items SET n = n + 1 WHERE id = 1'); // the row lock bump(1) would wait for
          return bump(1);
        })
        .catch((e) => e),
    );
    expect(error).toBeInstanceOf(WormholeError);
    expect(error.message).toMatch(/inside wh\.transaction\(\).*tx\.run\(bump/s);
    expect(ms).toBeLessThan(2000);
    expect(await wh.db.queryValue('SELECT n FROM items WHERE id = 1')).toBe(1); // the transaction rolled back
  });

  it('is refused at once when the pool has no other connection, and so are wh.db and nested wh.transaction', async () => {
    const one = await connect({ connectionString: database.url, max: 1 });
    try {
      const ping = one.remote(async (db) => 'pong');
      for (const inside of [() => ping(), () => one.db.query('SELECT 1'), () => one.transaction(async () => 1), () => ping.local()]) {
        const [error, ms] = await elapsed(() => one.transaction(async () => inside()).catch((e) => e));
        expect(error).toBeInstanceOf(WormholeError);
        expect(error.message).toMatch(/inside wh\.transaction\(\)/);
        expect(ms).toBeLessThan(2000);
      }
      // Through tx it joins the transaction and works.
      expect(await one.transaction((tx) => tx.run(ping))).toBe('pong');
      expect(await one.transaction((tx) => ping.with(tx)())).toBe('pong');
    } finally {
      await one.close();
    }
  });
});

describe('per-call timeout and AbortSignal', () => {
  beforeEach(() => wh.db.query('TRUNCATE log'));

  const slowWrite = () =>
    wh.remote(async (db, seconds: number) => {
      await db.query("INSERT INTO log VALUES ('slow write')");
      await db.query('SELECT pg_sleep($1)', [seconds]);
      return 'finished';
    });

  it('a timeout cancels the call on the server and says it was a timeout', async () => {
    const slow = slowWrite();
    const [error, ms] = await elapsed(() =>
      slow
        .with({ timeout: 300 })(5)
        .catch((e) => e),
    );
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(error).toMatchObject({ phase: 'run', timeoutMs: 300, code: '57014' });
    expect(error.message).toMatch(/timeout of 300 ms/);
    expect(ms).toBeLessThan(2500);
    expect(await sleepers()).toBe(0); // really stopped on the server
    expect(await wh.db.queryValue("SELECT count(*)::int FROM log WHERE what = 'slow write'")).toBe(0);
    expect(await slow.with({ timeout: 5000 })(0)).toBe('finished'); // the function itself works
  });

  it('a default timeout from remote() applies to every call', async () => {
    const slow = wh.remote(async (db) => db.query('SELECT pg_sleep(5)'), { timeout: 200 });
    await expect(slow()).rejects.toBeInstanceOf(CallTimeoutError);
  });

  it('an AbortSignal cancels on the server and is reported as a cancel, not a timeout', async () => {
    const slow = slowWrite();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const [error, ms] = await elapsed(() =>
      slow
        .with({ signal: controller.signal })(5)
        .catch((e) => e),
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect(error).not.toBeInstanceOf(CallTimeoutError);
    expect(error).toMatchObject({ reason: 'signal', phase: 'run', code: '57014' });
    expect(ms).toBeLessThan(2500);
    expect(await sleepers()).toBe(0);
    // An already aborted signal: nothing is sent.
    const before = wh.stats.roundTrips;
    const early = await slow
      .with({ signal: AbortSignal.abort() })(5)
      .catch((e) => e);
    expect(early).toMatchObject({ name: 'CancelledError', phase: 'connect' });
    expect(wh.stats.roundTrips).toBe(before);
  });

  it('pg_cancel_backend from another session is a cancel; statement_timeout is a timeout', async () => {
    const slow = wh.remote(async (db) => db.query('SELECT pg_sleep(5)'));
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      const pending = slow().catch((e) => e);
      await waitFor(async () => (await sleepers()) === 1, 'the call to be running');
      await other.query(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE ${SLEEPING}`);
      const cancelled = await pending;
      expect(cancelled).toBeInstanceOf(CancelledError);
      expect(cancelled).toMatchObject({ reason: 'server', code: '57014' });
      expect(cancelled).not.toBeInstanceOf(RemoteTimeoutError);
    } finally {
      await other.end();
    }
    const timed = await connect(database.url, { statementTimeout: 200 });
    try {
      const error = await timed
        .remote(async (db) => db.query('SELECT pg_sleep(5)'))()
        .catch((e) => e);
      expect(error).toBeInstanceOf(RemoteTimeoutError);
      expect(error.code).toBe('57014');
    } finally {
      await timed.close();
    }
  });

  it('a timeout inside a transaction fails the transaction, which rolls back', async () => {
    const slow = slowWrite();
    const error = await wh
      .transaction(async (tx) => {
        await tx.query("INSERT INTO log VALUES ('before')");
        return slow.with(tx, { timeout: 300 })(5);
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(await wh.db.queryValue("SELECT count(*)::int FROM log WHERE what IN ('before', 'slow write')")).toBe(0);
  });

  it('a timeout while waiting for a pool connection gives up without sending anything', async () => {
    const one = await connect({ connectionString: database.url, max: 1 });
    try {
      const sleep = one.remote(async (db, s: number) => {
        await db.query('SELECT pg_sleep($1)', [s]);
        return s;
      });
      const holder = sleep(1);
      await new Promise((r) => setTimeout(r, 100));
      const error = await sleep
        .with({ timeout: 200 })(0)
        .catch((e) => e);
      expect(error).toBeInstanceOf(CallTimeoutError);
      expect(error.phase).toBe('connect');
      expect(await holder).toBe(1);
      expect(await sleep(0)).toBe(0); // the connection came back to the pool
    } finally {
      await one.close();
    }
  });
});

describe('a connection terminated as it starts', () => {
  it('fails or retries the call, and never leaves an error event without a listener (which would end the process)', async () => {
    // pg-pool hands a new client over from inside the socket's data handler, before the SDK's await
    // resumes; a FATAL read in the same chunk as ReadyForQuery used to find no 'error' listener.
    const target = new URL(database.url);
    const proxy = await CuttingProxy.start(target.hostname, Number(target.port), { terminateAfterStartup: (n) => n === 1 });
    const url = new URL(database.url);
    url.host = `127.0.0.1:${proxy.port}`;
    // Connection 0 (connect()'s check) stays healthy and busy in `hold`, so `add` opens connection 1.
    const fresh = await connect({ connectionString: url.toString(), max: 2 });
    try {
      const hold = fresh.remote(async (db) => (await db.queryValue('SELECT 1 AS one FROM pg_sleep(0.3)')) as number);
      const add = fresh.remote(async (_db, a: number, b: number) => a + b);
      const [held, outcome] = await Promise.all([hold(), add(2, 3).catch((error: unknown) => error)]);
      expect(held).toBe(1);
      if (outcome !== 5) expect(outcome).toBeInstanceOf(ConnectionLostError);
      // The pool goes on with a new connection.
      expect(await add(4, 5)).toBe(9);
    } finally {
      await fresh.close();
      await proxy.close();
    }
  });
});

describe('a cancel that arrives late', () => {
  it('on a client you own, a call that finishes just as its timeout fires leaves no cancel behind for the next statement', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const sleep = wh.remote(async (db, s: number) => {
        await db.query('SELECT pg_sleep($1)', [s]);
        return 'done';
      });
      await sleep.with(client)(0); // installed, so every timed call below is one short round trip
      const outcomes = { done: 0, timedOut: 0 };
      for (let i = 0; i < 25; i++) {
        // The call takes about as long as its timeout, so the cancel is often sent as the result arrives.
        const result = await sleep
          .with(client, { timeout: 40 })(0.039)
          .catch((e) => e);
        if (result === 'done') outcomes.done++;
        else {
          expect(result).toBeInstanceOf(CallTimeoutError);
          outcomes.timedOut++;
        }
        // The next statement at once: a cancel still on its way would fail it with 57014.
        const { rows } = await client.query('SELECT pg_sleep(0.02), 1 AS ok');
        expect(rows[0].ok).toBe(1);
      }
      expect(outcomes.done + outcomes.timedOut).toBe(25);
    } finally {
      await client.end();
    }
  });
});

describe('a server that never acts on the cancel', () => {
  // As with an endless loop on upstream PL/v8, which no cancel stops: here a proxy drops the cancel.
  it('the call ends with ConnectionLostError after the grace period, and close() does not wait for the stuck backend', async () => {
    const target = new URL(database.url);
    const proxy = await CuttingProxy.start(target.hostname, Number(target.port || 5432), { swallowCancels: true });
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const deaf = await connect(viaProxy.toString());
    try {
      const sleep = deaf.remote(async (db, s: number) => db.query('SELECT pg_sleep($1)', [s]));
      await sleep(0); // installed
      const [error, ms] = await elapsed(() =>
        sleep
          .with({ timeout: 200 })(30)
          .catch((e) => e),
      );
      expect(error).toBeInstanceOf(ConnectionLostError);
      expect(error.message).toMatch(/did not confirm the cancel/);
      expect(ms).toBeGreaterThanOrEqual(5000); // the grace the server gets to confirm
      expect(ms).toBeLessThan(15_000);
      const [, closeMs] = await elapsed(() => deaf.close());
      expect(closeMs).toBeLessThan(5000); // the connection was abandoned, not ended politely
    } finally {
      await deaf.close();
      await proxy.close();
      // The backend is still sleeping: end it so the database can be dropped.
      await wh.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE ${SLEEPING}`);
    }
  });
});

describe('statementTimeout on any connection', () => {
  it('works with your own pool, per call and per transaction, and leaves no session setting behind', async () => {
    const pool = new Pool({ connectionString: database.url, max: 2 });
    try {
      const mine = await connect(pool, { statementTimeout: 200 });
      const slow = mine.remote(async (db) => db.query('SELECT pg_sleep(2)'));
      await expect(slow()).rejects.toBeInstanceOf(RemoteTimeoutError);
      const inTx = await mine.transaction(async (tx) => tx.query('SELECT pg_sleep(2)')).catch((e) => e);
      expect(inTx.code).toBe('57014');
      expect(await mine.remote(async (db) => db.queryValue("SELECT current_setting('statement_timeout')"))()).toBe('200ms');
      // SET LOCAL ended with each call's transaction: the pool's connections are as they were.
      const settings = await Promise.all([pool.query('SHOW statement_timeout'), pool.query('SHOW statement_timeout')]);
      expect(settings.map((r) => r.rows[0].statement_timeout)).toEqual(['0', '0']);
      await mine.close();
    } finally {
      await pool.end();
    }
  });

  it('is refused when it is not a number of milliseconds', async () => {
    await expect(connect(database.url, { statementTimeout: -1 })).rejects.toThrow(/statementTimeout must be/);
  });
});

describe('every failure is a WormholeError', () => {
  it('a server that cannot be reached: ConnectionFailedError, nothing sent', async () => {
    const nowhere = await connect('postgres://postgres@127.0.0.1:1/nowhere', { skipExtensionCheck: true });
    try {
      const error = await nowhere
        .remote(async (db) => 1)()
        .catch((e) => e);
      expect(error).toBeInstanceOf(ConnectionFailedError);
      expect(error).toBeInstanceOf(WormholeError);
      expect(error.message).toMatch(/Could not get a connection to 127\.0\.0\.1:1.*Nothing was sent/s);
      await expect(nowhere.db.query('SELECT 1')).rejects.toBeInstanceOf(ConnectionFailedError);
    } finally {
      await nowhere.close();
    }
  });

  it('a pool whose connections all stay busy: ConnectionFailedError that says so', async () => {
    const busy = await connect({ connectionString: database.url, max: 1, connectionTimeoutMillis: 200 });
    try {
      const sleep = busy.remote(async (db) => {
        await db.query('SELECT pg_sleep(1)');
        return 'slept';
      });
      const [first, second] = await Promise.all([sleep(), sleep().catch((e) => e)]);
      expect(first).toBe('slept');
      expect(second).toBeInstanceOf(ConnectionFailedError);
      expect(second.message).toMatch(/stayed busy/);
    } finally {
      await busy.close();
    }
  });

  it('a serialization failure at COMMIT is a RemoteSqlError 40001, like one raised mid-function', async () => {
    await wh.db.query('UPDATE items SET n = 0');
    const touch = wh.remote(async (db, readId: number, writeId: number) => {
      await db.query('SELECT n FROM items WHERE id = $1', [readId]);
      await db.query('UPDATE items SET n = n + 1 WHERE id = $1', [writeId]);
    });
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      const error = await wh
        .transaction(
          async (tx) => {
            await tx.run(touch, 1, 2); // reads 1, writes 2
            // A concurrent serializable transaction reads 2, writes 1 and commits first: a write skew that
            // PostgreSQL can only detect when ours commits.
            await other.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
            await other.query('SELECT n FROM items WHERE id = 2');
            await other.query('UPDATE items SET n = n + 1 WHERE id = 1');
            await other.query('COMMIT');
          },
          { isolation: 'serializable', retry: false },
        )
        .catch((e) => e);
      expect(error).toBeInstanceOf(RemoteSqlError);
      expect(error.constructor).toBe(RemoteSqlError);
      expect(error.code).toBe('40001');
      expect(error.message).toMatch(/serialize/);
    } finally {
      await other.end();
    }
  });
});
