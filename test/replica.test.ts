/**
 * Read replicas: two streaming hot standbys of the private cluster (scripts/replica.sh). Read-only
 * functions run there (round-robin over healthy replicas, primary when none is), installs go to the
 * primary, a replica that does not know a function yet gets it by replay, and read-your-writes waits
 * for the replica to replay the caller's last write.
 */
import { CallEvent, connect, RemoteSqlError, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { ensureStarted, replicaUrlFor, waitForReplicaDatabase } from './support/servers';

let database: TestDatabase;
let wh: Wormhole;
let replicaUrl: string;
let replica2Url: string;

beforeAll(async () => {
  ensureStarted('replica');
  database = await createTestDatabase(
    'replica',
    `
    CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);
    DO $$ BEGIN CREATE ROLE wh_replica_app LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$; GRANT wormhole_user TO wh_replica_app;
    GRANT SELECT, INSERT ON notes TO wh_replica_app; GRANT USAGE ON SEQUENCE notes_id_seq TO wh_replica_app;`,
  );
  replicaUrl = replicaUrlFor(database.name);
  replica2Url = replicaUrlFor(database.name, undefined, 2);
  await waitForReplicaDatabase(database.name, 1);
  await waitForReplicaDatabase(database.name, 2);
  wh = await connect({ primary: database.url, replicas: [replicaUrl] }, { readYourWrites: true, replicaWaitMs: 5000 });
}, 120_000);

afterAll(async () => {
  await wh?.close();
  await database?.admin((c) => c.query('DROP OWNED BY wh_replica_app'));
  await database?.drop();
});

/** Where a function ran: whether that server is a standby, and which one (its port). */
const where = (w: Wormhole) =>
  w.remote(
    async (db) => db.queryOne<{ standby: boolean; port: number }>("SELECT pg_is_in_recovery() AS standby, current_setting('port')::int AS port"),
    { readOnly: true },
  );
const portOf = (url: string) => Number(new URL(url).port);

describe('read replicas', () => {
  it('the test command runs two streaming standbys of the private cluster', async () => {
    const status = await wh.db.queryValue<number>("SELECT count(*)::int FROM pg_stat_replication WHERE state = 'streaming'");
    expect(status).toBeGreaterThanOrEqual(2);
  });

  it('runs a read-only function on the replica, installing it through the primary first', async () => {
    const before = { ...wh.stats };
    // A fresh source (the timestamp) that neither server knows: the replica answers "unknown", the SDK
    // installs it on the primary, waits for the replica to replay that, and calls the replica again.
    const fresh = wh.remote(
      new Function('return ' + `async (db, n) => ({ n, standby: await db.queryValue('SELECT pg_is_in_recovery()'), t: ${Date.now()} })`)() as (
        db: any,
        n: number,
      ) => Promise<{ n: number; standby: boolean }>,
      { readOnly: true, name: 'fresh' },
    );
    const result = await fresh(7);
    expect(result).toMatchObject({ n: 7, standby: true });
    expect(wh.stats.installs - before.installs).toBe(1);
    expect(wh.stats.replicaCalls - before.replicaCalls).toBe(1);
    expect(wh.stats.replicaFallbacks - before.replicaFallbacks).toBe(0);
    // The install went to the primary's catalog.
    expect(await wh.db.queryValue<number>('SELECT count(*)::int FROM wormhole.functions WHERE hash = $1', [fresh.hash])).toBe(1);
    expect(await fresh(8)).toMatchObject({ n: 8, standby: true });
  });

  it('a function not marked read-only runs on the primary', async () => {
    const writeNote = wh.remote(async (db, body: string) => {
      const id = await db.queryValue<number>('INSERT INTO notes (body) VALUES ($1) RETURNING id', [body]);
      return { id, standby: await db.queryValue<boolean>('SELECT pg_is_in_recovery()') };
    });
    expect(await writeNote('on the primary')).toMatchObject({ standby: false });
  });

  it('read-your-writes: a read right after a write sees it on the replica, every time', async () => {
    const writeNote = wh.remote(async (db, body: string) => db.queryValue<number>('INSERT INTO notes (body) VALUES ($1) RETURNING id', [body]));
    const readNote = wh.remote(
      async (db, id: number) => ({
        body: (await db.query<{ body: string }>('SELECT body FROM notes WHERE id = $1', [id])).rows[0]?.body ?? null,
        standby: await db.queryValue<boolean>('SELECT pg_is_in_recovery()'),
      }),
      { readOnly: true },
    );
    for (let i = 0; i < 10; i++) {
      const id = await writeNote(`note ${i}`);
      expect(await readNote(id)).toEqual({ body: `note ${i}`, standby: true });
    }
  });

  it('round-robin over two replicas: calls alternate between them', async () => {
    const two = await connect({ primary: database.url, replicas: [replicaUrl, replica2Url] });
    try {
      const fn = where(two);
      const ports: number[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await fn();
        expect(r.standby).toBe(true);
        ports.push(r.port);
      }
      const [a, b] = [portOf(replicaUrl), portOf(replica2Url)];
      expect(ports).toEqual([a, b, a, b, a, b]);
      expect(two.stats.replicaFallbacks).toBe(0);
    } finally {
      await two.close();
    }
  });

  it('onCall and the logger see a call on a replica: its round trips and its console output', async () => {
    const events: CallEvent[] = [];
    const logged: string[] = [];
    const line = (message: string) => void logged.push(message);
    const logger = { log: line, info: line, warn: line, error: line, debug: line };
    // The replica must replay the install within replicaWaitMs, or the call runs on the primary: as
    // for `wh`, room for a loaded machine (the default is 2 s).
    const seen = await connect({ primary: database.url, replicas: [replicaUrl] }, { onCall: (e) => events.push(e), logger, replicaWaitMs: 5000 });
    try {
      const noisy = seen.remote(
        async (db) => {
          console.log('on the standby:', await db.queryValue<boolean>('SELECT pg_is_in_recovery()'));
          return 1;
        },
        { readOnly: true, name: 'noisy' },
      );
      expect(await noisy()).toBe(1);
      expect(seen.stats.replicaCalls).toBeGreaterThanOrEqual(1);
      const last = events[events.length - 1];
      expect(last).toMatchObject({ name: 'noisy', outcome: 'ok' });
      // At least the call itself on the replica; more when the replica had to be taught the function.
      expect(last.roundTrips).toBeGreaterThanOrEqual(1);
      expect(logged.join('\n')).toContain('on the standby: true');
    } finally {
      await seen.close();
    }
  });

  it('skips a replica that is down, and falls back to the primary when none is healthy', async () => {
    const dead = 'postgres://postgres@127.0.0.1:1/nowhere'; // nothing listens on port 1
    const mixed = await connect({ primary: database.url, replicas: [dead, replicaUrl, replica2Url] }, { replicaRetryMs: 60_000 });
    const onlyDead = await connect({ primary: database.url, replicas: [dead] }, { replicaRetryMs: 60_000 });
    try {
      const ports = new Set<number>();
      for (let i = 0; i < 4; i++) {
        const r = await where(mixed)();
        expect(r.standby).toBe(true);
        ports.add(r.port);
      }
      expect([...ports].sort()).toEqual([portOf(replicaUrl), portOf(replica2Url)].sort()); // both healthy ones serve
      expect(mixed.stats.replicaFallbacks).toBe(0);
      expect((await where(onlyDead)()).standby).toBe(false);
      expect((await where(onlyDead)()).standby).toBe(false);
      expect(onlyDead.stats.replicaFallbacks).toBe(2);
    } finally {
      await mixed.close();
      await onlyDead.close();
    }
  });

  it('a read-only function that writes fails on the replica with 25006, and nothing is written', async () => {
    const sneaky = wh.remote(async (db) => db.query("INSERT INTO notes (body) VALUES ('sneaky')"), { readOnly: true });
    const error = await sneaky().catch((e) => e);
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error.code).toBe('25006');
    expect(await wh.db.queryValue<number>("SELECT count(*)::int FROM notes WHERE body = 'sneaky'")).toBe(0);
  });

  it('works for an ordinary role, and with statementTimeout (SET LOCAL on the standby)', async () => {
    const app = await connect(
      { primary: database.url.replace('postgres@', 'wh_replica_app@'), replicas: [replicaUrl.replace('postgres@', 'wh_replica_app@')] },
      { statementTimeout: 200 },
    );
    try {
      const slow = app.remote(async (db) => db.query('SELECT pg_sleep(1)'), { readOnly: true });
      const error = await slow().catch((e) => e);
      expect(error.name).toBe('RemoteTimeoutError');
      const who = app.remote(async (db) => db.queryValue<string>('SELECT current_user'), { readOnly: true });
      expect(await who()).toBe('wh_replica_app');
      expect(app.stats.replicaCalls).toBe(1);
    } finally {
      await app.close();
    }
  });
});
