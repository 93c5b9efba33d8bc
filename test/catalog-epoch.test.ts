/**
 * A backend that has checked a function once may skip the per-call catalog check while the engine's
 * catalog epoch is unchanged (plv8-compat; packages/plv8-runtime/src/validity.ts). Whatever the
 * engine, a deleted, rolled-back or no-longer-valid function must never run from that backend:
 * these cases warm a backend up first (so a skipped check would be the one to fail), then change
 * the catalog from the same or from another backend, and call again on the warm one.
 */
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let warm: Client; // the backend whose cached checks are under test
let other: Client;

const SOURCE = 'async (db, x) => Math.max(x, 0) + 1';
let hash: string;

const call = async (c: Client, values: unknown[]): Promise<string | null> =>
  (await c.query(`SELECT wormhole.call(${values.map((_, i) => `$${i + 1}`).join(', ')}) AS r`, values)).rows[0].r;

async function warmUp(): Promise<void> {
  for (let i = 0; i < 3; i++) expect(await call(warm, [hash, '[1]'])).toBe('2');
}

beforeAll(async () => {
  database = await createTestDatabase('catalog_epoch');
  warm = new Client({ connectionString: database.url });
  other = new Client({ connectionString: database.url });
  await warm.connect();
  await other.connect();
  hash = (await other.query('SELECT wormhole.install($1) AS h', [SOURCE])).rows[0].h;
});

afterAll(async () => {
  await warm?.end();
  await other?.end();
  await database?.drop();
});

