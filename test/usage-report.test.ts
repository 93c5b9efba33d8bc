/**
 * Usage reports (packages/sdk/src/usage-report.ts; docs/protocol.md, "Usage reports"): on upstream
 * PL/v8 the SDK tells the primary which functions it called, in a statement of its own, so prune can
 * judge use without any write inside a caller's transaction. On plv8-compat the engine's counters see
 * the primary's calls, and the SDK reports only those a replica answered. Here: a replica's read-only
 * call is reported to the primary and keeps its function from prune, a rolled-back transaction's call
 * still counts, reports work through PgBouncer, and wormhole.report_use refuses roles that may not
 * call and reports that are too large.
 */
import { Client } from 'pg';
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, dropRoles, TestDatabase, urlFor, waitFor } from './support/database';
import { onOurEngine } from './support/engine';
import { ensureStarted, poolerUrlFor, replicaUrlFor, waitForReplicaDatabase } from './support/servers';

let database: TestDatabase;
const noCall = `wh_e2e_nocall_${process.pid}`;

beforeAll(async () => {
  ensureStarted('replica');
  ensureStarted('pooler');
  database = await createTestDatabase('usage', 'CREATE TABLE marks (v int)');
  await waitForReplicaDatabase(database.name, 1);
}, 120_000);

afterAll(async () => {
  await database?.drop();
  await dropRoles(noCall).catch(() => undefined);
});

/** When the primary last recorded a report of `hash` (null: never). */
async function lastReported(hash: string): Promise<Date | null> {
  const { rows } = await database.admin((c) => c.query('SELECT last_reported_at FROM wormhole.reported_use WHERE hash = $1', [hash]));
  return rows[0]?.last_reported_at ?? null;
}

/**
 * A function no other run shares: its source (so its hash) holds a unique token, so the engine's
 * cluster-wide counters and the catalog start with nothing of it. `body` sees `db` and `x`.
 */
function fresh<R = string>(wh: Wormhole, marker: string, options: { readOnly?: boolean; body?: string } = {}) {
  const token = `${marker}:${process.pid}:${Date.now()}:${Math.random()}`;
  const body = options.body ?? `x + ${JSON.stringify(marker)}`;
  return wh.remote(new Function(`return async (db, x) => /* ${token} */ ${body}`)() as (db: unknown, x: any) => Promise<R>, {
    name: marker,
    readOnly: options.readOnly === true,
  });
}

/** A fresh function (see fresh), installed by a Wormhole of its own that is closed again. */
async function installedFresh(marker: string) {
  const wh = await connect(database.url);
  try {
    const fn = fresh(wh, marker);
    await wh.install(fn);
    return fn;
  } finally {
    await wh.close();
  }
}

/** Makes `hash` look installed an hour ago, with upstream's usage reporting begun before that. */
async function installedAnHourAgo(hash: string): Promise<void> {
  await database.admin(async (c) => {
    await c.query("UPDATE wormhole.functions SET installed_at = now() - interval '1 hour' WHERE hash = $1", [hash]);
    await c.query("UPDATE wormhole.usage_reporting SET started_at = now() - interval '1 hour'");
  });
}

/** The hashes `wormhole.prune(window, dry run)` would remove now. */
async function prunable(window: string): Promise<string[]> {
  const { rows } = await database.admin((c) => c.query('SELECT hash FROM wormhole.prune($1::interval, true)', [window]));
  return rows.map((r) => r.hash);
}

