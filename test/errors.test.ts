/**
 * What a failure looks like to the app, against the real server: every failure is a WormholeError
 * subclass; a failing statement carries PostgreSQL's fields (constraint, table, column…) whether it
 * ran inside a remote function (RemoteSqlError) or was sent from the client (QueryError); a thrown
 * custom error keeps its class name and properties; a thrown non-Error arrives as JSON.
 */
import { connect, QueryError, RemoteFunctionError, RemoteSqlError, Wormhole, WormholeError } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { onOurEngine } from './support/engine';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'errors',
    `
    CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL CHECK (balance >= 0));
    INSERT INTO accounts VALUES (1, 'ann', 100);`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

describe('a failing statement carries what PostgreSQL says failed', () => {
  it('inside a remote function: RemoteSqlError with constraint, table and schema', async () => {
    const open = wh.remote(async (db, id: number) => db.query("INSERT INTO accounts VALUES ($1, 'bob', 0)", [id]));
    const error = await open(1).catch((e) => e);
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error).toMatchObject({ code: '23505', constraint: 'accounts_pkey', table: 'accounts', schema: 'public' });
    expect(error.sqlDetail).toBe('Key (id)=(1) already exists.');
  });

  it("its CONTEXT names the failed statement, not a line of Wormhole's own runtime", async () => {
    const open = wh.remote(async (db, id: number) => db.query("INSERT INTO accounts VALUES ($1, 'bob', 0)", [id]));
    const error = await open(1).catch((e) => e);
    expect(error.where).toMatch(/^SQL statement "INSERT INTO accounts VALUES \(\$1, 'bob', 0\)"/);
    expect(error.where).not.toMatch(/_load_runtime|raisable/);
  });

  it('a throw carries no CONTEXT of the runtime that raised it', async () => {
    const boom = wh.remote(async (db) => {
      throw new Error('boom');
    });
    const error = await boom().catch((e) => e);
    expect(error.message).toBe('boom');
    expect((error.cause as { where?: string }).where ?? '').not.toMatch(/_load_runtime|raisable/);
  });

  it('a syntax error inside the function gives its position within that statement', async () => {
    const typo = wh.remote(async (db) => db.query('SELECT 1 FRM accounts'));
    const error = await typo().catch((e) => e);
    expect(error).toBeInstanceOf(RemoteSqlError);
    // "FRM" reads as a column alias, so the parser stops at "accounts", character 14. (Upstream
    // PL/v8 drops the position; the SDK then has PostgreSQL parse the statement again.)
    expect(error).toMatchObject({ code: '42601', position: 14 });
    expect(await wh.db.queryValue('SELECT 1 + 1 AS two')).toBe(2);
  });

  it('in a batch too: each failed call keeps its own position', async () => {
    const typo = wh.remote(async (db) => db.query('SELECT 1 FRM accounts'));
    const other = wh.remote(async (db) => db.query('SELECT nope FROM accounts'));
    const [a, b] = await wh.batch((call) => Promise.allSettled([call(typo), call(other)]));
    expect(a).toMatchObject({ status: 'rejected', reason: { code: '42601', position: 14 } });
    expect(b).toMatchObject({ status: 'rejected', reason: { code: '42703', position: 8 } });
  });

  it('inside wh.transaction too (on upstream PL/v8 found once the transaction has rolled back)', async () => {
    const typo = wh.remote(async (db) => db.query('SELECT 1 FRM accounts'));
    const error = await wh.transaction((tx) => typo.with(tx)()).catch((e) => e);
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error).toMatchObject({ code: '42601', position: 14 });
  });

  it('caught inside wh.transaction, where the transaction is still open: no position on upstream PL/v8', async () => {
    const typo = wh.remote(async (db) => db.query('SELECT 1 FRM accounts'));
    const caught = await wh.transaction(async (tx) =>
      typo
        .with(tx)()
        .catch((e) => e),
    );
    expect(caught).toBeInstanceOf(RemoteSqlError);
    expect(caught.position).toBe(onOurEngine() ? 14 : undefined);
  });

  it('a NOT NULL violation names the column; a CHECK violation its constraint', async () => {
    const nullOwner = wh.remote(async (db) => db.query('INSERT INTO accounts VALUES (7, NULL, 0)'));
    expect(await nullOwner().catch((e) => e)).toMatchObject({ code: '23502', table: 'accounts', column: 'owner' });
    const overdraw = wh.remote(async (db) => db.query('UPDATE accounts SET balance = -1 WHERE id = 1'));
    expect(await overdraw().catch((e) => e)).toMatchObject({ code: '23514', constraint: 'accounts_balance_check' });
  });

  it('from the client (wh.db): QueryError with the same fields, and the connection stays usable', async () => {
    const error = await wh.db.query("INSERT INTO accounts VALUES (1, 'dup', 0)").catch((e) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toBeInstanceOf(WormholeError);
    expect(error).toMatchObject({ code: '23505', constraint: 'accounts_pkey', table: 'accounts', detail: 'Key (id)=(1) already exists.' });
    const syntax = await wh.db.query('SELEC 1').catch((e) => e);
    expect(syntax).toMatchObject({ code: '42601', position: 1 });
    expect(await wh.db.queryValue('SELECT 1 + 1 AS two')).toBe(2);
  });

  it('inside wh.transaction (tx.query): QueryError, and the transaction rolls back', async () => {
    const error = await wh
      .transaction(async (tx) => {
        await tx.query("UPDATE accounts SET owner = 'changed' WHERE id = 1");
        await tx.query("INSERT INTO accounts VALUES (1, 'dup', 0)");
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error.constraint).toBe('accounts_pkey');
    expect(await wh.db.queryValue('SELECT owner FROM accounts WHERE id = 1')).toBe('ann');
  });

  it('queryOne with no row is a QueryError naming the fix', async () => {
    const error = await wh.db.queryOne('SELECT 1 WHERE false').catch((e) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error.message).toMatch(/expected exactly one row but the query returned 0; use db.query/);
  });

  it("in .local(), the function sees PostgreSQL's fields on the QueryError it catches", async () => {
    const probe = wh.remote(async (db) => {
      try {
        await db.query("INSERT INTO accounts VALUES (1, 'dup', 0)");
        return 'no error';
      } catch (e) {
        return `${(e as { code?: string }).code} ${(e as { constraint?: string }).constraint}`;
      }
    });
    expect(await probe.local()).toBe('23505 accounts_pkey');
    expect(await probe()).toBe('23505 accounts_pkey'); // and the same inside PostgreSQL
  });

  it('a caught SQL error rolls back only its statement: earlier and later writes stay, remote and local', async () => {
    const tryInsert = wh.remote(async (db, first: number, dup: number, last: number) => {
      await db.query("INSERT INTO accounts VALUES ($1, 'first', 0)", [first]);
      let caught = '';
      try {
        await db.query("INSERT INTO accounts VALUES ($1, 'dup', 0)", [dup]);
      } catch (e) {
        caught = (e as { code: string }).code;
      }
      await db.query("INSERT INTO accounts VALUES ($1, 'last', 0)", [last]);
      return caught;
    });
    expect(await tryInsert(20, 1, 21)).toBe('23505');
    expect(await tryInsert.local(30, 1, 31)).toBe('23505');
    expect(await wh.db.queryValue('SELECT array_agg(id ORDER BY id) FROM accounts WHERE id >= 20')).toEqual([20, 21, 30, 31]);
  });
});