describe('a cached check never lets a function run that is gone or invalid', () => {
  it('after another backend deleted it and committed', async () => {
    await warmUp();
    await other.query('DELETE FROM wormhole.functions WHERE hash = $1', [hash]);
    expect(await call(warm, [hash, '[1]'])).toBeNull(); // NULL: unknown, nothing ran
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2'); // taught again
  });

  it('while another backend deletes it in a transaction: runs until the commit, never after', async () => {
    await warmUp();
    await other.query('BEGIN');
    await other.query('DELETE FROM wormhole.functions WHERE hash = $1', [hash]);
    expect(await call(warm, [hash, '[1]'])).toBe('2'); // not committed: still there for everyone else
    await other.query('COMMIT');
    expect(await call(warm, [hash, '[1]'])).toBeNull();
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
  });

  it('after TRUNCATE by another backend', async () => {
    await warmUp();
    await other.query('TRUNCATE wormhole.functions');
    expect(await call(warm, [hash, '[1]'])).toBeNull();
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
  });

  it('after its own install was rolled back', async () => {
    await other.query('DELETE FROM wormhole.functions WHERE hash = $1', [hash]);
    await warm.query('BEGIN');
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2'); // installed in this transaction
    expect(await call(warm, [hash, '[1]'])).toBe('2');
    expect(await call(warm, [hash, '[1]'])).toBe('2');
    await warm.query('ROLLBACK');
    expect(await call(warm, [hash, '[1]'])).toBeNull();
  });

  it('after its own install was rolled back to a savepoint', async () => {
    await warm.query('BEGIN');
    await warm.query('SAVEPOINT s');
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
    expect(await call(warm, [hash, '[1]'])).toBe('2');
    await warm.query('ROLLBACK TO SAVEPOINT s');
    expect(await call(warm, [hash, '[1]'])).toBeNull();
    await warm.query('COMMIT');
    expect(await call(warm, [hash, '[1]'])).toBeNull();
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
  });

  it('after its own transaction deleted it (same transaction, next statement)', async () => {
    await warmUp();
    await warm.query('BEGIN');
    expect(await call(warm, [hash, '[1]'])).toBe('2');
    await warm.query('DELETE FROM wormhole.functions WHERE hash = $1', [hash]);
    expect(await call(warm, [hash, '[1]'])).toBeNull();
    await warm.query('ROLLBACK'); // the delete is undone: the function is there again
    expect(await call(warm, [hash, '[1]'])).toBe('2');
  });

  it('under session_replication_role = replica (the trigger fires ALWAYS)', async () => {
    await warmUp();
    await other.query('SET session_replication_role = replica');
    try {
      await other.query('DELETE FROM wormhole.functions WHERE hash = $1', [hash]);
    } finally {
      await other.query('RESET session_replication_role');
    }
    expect(await call(warm, [hash, '[1]'])).toBeNull();
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
  });

  // Without its trigger firing on every change, a table changes without the epoch moving: then
  // nothing may be remembered, and every call queries. A delete made while the trigger cannot fire
  // must still stop the function on the warm backend.
  it.each([
    ['disabled', 'DISABLE TRIGGER wormhole_catalog_epoch', ''],
    [
      'enabled for origin sessions only, the delete made as a replica',
      'ENABLE TRIGGER wormhole_catalog_epoch',
      'SET session_replication_role = replica',
    ],
  ])('while the epoch trigger on wormhole.functions is %s', async (_what, alter, session) => {
    await warmUp();
    await other.query(`ALTER TABLE wormhole.functions ${alter}`);
    try {
      expect(await call(warm, [hash, '[1]'])).toBe('2'); // checked again: the ALTER moved the epoch
      expect(await call(warm, [hash, '[1]'])).toBe('2'); // checked: nothing was remembered
      if (session) await other.query(session);
      try {
        await other.query('DELETE FROM wormhole.functions WHERE hash = $1', [hash]); // no trigger fires
      } finally {
        if (session) await other.query('RESET session_replication_role');
      }
      expect(await call(warm, [hash, '[1]'])).toBeNull();
    } finally {
      await other.query('ALTER TABLE wormhole.functions ENABLE ALWAYS TRIGGER wormhole_catalog_epoch');
    }
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
  });

  it('after a policy change that the function no longer passes', async () => {
    await warmUp();
    const { rows } = await other.query('SELECT max_source_length FROM wormhole.policy');
    await other.query('SELECT wormhole.set_policy(max_source_length => $1)', [SOURCE.length - 1]);
    try {
      // Revalidated under the new policy before it runs: too long now.
      await expect(call(warm, [hash, '[1]'])).rejects.toThrow(/the policy allows/);
    } finally {
      await other.query('SELECT wormhole.set_policy(max_source_length => $1)', [rows[0].max_source_length]);
    }
    expect(await call(warm, [hash, '[1]', SOURCE, null])).toBe('2');
  });

  it('after SELECT on the catalog was revoked from the calling role', async () => {
    await other.query('DROP ROLE IF EXISTS wh_epoch_role');
    await other.query('CREATE ROLE wh_epoch_role');
    await other.query('GRANT wormhole_user TO wh_epoch_role');
    await warm.query('SET ROLE wh_epoch_role');
    try {
      expect(await call(warm, [hash, '[1]'])).toBe('2');
      expect(await call(warm, [hash, '[1]'])).toBe('2');
      await other.query('REVOKE wormhole_user FROM wh_epoch_role');
      await expect(call(warm, [hash, '[1]'])).rejects.toThrow(/permission denied/);
    } finally {
      await warm.query('RESET ROLE');
      await other.query('DROP ROLE IF EXISTS wh_epoch_role');
    }
  });
});

describe('the catalog epoch trigger', () => {
  it('is in place and enabled ALWAYS where the engine has it, and absent otherwise', async () => {
    const { rows } = await other.query(`SELECT c.relname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE t.tgname = 'wormhole_catalog_epoch' ORDER BY c.relname`);
    const engineHasIt =
      (await other.query("SELECT count(*)::int AS n FROM pg_proc WHERE proname = '_catalog_changed' AND pronamespace = 'wormhole'::regnamespace"))
        .rows[0].n === 1;
    if (engineHasIt)
      expect(rows).toEqual([
        { relname: 'functions', tgenabled: 'A' },
        { relname: 'policy', tgenabled: 'A' },
      ]);
    else expect(rows).toEqual([]);
  });

  it('refuses to be called other than as a trigger', async () => {
    const exists = (await other.query("SELECT to_regproc('wormhole._catalog_changed') IS NOT NULL AS e")).rows[0].e;
    if (!exists) return; // upstream PL/v8: nothing to call
    await expect(other.query('SELECT wormhole._catalog_changed()')).rejects.toThrow(/trigger/);
  });
});