describe('usage reports', () => {
  it("a read-only call answered by a replica is reported to the primary (on plv8-compat too: the primary's counters cannot see it)", async () => {
    const wh = await connect({ primary: database.url, replicas: [replicaUrlFor(database.name)] }, { replicaWaitMs: 5000 });
    try {
      const read = fresh(wh, 'on-replica', { readOnly: true });
      await wh.install(read);
      await waitForReplicaToKnow(read.hash);
      const before = { ...wh.stats };
      expect(await read('x')).toBe('xon-replica');
      // The one call ran on the replica (not the primary as a fallback).
      expect(wh.stats.replicaCalls - before.replicaCalls).toBe(1);
      expect(wh.stats.replicaFallbacks - before.replicaFallbacks).toBe(0);
      expect(await lastReported(read.hash)).toBeNull(); // nothing before the interval (60 s) or a flush
      await wh.reportUsage();
      expect(await lastReported(read.hash)).toBeInstanceOf(Date);
      expect(wh.stats).toMatchObject({ usageReports: 1, usageReportFailures: 0 });
      // Installed an hour ago (and upstream's reporting began before): only the replica's call keeps it.
      await installedAnHourAgo(read.hash);
      expect(await prunable('30 seconds')).not.toContain(read.hash);
    } finally {
      await wh.close();
    }
  });

  it('a call inside wh.transaction that rolls back still counts as use (the report is a statement of its own)', async () => {
    const wh = await connect(database.url);
    try {
      const mark = fresh<number>(wh, 'mark', { body: "(await db.query('INSERT INTO marks VALUES ($1)', [x])).rowCount" });
      await wh.install(mark);
      await expect(
        wh.transaction(async (tx) => {
          expect(await tx.run(mark, 1)).toBe(1);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await wh.db.queryValue('SELECT count(*)::int FROM marks')).toBe(0);
      await wh.close(); // close sends the last report
      if (onOurEngine()) {
        expect(await lastReported(mark.hash)).toBeNull();
        // The engine's counters saw the call, rolled back or not.
        const { rows } = await database.admin((c) =>
          c.query('SELECT sum(calls)::int AS calls FROM wormhole.function_stats WHERE hash = $1', [mark.hash]),
        );
        expect(rows[0].calls).toBe(1);
      } else {
        expect(await lastReported(mark.hash)).toBeInstanceOf(Date);
      }
    } finally {
      await wh.close();
    }
  });

  it('a call in a read-only transaction is reported, and reports work through PgBouncer in transaction mode', async () => {
    const wh = await connect(poolerUrlFor(database.name));
    try {
      const read = fresh(wh, 'read-only-tx');
      await wh.install(read);
      expect(await wh.transaction((tx) => tx.run(read, 'x'), { readOnly: true })).toBe('xread-only-tx');
      await wh.reportUsage();
      expect(wh.stats.usageReportFailures).toBe(0);
      expect(await lastReported(read.hash)).toEqual(onOurEngine() ? null : expect.any(Date));
    } finally {
      await wh.close();
    }
  });

  it('prune never waits for a report in flight: a function whose row a report holds is kept', async () => {
    const held = await installedFresh('held');
    await installedAnHourAgo(held.hash);
    // A role's transaction that reported the function and stays open (as a hostile role's could).
    const reporter = new Client({ connectionString: database.url });
    await reporter.connect();
    try {
      await reporter.query('BEGIN');
      await reporter.query('SELECT wormhole.report_use($1::text[])', [[held.hash]]);
      const pruned = await database.admin(async (c) => {
        await c.query("SET lock_timeout = '5s'"); // without SKIP LOCKED this would fail after 5 s, not wait for ever
        return (await c.query("SELECT hash FROM wormhole.prune('20 seconds', true)")).rows.map((r) => r.hash);
      });
      expect(pruned).not.toContain(held.hash);
      await reporter.query('ROLLBACK');
      // Released, and never reported (the report rolled back): unused for the window, so listed.
      expect(await prunable('20 seconds')).toContain(held.hash);
    } finally {
      await reporter.end();
    }
  });

  it('report_use: a role that may not call functions cannot report their use; too many hashes is a clear error', async () => {
    const target = await installedFresh('guarded');
    await database.admin((c) =>
      c.query(`DROP ROLE IF EXISTS ${noCall}; CREATE ROLE ${noCall} LOGIN;
        GRANT USAGE ON SCHEMA wormhole TO ${noCall}; GRANT EXECUTE ON FUNCTION wormhole.report_use(text[]) TO ${noCall};`),
    );
    const outsider = new Client({ connectionString: urlFor(database.name, noCall) });
    await outsider.connect();
    try {
      await expect(outsider.query('SELECT wormhole.report_use($1::text[])', [[target.hash]])).rejects.toMatchObject({
        code: '42501',
        message: `role ${noCall} may not call Wormhole functions, so it cannot report their use`,
      });
      expect(await lastReported(target.hash)).toBeNull();
    } finally {
      await outsider.end();
      await database.admin((c) => c.query(`DROP OWNED BY ${noCall}`));
    }
    const tooMany = Array.from({ length: 1001 }, () => target.hash);
    await expect(database.admin((c) => c.query('SELECT wormhole.report_use($1::text[])', [tooMany]))).rejects.toMatchObject({
      code: '54000',
      message: 'report_use takes at most 1000 hashes per call, got 1001',
    });
    const { rows } = await database.admin((c) => c.query('SELECT wormhole.report_use($1::text[]) AS n', [[target.hash, 'f'.repeat(64)]]));
    expect(rows[0].n).toBe(1); // the unknown hash is ignored
  });
});

/** Waits until the replica has replayed the install of `hash`. */
async function waitForReplicaToKnow(hash: string): Promise<void> {
  const replica = new Client({ connectionString: replicaUrlFor(database.name) });
  await replica.connect();
  try {
    await waitFor(
      async () => (await replica.query('SELECT 1 FROM wormhole.functions WHERE hash = $1', [hash])).rowCount === 1,
      'the replica to replay the install',
    );
  } finally {
    await replica.end();
  }
}
