/**
 * connect(): what it accepts, what it checks, and what close() ends.
 */
import { Client, Pool } from 'pg';
import { connect, WormholeError } from 'pg-wormhole';
import { clusterUrl, createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
  // No extension here: these tests are about connections, not calls.
  database = await createTestDatabase('connect', '', { extension: false });
});

afterAll(async () => {
  await database?.drop();
});

describe('connect()', () => {
  it('says how to install the extension when the database does not have it', async () => {
    const error = await connect(database.url).catch((e) => e);
    expect(error).toBeInstanceOf(WormholeError);
    expect(error.message).toMatch(/CREATE EXTENSION wormhole CASCADE/);
  });

  it('needs to be told where the database is', async () => {
    await expect(connect('')).rejects.toThrow(/connection string/);
    await expect(connect(42 as any)).rejects.toThrow(/does not understand a number/);
    expect(clusterUrl()).toBeTruthy();
  });

  it('leaves a pool it was given open on close()', async () => {
    const pool = new Pool({ connectionString: database.url, max: 2 });
    try {
      const wh = await connect({ pool }, { skipExtensionCheck: true });
      expect(await wh.db.queryValue('SELECT 40 + 2')).toBe(42);
      await wh.close();
      expect((await pool.query('SELECT 1 AS one')).rows[0].one).toBe(1);
      // The Wormhole itself is closed, whoever owns the pool: every use says so.
      await expect(wh.db.query('SELECT 1')).rejects.toThrow(/This Wormhole was closed/);
      expect(() => wh.remote(async (db) => 1)).toThrow(/closed/);
    } finally {
      await pool.end();
    }
  });

  it('with a single pg.Client, transactions and calls take turns on it', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const wh = await connect(client, { skipExtensionCheck: true });
      const [a, b] = await Promise.all([
        wh.transaction(async (tx) => {
          await tx.query('CREATE TEMP TABLE IF NOT EXISTS seen (n int)');
          await tx.query('INSERT INTO seen VALUES (1)');
          await new Promise((r) => setTimeout(r, 50));
          return tx.queryValue<number>('SELECT count(*) FROM seen');
        }),
        wh.db.queryValue<number>('SELECT txid_current_if_assigned() IS NULL'),
      ]);
      expect(a).toBe(1);
      expect(b).toBe(true); // it did not run inside the other transaction
      await wh.close();
      expect((await client.query('SELECT 1 AS one')).rows[0].one).toBe(1); // still yours, still open
    } finally {
      await client.end();
    }
  });

  it('refuses, instead of waiting forever, a call that needs the single client held by the transaction it is in', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const wh = await connect(client, { skipExtensionCheck: true });
      const error = await wh.transaction(async () => wh.db.query('SELECT 1')).catch((e) => e);
      expect(error).toBeInstanceOf(WormholeError);
      expect(error.message).toMatch(/inside wh\.transaction\(\).*tx\.query/);
    } finally {
      await client.end();
    }
  });
});
