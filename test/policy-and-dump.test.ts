/**
 * The policy has one owner, the validator: the SQL table's defaults and bounds are generated from
 * its definitions (extension/build.mjs), and set_policy asks the validator before it commits. And a
 * database with the extension survives pg_dump + pg_restore with its policy, functions and audit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEFAULT_POLICY, MAX_DEPTH_LIMIT, MAX_SOURCE_LENGTH_LIMIT } from '@wormhole/validator';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('policy_dump');
});

afterAll(async () => {
  await database?.drop();
});

describe('the policy follows the validator', () => {
  test('the table defaults are the validator defaults', async () => {
    const { rows } = await database.admin((c) =>
      c.query(
        `SELECT column_name, column_default FROM information_schema.columns
        WHERE table_schema = 'wormhole' AND table_name = 'policy' AND column_name IN ('max_source_length', 'max_depth')`,
      ),
    );
    const defaults = Object.fromEntries(rows.map((r) => [r.column_name, Number(r.column_default)]));
    expect(defaults).toEqual({ max_source_length: DEFAULT_POLICY.maxSourceLength, max_depth: DEFAULT_POLICY.maxDepth });
  });

  test('the largest values the validator accepts are accepted, one more is refused and changes nothing', async () => {
    await database.admin(async (c) => {
      await c.query('SELECT wormhole.set_policy(max_depth => $1, max_source_length => $2)', [MAX_DEPTH_LIMIT, MAX_SOURCE_LENGTH_LIMIT]);
      const before = (await c.query('SELECT version FROM wormhole.policy')).rows[0].version;
      await expect(c.query('SELECT wormhole.set_policy(max_depth => $1)', [MAX_DEPTH_LIMIT + 1])).rejects.toMatchObject({
        code: '23514',
        constraint: 'policy_max_depth_limit',
      });
      await expect(c.query('SELECT wormhole.set_policy(max_source_length => $1)', [MAX_SOURCE_LENGTH_LIMIT + 1])).rejects.toMatchObject({
        code: '23514',
        constraint: 'policy_max_source_length_limit',
      });
      expect((await c.query('SELECT version FROM wormhole.policy')).rows[0].version).toBe(before);
      await c.query('SELECT wormhole.set_policy(max_depth => $1, max_source_length => $2)', [
        DEFAULT_POLICY.maxDepth,
        DEFAULT_POLICY.maxSourceLength,
      ]);
    });
  });

  test('a policy the validator refuses is refused by set_policy with its reason, and installs keep working', async () => {
    await database.admin(async (c) => {
      const error = await c.query("SELECT wormhole.set_policy(allowed_globals => '{Math,eval}')").catch((e) => e);
      expect(error).toMatchObject({ code: '22023' });
      expect(error.message).toMatch(/allowedGlobals must not contain 'eval'/);
      const { rows } = await c.query("SELECT wormhole.call(wormhole.install('(db) => Math.max(1, 2)'), '[]') AS r");
      expect(rows[0].r).toBe('2');
    });
  });
});

describe('pg_dump and pg_restore', () => {
  test('policy, functions and audit come back identical in a new database', async () => {
    const snapshot = async (c: Client) => ({
      policy: (await c.query('SELECT * FROM wormhole.policy')).rows,
      functions: (
        await c.query('SELECT hash, name, source, compiled, segments, arity, installed_by, policy_version FROM wormhole.functions ORDER BY hash')
      ).rows,
      audit: (await c.query('SELECT id, at, role, action, hash, outcome, detail FROM wormhole.audit ORDER BY id')).rows,
    });
    const original = await database.admin(async (c) => {
      await c.query('SELECT wormhole.set_policy(max_functions_per_role => 77, audit_calls => true)');
      await c.query("SELECT wormhole.install('(db, x) => x * 3', 'triple')");
      return snapshot(c);
    });
    const dir = mkdtempSync(join(tmpdir(), 'wh-dump-'));
    const file = join(dir, 'db.dump');
    const dump = spawnSync('pg_dump', ['-Fc', '-f', file, '-d', database.url], { encoding: 'utf8' });
    expect(dump.stderr).toBe('');
    expect(dump.status).toBe(0);

    const restored = await createTestDatabase('policy_dump_restored', '', { extension: false });
    try {
      const restore = spawnSync('pg_restore', ['--exit-on-error', '-d', restored.url, file], { encoding: 'utf8' });
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      const back = await restored.admin(snapshot);
      expect(back).toEqual(original);
      const { rows } = await restored.admin((c) => c.query("SELECT wormhole.call(hash, '[5]') AS r FROM wormhole.functions WHERE name = 'triple'"));
      expect(rows[0].r).toBe('15');
    } finally {
      await restored.drop();
    }
  });
});
