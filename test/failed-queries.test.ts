/**
 * A failed query inside a remote function, and what it leaves behind (docs/protocol.md, "The db
 * API"). A function that can catch the error goes on with its earlier writes kept; one that cannot
 * catch fails as a whole. On plv8-compat the second kind runs without a subtransaction per query
 * (packages/plv8-runtime/src/direct-statements.ts), which these tests see in the rows' xmin: a row
 * written in a statement subtransaction carries that subtransaction's ID, not the transaction's.
 */
import { connect, RemoteSqlError, Transaction, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { onOurEngine } from './support/engine';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase('failed_queries', 'CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL);');
  wh = await connect(database.url);
});

beforeEach(async () => {
  await wh.db.query('TRUNCATE notes');
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

const ids = async () => (await wh.db.query<{ id: number }>('SELECT id FROM notes ORDER BY id')).rows.map((r) => r.id);

/** Runs `fn` and a check of the rows it wrote in one transaction: did they get the transaction's own ID? */
async function writtenWithTransactionId(run: (tx: Transaction) => Promise<unknown>): Promise<boolean[]> {
  return wh.transaction(async (tx) => {
    await run(tx);
    const rows = await tx.query<{ own: boolean }>('SELECT xmin = pg_current_xact_id()::xid AS own FROM notes ORDER BY id');
    await tx.query('TRUNCATE notes');
    return rows.rows.map((r) => r.own);
  });
}

describe('a function that cannot catch', () => {
  const addTwo = once(() =>
    wh.remote(async (db, a: number, b: number) => {
      await db.query('INSERT INTO notes VALUES ($1, $2)', [a, 'first']);
      await db.query('INSERT INTO notes VALUES ($1, $2)', [b, 'second']);
      return [a, b];
    }),
  );

  it('fails as a whole on a failed query: the error names the query, nothing it wrote stays', async () => {
    await wh.db.query("INSERT INTO notes VALUES (2, 'there before')");
    const error = await addTwo()(1, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect((error as RemoteSqlError).code).toBe('23505');
    expect((error as RemoteSqlError).constraint).toBe('notes_pkey');
    expect((error as RemoteSqlError).location?.line).toBeGreaterThan(0);
    expect(await ids()).toEqual([2]);
    // The connection and the function are fine afterwards.
    await expect(addTwo()(3, 4)).resolves.toEqual([3, 4]);
    expect(await ids()).toEqual([2, 3, 4]);
  });

  it('writes with the transaction’s own ID on plv8-compat (no subtransaction per query), with one per query on upstream', async () => {
    const own = await writtenWithTransactionId((tx) => addTwo().with(tx)(1, 2));
    expect(own).toEqual([onOurEngine(), onOurEngine()]);
  });
});

describe('a function that catches', () => {
  it('goes on after a failed query with try/catch: the failed statement alone is undone', async () => {
    const upsert = wh.remote(async (db, id: number, body: string) => {
      await db.query("INSERT INTO notes SELECT coalesce(max(id), 0) + 1000, 'log' FROM notes");
      try {
        await db.query('INSERT INTO notes VALUES ($1, $2)', [id, body]);
        return 'inserted';
      } catch (error) {
        if ((error as { code?: string }).code !== '23505') throw error;
        await db.query('UPDATE notes SET body = $2 WHERE id = $1', [id, body]);
        return 'updated';
      }
    });
    await expect(upsert(1, 'a')).resolves.toBe('inserted');
    await expect(upsert(1, 'b')).resolves.toBe('updated');
    expect((await wh.db.query('SELECT id, body FROM notes ORDER BY id')).rows).toEqual([
      { id: 1, body: 'b' },
      { id: 1000, body: 'log' },
      { id: 2000, body: 'log' },
    ]);
  });

  it('goes on after a failed query with .catch()', async () => {
    const tryInsert = wh.remote(async (db, id: number) => {
      const outcome = await db.query("INSERT INTO notes VALUES ($1, 'x')", [id]).catch((error: { code?: string }) => error.code);
      await db.query("INSERT INTO notes VALUES ($1 + 100, 'after')", [id]);
      return typeof outcome === 'string' ? outcome : 'inserted';
    });
    await expect(tryInsert(1)).resolves.toBe('inserted');
    await wh.db.query('DELETE FROM notes WHERE id = 101');
    await expect(tryInsert(1)).resolves.toBe('23505');
    expect(await ids()).toEqual([1, 101]);
  });

  it('goes on after a query that does not plan (a missing table), as after one that fails while running', async () => {
    const optional = wh.remote(async (db, id: number) => {
      let extra = 'none';
      try {
        extra = await db.queryValue<string>('SELECT body FROM notes_archive WHERE id = $1', [id]);
      } catch (error) {
        if ((error as { code?: string }).code !== '42P01') throw error;
      }
      await db.query('INSERT INTO notes VALUES ($1, $2)', [id, extra]);
      return extra;
    });
    await expect(optional(1)).resolves.toBe('none');
    expect((await wh.db.query('SELECT id, body FROM notes')).rows).toEqual([{ id: 1, body: 'none' }]);
  });

  it('keeps a subtransaction per query (each write has an ID of its own)', async () => {
    const guarded = wh.remote(async (db, id: number) => {
      try {
        await db.query("INSERT INTO notes VALUES ($1, 'x')", [id]);
      } catch {
        return false;
      }
      return true;
    });
    expect(await writtenWithTransactionId((tx) => guarded.with(tx)(1))).toEqual([false]);
  });
});

describe('a function that catches in a way the source does not show', () => {
  // `'ca' + 'tch'`: none of the words that keep the subtransactions (direct-statements.ts) appears.
  const swallowThenQuery = () =>
    wh.remote(async (db, id: number) => {
      const method = 'ca' + 'tch';
      await db.query("INSERT INTO notes VALUES ($1, 'x')", [id]);
      await (db.query('SELECT 1 / 0') as unknown as Record<string, (f: () => null) => Promise<unknown>>)[method](() => null);
      await db.query("INSERT INTO notes VALUES ($1 + 100, 'after')", [id]);
      return 'went on';
    });
  const swallowAndReturn = () =>
    wh.remote(async (db, id: number) => {
      const method = 'ca' + 'tch';
      await db.query("INSERT INTO notes VALUES ($1, 'x')", [id]);
      await (db.query('SELECT 1 / 0') as unknown as Record<string, (f: () => null) => Promise<unknown>>)[method](() => null);
      return 'returned';
    });

  it('cannot run another query on plv8-compat: 25P02 with a hint naming the ways to catch; nothing stays', async () => {
    const outcome = await swallowThenQuery()(1).catch((e: unknown) => e);
    if (onOurEngine()) {
      expect(outcome).toBeInstanceOf(RemoteSqlError);
      expect((outcome as RemoteSqlError).code).toBe('25P02');
      expect((outcome as RemoteSqlError).hint).toMatch(/try\/catch, \.catch\(\)/);
      expect(await ids()).toEqual([]);
    } else {
      expect(outcome).toBe('went on');
      expect(await ids()).toEqual([1, 101]);
    }
  });

  it('fails with the swallowed error on plv8-compat when it returns without another query', async () => {
    const outcome = await swallowAndReturn()(1).catch((e: unknown) => e);
    if (onOurEngine()) {
      expect(outcome).toBeInstanceOf(RemoteSqlError);
      expect((outcome as RemoteSqlError).code).toBe('22012');
      expect(await ids()).toEqual([]);
    } else {
      expect(outcome).toBe('returned');
      expect(await ids()).toEqual([1]);
    }
    await expect(wh.db.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});

/** A lazily made remote function (`wh` exists only after beforeAll). */
function once<F>(make: () => F): () => F {
  let made: F | undefined;
  return () => (made ??= make());
}
