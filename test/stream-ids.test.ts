/**
 * wormhole.stream_open / stream_next / stream_close in the hands of a hostile role: a plain SQL
 * client holding wormhole_user, not pg-wormhole. A stream's function must run only in the
 * transaction, and not after a rollback to a savepoint set before it opened, of its stream_open; a
 * function deleted (or whose install rolled back) since then must never run again; a stream read
 * from inside itself, or interrupted while it ran, gives a clear error (not an internal one); the
 * limit is on streams open at once; and a generator an ended transaction left behind does not keep
 * its memory in the backend (docs/protocol.md, "Streams"). These streams are upstream PL/v8's:
 * plv8-compat refuses stream_open (the first test), so the rest run against an upstream server.
 */
import { Client } from 'pg';
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, dropRoles, TestDatabase, urlFor } from './support/database';
import { onOurEngine, upstreamOnly } from './support/engine';

const hostile = `wh_e2e_stream_ids_${process.pid}`;
let database: TestDatabase;
let wh: Wormhole;
let app: Client;

beforeAll(async () => {
  database = await createTestDatabase(
    'stream_ids',
    `
    CREATE SEQUENCE produced;
    CREATE TABLE closed (note text NOT NULL);
    GRANT ALL ON SEQUENCE produced TO PUBLIC;
    GRANT ALL ON closed TO PUBLIC;
    CREATE ROLE ${hostile} LOGIN;
    GRANT wormhole_user TO ${hostile};`,
  );
  // Only to build functions (hash and source); every statement below is plain SQL as the hostile role.
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
  await dropRoles(hostile);
});

beforeEach(async () => {
  app = new Client({ connectionString: urlFor(database.name, hostile) });
  await app.connect();
});

afterEach(async () => {
  await app.end();
});

/** The sequence's value: nextval is not rolled back, so it counts every step any generator ran. */
const produced = async (): Promise<number> =>
  Number((await database.admin((c) => c.query('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM produced'))).rows[0].v);

interface Fn {
  hash: string;
  source: string;
}

const open = async (fn: Fn, args = '[]'): Promise<string> =>
  (await app.query('SELECT wormhole.stream_open($1, $2, $3) AS id', [fn.hash, args, fn.source])).rows[0].id;
const next = async (id: string): Promise<string | null> => (await app.query('SELECT wormhole.stream_next($1) AS b', [id])).rows[0].b;
const close = (id: string) => app.query('SELECT wormhole.stream_close($1)', [id]);

const stale = (message: RegExp) => ({
  code: '34000',
  message: expect.stringMatching(message),
  hint: expect.stringMatching(/valid only in the transaction and for the role that opened it/),
});