describe('what a remote function throws', () => {
  it('a custom Error class keeps its name and own properties', async () => {
    const withdraw = wh.remote(async (db, amount: number) => {
      class InsufficientFunds extends Error {}
      const { balance } = await db.queryOne('SELECT balance FROM accounts WHERE id = 1');
      if (balance < amount) throw Object.assign(new InsufficientFunds(`short by ${amount - balance}`), { status: 409, shortBy: amount - balance });
      return balance - amount;
    });
    const error = await withdraw(150).catch((e) => e);
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toBe('short by 50');
    expect(error.remoteName).toBe('InsufficientFunds');
    expect(error.properties).toEqual({ status: 409, shortBy: 50 });
    expect(error.stack).toMatch(/^RemoteFunctionError: short by 50/);
  });

  it('a thrown plain object arrives as JSON, and as data', async () => {
    const conflict = wh.remote(async (db) => {
      throw { status: 409, reason: 'taken' };
    });
    const error = await conflict().catch((e) => e);
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toBe('{"status":409,"reason":"taken"}');
    expect(error.value).toEqual({ status: 409, reason: 'taken' });
    expect(error.properties).toEqual({});
  });
});

describe('after close()', () => {
  it('every use is a WormholeError that says the Wormhole was closed', async () => {
    const mine = await connect(database.url);
    const ping = mine.remote(async (db) => 1);
    expect(await ping()).toBe(1);
    await mine.close();
    for (const attempt of [() => ping(), () => mine.db.query('SELECT 1'), () => mine.transaction(async () => 1), () => ping.local()]) {
      const error = await attempt().catch((e) => e);
      expect(error).toBeInstanceOf(WormholeError);
      expect(error.message).toMatch(/closed \(wh\.close\(\)\); connect\(\) again/);
    }
  });
});
