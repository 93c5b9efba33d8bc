/**
 * fn.with(adapter(trx)) joins the transaction of Kysely, Drizzle and postgres.js: the remote call
 * sees the transaction's uncommitted rows, its writes commit or roll back with the transaction.
 */
import { Kysely, PostgresDialect, sql as ksql } from 'kysely';
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql as dsql } from 'drizzle-orm';
import postgres from 'postgres';
import { Pool } from 'pg';
import { connect, fromDrizzle, fromKysely, fromPostgresJs, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;
let pool: Pool;

const SETUP = `CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);
               GRANT ALL ON notes, notes_id_seq TO PUBLIC;`;

beforeAll(async () => {
  database = await createTestDatabase('adapters', SETUP);
  wh = await connect(database.url);
  pool = new Pool({ connectionString: database.url, max: 4 });
});

afterAll(async () => {
  await wh?.close();
  await pool?.end();
  await database?.drop();
});

beforeEach(() => database.admin((c) => c.query('TRUNCATE notes')));

/** Counts the notes the transaction sees (its own uncommitted one included) and adds one. */
const defineEcho = () =>
  wh.remote(
    async (db, body: string) => {
      const seen = await db.queryValue<number>('SELECT count(*)::int FROM notes');
      await db.query('INSERT INTO notes (body) VALUES ($1)', [body]);
      return seen;
    },
    { name: 'echo' },
  );

async function committedBodies(): Promise<string[]> {
  return database.admin(async (c) => (await c.query('SELECT body FROM notes ORDER BY id')).rows.map((r) => r.body));
}

describe('Kysely', () => {
  const db = () => new Kysely<{ notes: { id: number; body: string } }>({ dialect: new PostgresDialect({ pool }) });

  it('commits with the transaction', async () => {
    const echo = defineEcho();
    const seen = await db()
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('notes')
          .values({ body: 'from kysely' } as never)
          .execute();
        return echo.with(fromKysely(trx))('from wormhole');
      });
    expect(seen).toBe(1);
    expect(await committedBodies()).toEqual(['from kysely', 'from wormhole']);
  });

  it('rolls back with the transaction', async () => {
    const echo = defineEcho();
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await echo.with(fromKysely(trx))('gone');
          await ksql`SELECT 1/0`.execute(trx);
        }),
    ).rejects.toThrow(/division by zero/);
    expect(await committedBodies()).toEqual([]);
  });

  it('runs .local() on the same transaction', async () => {
    const echo = defineEcho();
    await db()
      .transaction()
      .execute(async (trx) => {
        expect(await echo.with(fromKysely(trx)).local('local')).toBe(0);
      });
    expect(await committedBodies()).toEqual(['local']);
  });
});

describe('Drizzle (node-postgres)', () => {
  it('commits and rolls back with the transaction', async () => {
    const db = drizzle(pool);
    const echo = defineEcho();
    const seen = await db.transaction(async (tx) => {
      await tx.execute(dsql`INSERT INTO notes (body) VALUES (${"from drizzle, it's quoted"})`);
      return echo.with(fromDrizzle(tx))("from wormhole, it's quoted too");
    });
    expect(seen).toBe(1);
    expect(await committedBodies()).toEqual(["from drizzle, it's quoted", "from wormhole, it's quoted too"]);

    await expect(
      db.transaction(async (tx) => {
        await echo.with(fromDrizzle(tx))('gone');
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(await committedBodies()).toHaveLength(2);
  });
});

describe('postgres.js', () => {
  it('commits and rolls back with sql.begin', async () => {
    const sql = postgres(database.url, { max: 2, onnotice: () => undefined });
    try {
      const echo = defineEcho();
      const seen = await sql.begin(async (tx) => {
        await tx`INSERT INTO notes (body) VALUES (${'from postgres.js'})`;
        return echo.with(fromPostgresJs(tx))('from wormhole');
      });
      expect(seen).toBe(1);
      await expect(
        sql.begin(async (tx) => {
          await echo.with(fromPostgresJs(tx))('gone');
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await committedBodies()).toEqual(['from postgres.js', 'from wormhole']);
    } finally {
      await sql.end();
    }
  });
});

describe('adapters refuse what they cannot use', () => {
  it('says what they expect', () => {
    expect(() => fromKysely({} as never)).toThrow(/Kysely instance or transaction/);
    expect(() => fromDrizzle({} as never)).toThrow(/Drizzle database or transaction/);
    expect(() => fromPostgresJs({} as never)).toThrow(/postgres.js/);
  });
});