describe('stream ids held by a hostile role', () => {
  it('plv8-compat refuses stream_open before anything runs (0A000, naming wormhole.stream); upstream answers an id', async () => {
    const counting = wh.remote(async function* (db) {
      await db.query("SELECT nextval('produced')");
      yield 1;
    });
    const before = await produced();
    if (onOurEngine()) {
      await expect(open(counting)).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringMatching(/wormhole\.stream_open is for upstream PL\/v8/),
        hint: expect.stringMatching(/wormhole\.stream /),
      });
    } else {
      await app.query('BEGIN');
      expect(await open(counting)).toEqual(expect.any(String));
      await app.query('ROLLBACK');
    }
    expect(await produced()).toBe(before); // opening runs none of the function
    expect((await app.query('SELECT 1 AS alive')).rows).toEqual([{ alive: 1 }]);
  });

  upstreamOnly('pulledStreams')(
    "a stream opened in a savepoint that rolled back, or in an earlier transaction of the same message, never runs again (34000); one opened before the savepoint goes on, as a cursor's",
    async () => {
      const counting = wh.remote(async function* (db) {
        for (;;) yield (await db.query("SELECT nextval('produced') AS v")).rows[0].v;
      });
      await app.query('BEGIN');
      const before = await open(counting);
      await app.query('SAVEPOINT s');
      const inside = await open(counting);
      expect(JSON.parse((await next(inside))!)).toHaveLength(64);
      expect(JSON.parse((await next(before))!)).toHaveLength(64);
      await app.query('ROLLBACK TO SAVEPOINT s');
      const ran = await produced();
      await expect(next(inside)).rejects.toMatchObject(stale(/subtransaction that has ended/));
      await app.query('ROLLBACK TO SAVEPOINT s');
      await expect(close(inside)).rejects.toMatchObject({ code: '34000' });
      await app.query('ROLLBACK TO SAVEPOINT s');
      expect(await produced()).toBe(ran);
      // PostgreSQL's rule for a cursor declared before the savepoint: it goes on.
      expect(JSON.parse((await next(before))!).length).toBeGreaterThan(0);
      await app.query('ROLLBACK');

      // Several transactions in one simple-protocol message share their start time.
      const at = await produced();
      const lit = (text: string) => app.escapeLiteral(text);
      await expect(
        app.query(
          `BEGIN; SELECT set_config('wh_e2e.id', wormhole.stream_open(${lit(counting.hash)}, '[]', ${lit(counting.source)}), false); COMMIT; ` +
            `BEGIN; SELECT wormhole.stream_next(current_setting('wh_e2e.id')); COMMIT;`,
        ),
      ).rejects.toMatchObject(stale(/transaction or subtransaction that has ended/));
      await app.query('ROLLBACK');
      expect(await produced()).toBe(at);
      expect((await app.query('SELECT 1 AS alive')).rows).toEqual([{ alive: 1 }]);
    },
  );

  upstreamOnly('pulledStreams')(
    "a db.rows cursor that a ROLLBACK TO SAVEPOINT dropped gives a clear 34000 at the function's db.rows line, not a bare 'cannot find cursor'",
    async () => {
      const passOn = wh.remote(async function* (db, n: number) {
        yield 0;
        yield* db.rows('SELECT g FROM generate_series(1, $1::int) g', [n]); // marker: the rows
      });
      await app.query('BEGIN');
      const id = await open(passOn, '[100000]');
      await app.query('SAVEPOINT s');
      expect(JSON.parse((await next(id))!)).toEqual([0]);
      expect(JSON.parse((await next(id))!).length).toBeGreaterThan(0);
      await app.query('ROLLBACK TO SAVEPOINT s');
      const failure = await next(id).catch((error: unknown) => error);
      expect(failure).toMatchObject({
        code: '34000',
        message: expect.stringMatching(/db.rows: the cursor of this query is gone/),
        hint: expect.stringMatching(/open the stream again/),
      });
      expect(JSON.parse((failure as { detail: string }).detail)).toMatchObject({
        line: passOn.source.split('\n').findIndex((l) => l.includes('marker: the rows')) + 1,
      });
      await app.query('ROLLBACK');
    },
  );

  upstreamOnly('pulledStreams')(
    'a function deleted, or whose install rolled back, after stream_open never runs again: stream_next and stream_close refuse (34000)',
    async () => {
      const counting = wh.remote(async function* (db, tag: string) {
        try {
          for (;;) yield (await db.query("SELECT nextval('produced') AS v")).rows[0].v;
        } finally {
          await db.query('INSERT INTO closed (note) VALUES ($1)', [tag]);
        }
      });
      const remove = () => database.admin((c) => c.query('DELETE FROM wormhole.functions WHERE hash = $1', [counting.hash]));
      const finallyRan = async (tag: string): Promise<number> =>
        (await database.admin((c) => c.query('SELECT count(*)::int AS n FROM closed WHERE note = $1', [tag]))).rows[0].n;

      // Deleted (committed by an administrator) between two batches.
      await app.query('SELECT wormhole.install($1)', [counting.source]);
      await app.query('BEGIN');
      const deleted = await open(counting, '["deleted"]');
      expect(JSON.parse((await next(deleted))!)).toHaveLength(64);
      await remove();
      const ran = await produced();
      await app.query('SAVEPOINT s');
      await expect(next(deleted)).rejects.toMatchObject({
        code: '34000',
        message: expect.stringMatching(/the function of stream "\d+" is no longer installed/),
        hint: expect.stringMatching(/Open the stream again/),
      });
      await app.query('ROLLBACK TO SAVEPOINT s');
      await expect(close(deleted)).rejects.toMatchObject({ code: '34000' });
      await app.query('ROLLBACK');
      expect(await produced()).toBe(ran);

      // Deleted, then closed: its finally block (the function's code) does not run either.
      await app.query('SELECT wormhole.install($1)', [counting.source]);
      await app.query('BEGIN');
      const closing = await open(counting, '["closing"]');
      expect(JSON.parse((await next(closing))!)).toHaveLength(64);
      await remove();
      await expect(close(closing)).rejects.toMatchObject({ code: '34000', message: expect.stringMatching(/no longer installed/) });
      await app.query('ROLLBACK');
      expect(await finallyRan('closing')).toBe(0);

      // Installed by stream_open inside a savepoint that rolled back, read from a stream opened before it.
      await app.query('BEGIN');
      await app.query('SAVEPOINT s');
      const installedHere = await open(counting, '["rolled back"]');
      await app.query('ROLLBACK TO SAVEPOINT s');
      expect((await app.query('SELECT count(*)::int AS n FROM wormhole.functions WHERE hash = $1', [counting.hash])).rows[0].n).toBe(0);
      const at = await produced();
      await expect(next(installedHere)).rejects.toMatchObject({ code: '34000' });
      await app.query('ROLLBACK');
      expect(await produced()).toBe(at);
    },
  );

  upstreamOnly('pulledStreams')("a stream's own function reading or closing it gets 24000, and the stream ends with that error", async () => {
    const selfReader = wh.remote(async function* (db, self: string, how: string) {
      yield 'before';
      await db.query(how === 'next' ? 'SELECT wormhole.stream_next($1)' : 'SELECT wormhole.stream_close($1)', [self]);
      yield 'after';
    });
    for (const how of ['next', 'close']) {
      await app.query('BEGIN');
      // Ids count up per backend: the one after a throwaway stream's is the next stream's.
      const self = String(Number(await open(selfReader, '["none", "next"]')) + 1);
      expect(await open(selfReader, JSON.stringify([self, how]))).toBe(self);
      expect(JSON.parse((await next(self))!)).toEqual(['before']);
      await expect(next(self)).rejects.toMatchObject({
        code: '24000',
        message: expect.stringMatching(new RegExp(`wormhole.stream_${how}: stream "${self}" is running`)),
        hint: expect.stringMatching(/cannot read or close its own stream/),
      });
      await app.query('ROLLBACK');
    }
    expect((await app.query('SELECT 1 AS alive')).rows).toEqual([{ alive: 1 }]);
  });

  upstreamOnly('pulledStreams')(
    'the limit is on streams open at once: more than 1,000 read one after another pass; the 1,001st open one is refused (54000)',
    async () => {
      const few = wh.remote(async function* (db, n: number) {
        for (let i = 0; i < n; i++) yield i;
      });
      await app.query('SELECT wormhole.install($1)', [few.source]);
      await app.query('BEGIN');
      // Each read to its end (an empty stream ends at its first stream_next).
      const ended = await app.query(
        `SELECT count(*)::int AS n FROM generate_series(1, 1100) WHERE wormhole.stream_next(wormhole.stream_open($1, '[0]')) IS NULL`,
        [few.hash],
      );
      expect(ended.rows[0].n).toBe(1100);
      const kept = await app.query(`SELECT wormhole.stream_open($1, '[5]') AS id FROM generate_series(1, 1000)`, [few.hash]);
      await app.query('SAVEPOINT s');
      await expect(open(few, '[5]')).rejects.toMatchObject({
        code: '54000',
        message: expect.stringMatching(/has 1000 streams open/),
        hint: expect.stringMatching(/Read each stream to its end or close it/),
      });
      await app.query('ROLLBACK TO SAVEPOINT s');
      // As the hint says: a stream closed makes room.
      await close(kept.rows[0].id);
      expect(JSON.parse((await next(await open(few, '[2]')))!)).toEqual([0, 1]);
      await app.query('ROLLBACK');
    },
  );

  upstreamOnly('pulledStreams')(
    "a generator an ended transaction left suspended does not keep its memory: the backend's next call has all of it",
    async () => {
      const hoarder = wh.remote(async function* (db, megabytes: number) {
        const kept: number[][] = [];
        for (let i = 0; i < megabytes; i++) kept.push(new Array(131072).fill(i));
        for (let i = 0; i < 1000; i++) yield kept.length;
      });
      const spender = wh.remote(async (db, megabytes: number) => {
        const held: number[][] = [];
        for (let i = 0; i < megabytes; i++) held.push(new Array(131072).fill(i));
        return held.length;
      });
      await app.query('SELECT wormhole.install($1), wormhole.install($2)', [hoarder.source, spender.source]);
      const call = async (n: number) => (await app.query('SELECT wormhole.call($1, $2) AS r', [spender.hash, `[${n}]`])).rows[0].r;
      const limit = Number(
        (await app.query("SELECT pg_catalog.current_setting('plv8.memory_limit', true) AS l")).rows[0].l?.replace(/MB$/, '') || 256,
      );
      // Each of the two alone fits; both at once do not.
      const share = Math.floor(limit * 0.6);
      expect(await call(share)).toBe(String(share));
      await app.query('BEGIN');
      expect(JSON.parse((await next(await open(hoarder, `[${share}]`)))!)).toHaveLength(64);
      await app.query('COMMIT');
      expect(await call(share)).toBe(String(share));
    },
  );
});
