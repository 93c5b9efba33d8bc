/**
 * Streams: an async generator remote function read with `for await` (pg-wormhole's stream.ts,
 * wormhole.stream, the engine's value-per-call SETOF; on upstream PL/v8 stream_open/stream_next).
 * Values arrive in order and in batches; the server runs only about a batch ahead of the consumer;
 * stopping early closes the generator (its finally runs) and leaves the connection usable; errors
 * and timeouts end the stream like a call.
 */
import { Client } from 'pg';
import { connect, RemoteFunctionError, Wormhole, WormholeError } from 'pg-wormhole';
import { createTestDatabase, TestDatabase, urlFor } from './support/database';
import { ourEngineOnly, upstreamOnly } from './support/engine';

const appRole = `wh_e2e_stream_app_${process.pid}`;
const outsider = `wh_e2e_stream_outsider_${process.pid}`;
let database: TestDatabase;
let wh: Wormhole;
let client: Client;
let single: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'stream',
    `
    CREATE SEQUENCE produced;
    CREATE TABLE closed (note text NOT NULL);
    GRANT ALL ON SEQUENCE produced TO PUBLIC;
    GRANT ALL ON closed TO PUBLIC;
    CREATE ROLE ${appRole} LOGIN;
    CREATE ROLE ${outsider} LOGIN;
    GRANT wormhole_user TO ${appRole};
    CREATE TABLE notes (owner text NOT NULL, body text NOT NULL);
    ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_notes ON notes USING (owner = current_user);
    GRANT SELECT ON notes TO ${appRole};
    INSERT INTO notes VALUES ('${appRole}', 'mine'), ('someone_else', 'theirs');
    CREATE TABLE secrets (v text);
    INSERT INTO secrets VALUES ('hidden');`,
  );
  wh = await connect(database.url);
  // One connection only: a stream that did not give its connection back would block the next call.
  client = new Client({ connectionString: database.url });
  await client.connect();
  single = await connect(client);
});

afterAll(async () => {
  await single?.close();
  await client?.end();
  await wh?.close();
  await database?.drop();
  const admin = new Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  await admin.query(`DROP ROLE IF EXISTS ${appRole}`);
  await admin.query(`DROP ROLE IF EXISTS ${outsider}`);
  await admin.end();
});

const produced = async () => Number((await database.admin((c) => c.query('SELECT last_value, is_called FROM produced'))).rows[0].last_value);

describe('streams (async generator remote functions)', () => {
  it('delivers every yielded value in order, across many batches, values of every wire type', async () => {
    const numbers = wh.remote(async function* (db, n: number) {
      for (let i = 0; i < n; i++) yield { i, label: `row ${i}`, at: new Date(Date.UTC(2024, 0, 1, 0, 0, i % 60)), big: BigInt(i) * 10n };
    });
    const seen: Array<{ i: number; label: string; at: Date; big: bigint }> = [];
    for await (const v of numbers(20_000)) seen.push(v);
    expect(seen.length).toBe(20_000);
    expect(seen.every((v, k) => v.i === k && v.label === `row ${k}` && v.big === BigInt(k) * 10n)).toBe(true);
    expect(seen[61].at).toEqual(new Date(Date.UTC(2024, 0, 1, 0, 0, 1)));
  });

  it('streams rows of a query with await between yields, and yield* over an array', async () => {
    const rows = wh.remote(async function* (db, n: number) {
      const { rows } = await db.query('SELECT g AS id FROM generate_series(1, $1) g', [n]);
      yield* rows.map((r) => r.id);
      yield 'end';
    });
    const got: unknown[] = [];
    for await (const v of rows(5)) got.push(v);
    expect(got).toEqual([1, 2, 3, 4, 5, 'end']);
    // db.rows: the rows through a cursor, read as the stream sends them (several fetches here).
    const cursor = wh.remote(async function* (db, n: number) {
      yield* db.rows<{ id: number; big: number }>('SELECT g AS id, g::int8 * 3 AS big FROM generate_series(1, $1) g', [n]);
    });
    let k = 0;
    for await (const row of cursor(12_345)) {
      k++;
      if (row.id !== k || row.big !== 3 * k) throw new Error(`row ${k} is ${JSON.stringify(row)}`);
    }
    expect(k).toBe(12_345);
    // The same rows through db.rows (a stream; on plv8-compat mostly the engine's own JSON) as through db.query (a call).
    const sql = `SELECT g AS id, g::int8 * 1099511627776 AS big, g % 2 = 0 AS even, g::oid AS o,
                        E'q"\\\n\t' || g || chr(1) || ' é😀' AS t, CASE WHEN g % 3 = 0 THEN NULL ELSE 'v' END::varchar AS v
                 FROM generate_series(1, $1) g`;
    const streamed = wh.remote(async function* (db, q: string, n: number) {
      yield* db.rows(q, [n]);
    });
    const called = wh.remote(async (db, q: string, n: number) => (await db.query(q, [n])).rows);
    const viaStream: unknown[] = [];
    for await (const row of streamed(sql, 3000)) viaStream.push(row);
    expect(viaStream).toEqual(await called(sql, 3000));
    // Columns the engine does not write as JSON (float, date) and a single column named like a wire tag.
    for (const q of [
      'SELECT g / 3.0::float8 AS f, now()::date AS d FROM generate_series(1, $1) g',
      'SELECT g AS "$date" FROM generate_series(1, $1) g',
    ]) {
      const rows: unknown[] = [];
      for await (const row of streamed(q, 500)) rows.push(row);
      expect(rows).toEqual(await called(q, 500));
    }
    // for await over db.rows: each row passes through the function (here doubled), read as the stream asks.
    const doubled = wh.remote(async function* (db, n: number) {
      for await (const row of db.rows<{ id: number }>('SELECT g AS id FROM generate_series(1, $1) g', [n])) yield row.id * 2;
      yield -1;
    });
    const twice: number[] = [];
    for await (const v of doubled(1000)) twice.push(v);
    expect(twice).toEqual([...Array.from({ length: 1000 }, (_, i) => 2 * (i + 1)), -1]);
    const empty = wh.remote(async function* (db) {});
    const none: unknown[] = [];
    for await (const v of empty()) none.push(v);
    expect(none).toEqual([]);
  });

  it('runs only about a batch ahead of the consumer (back-pressure)', async () => {
    const counted = wh.remote(async function* (db, n: number) {
      for (let i = 0; i < n; i++) yield (await db.query("SELECT nextval('produced') AS v")).rows[0].v;
    });
    const total = 1_000_000;
    const start = await produced();
    let read = 0;
    for await (const v of counted(total)) {
      read++;
      if (read === 100) {
        // Let the server produce whatever it would run ahead, then count what it produced.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const ahead = (await produced()) - start;
        // The batch being read and the two requested ahead (up to 8192 values each: stream.ts in the runtime), not the million.
        expect(ahead).toBeGreaterThanOrEqual(100);
        expect(ahead).toBeLessThan(50_000);
        void v;
        break;
      }
    }
  });

  it("stopping early runs the generator's finally, stops it, and leaves the connection usable", async () => {
    const endless = single.remote(async function* (db, tag: string) {
      try {
        for (;;) yield (await db.query("SELECT nextval('produced') AS v")).rows[0].v;
      } finally {
        await db.query('INSERT INTO closed (note) VALUES ($1)', [tag]);
      }
    });
    let n = 0;
    for await (const v of endless('broke')) {
      expect(typeof v).toBe('number');
      if (++n === 10) break;
    }
    const notes = (await database.admin((c) => c.query('SELECT note FROM closed'))).rows.map((r) => r.note);
    expect(notes).toContain('broke');
    const stoppedAt = await produced();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await produced()).toBe(stoppedAt);
    // The single connection came back: an ordinary call on it works, and so does another stream.
    const add = single.remote(async (db, a: number, b: number) => a + b);
    expect(await add(2, 3)).toBe(5);
    const firstThree: unknown[] = [];
    for await (const v of endless('again')) if (firstThree.push(v) === 3) break;
    expect(firstThree).toHaveLength(3);
  });

  it("an error thrown mid-stream ends it with the error at the user's line, after the values before it", async () => {
    const failing = single.remote(async function* (db, n: number) {
      for (let i = 0; i < n; i++) yield i;
      throw new Error(`gave up after ${n}`); // the line the error points at
    });
    const got: number[] = [];
    let caught: unknown;
    try {
      for await (const v of failing(3)) got.push(v);
    } catch (error) {
      caught = error;
    }
    expect(got).toEqual([0, 1, 2]);
    expect(caught).toBeInstanceOf(RemoteFunctionError);
    expect((caught as RemoteFunctionError).message).toBe('gave up after 3');
    expect((caught as RemoteFunctionError).location?.file).toBe(__filename);
    expect((caught as RemoteFunctionError).location?.line).toBe(lineOf('the line the error points at'));
    // The connection is still usable after the failed stream.
    const add = single.remote(async (db, a: number, b: number) => a * b);
    expect(await add(4, 5)).toBe(20);
  });

  ourEngineOnly('interrupts')('a timeout interrupts a stream stuck in its generator', async () => {
    const stuck = single.remote(
      async function* (db) {
        yield 1;
        for (;;);
      },
      { timeout: 300 },
    );
    const got: unknown[] = [];
    let caught: unknown;
    try {
      for await (const v of stuck()) got.push(v);
    } catch (error) {
      caught = error;
    }
    // The value yielded before the loop may or may not have been sent: its batch was still filling.
    expect(got.length).toBeLessThanOrEqual(1);
    expect((caught as WormholeError).code).toBe('57014');
    const add = single.remote(async (db, a: number) => a + 1);
    expect(await add(1)).toBe(2);
  });

  it('local mode runs the same generator on the client: the same values, a break commits after its finally, an error rolls back', async () => {
    const rows = wh.remote(async function* (db, n: number, tag: string) {
      try {
        for await (const row of db.rows<{ id: number }>('SELECT g AS id FROM generate_series(1, $1) g', [n])) {
          if (row.id === 4 && tag === 'fail') throw new Error('local failure');
          yield { id: row.id, at: new Date(Date.UTC(2024, 0, row.id)) };
        }
      } finally {
        await db.query('INSERT INTO closed (note) VALUES ($1)', [tag]);
      }
    });
    const remote = await drain(rows(5, 'remote'));
    expect(await drain(rows.local(5, 'local'))).toEqual(remote);
    for await (const v of rows.local(100, 'local-break')) if ((v as { id: number }).id === 2) break;
    await expect(drain(rows.local(10, 'fail'))).rejects.toThrow('local failure');
    const notes = (await database.admin((c) => c.query('SELECT note FROM closed'))).rows.map((r) => r.note);
    expect(notes).toEqual(expect.arrayContaining(['remote', 'local', 'local-break']));
    expect(notes).not.toContain('fail'); // its finally ran, but the transaction rolled back
  });

  it("runs with the caller's privileges: row-level security, no access to what the role cannot read, wormhole_user needed", async () => {
    const asApp = await connect(urlFor(database.name, appRole));
    const asOutsider = await connect(urlFor(database.name, outsider));
    try {
      const notes = asApp.remote(async function* (db) {
        yield await db.queryValue<string>('SELECT current_user');
        yield* db.rows<{ body: string }>('SELECT body FROM notes');
      });
      const got: unknown[] = [];
      for await (const v of notes()) got.push(v);
      expect(got).toEqual([appRole, { body: 'mine' }]);
      const peek = asApp.remote(async function* (db) {
        yield* db.rows('SELECT v FROM secrets');
      });
      await expect(drain(peek())).rejects.toMatchObject({ code: '42501' });
      const outside = asOutsider.remote(async function* (db) {
        yield 1;
      });
      await expect(drain(outside())).rejects.toMatchObject({ code: '42501' });
    } finally {
      await asApp.close();
      await asOutsider.close();
    }
  });

  it('refuses a stream inside wh.transaction; the server reads a stream only with wormhole.stream and a call only with wormhole.call', async () => {
    const gen = wh.remote(async function* (db) {
      yield 1;
    });
    await expect(wh.transaction(async () => gen())).rejects.toThrow(/transaction/);
    expect(() => gen.with({ timeout: 100 })).toThrow(/is a stream \(an async generator\): \.with\(\) is for calls/);
    const plain = wh.remote(async (db) => 1);
    await expect(database.admin((c) => c.query('SELECT wormhole.call($1, $2, $3, $4)', [gen.hash, '[]', gen.source, 'gen']))).rejects.toThrow(
      /is an async generator \(a stream\), so it cannot be called with wormhole.call/,
    );
    await expect(database.admin((c) => c.query('SELECT wormhole.stream($1, $2, $3, $4)', [plain.hash, '[]', plain.source, 'plain']))).rejects.toThrow(
      /is not an async generator, so it cannot be read with wormhole.stream/,
    );
  });
});

describe('streams read a batch per statement (wormhole.stream_open / stream_next / stream_close; what pg-wormhole sends on upstream PL/v8)', () => {
  const staleId = { code: '34000', hint: expect.stringMatching(/valid only in the transaction and for the role that opened it/) };

  upstreamOnly('pulledStreams')(
    'reads the batches, then NULL; an id is refused once closed, in a later transaction, for another role, or unknown (34000 with a hint)',
    async () => {
      const counter = wh.remote(async function* (db, n: number) {
        try {
          for (let i = 0; i < n; i++) yield i;
        } finally {
          await db.query('INSERT INTO closed (note) VALUES ($1)', [`pulled ${n}`]);
        }
      });
      const admin = new Client({ connectionString: database.url });
      await admin.connect();
      try {
        const open = async (n: number): Promise<string> =>
          (await admin.query('SELECT wormhole.stream_open($1, $2, $3, $4) AS id', [counter.hash, `[${n}]`, counter.source, 'counter'])).rows[0].id;
        const next = async (id: string): Promise<string | null> => (await admin.query('SELECT wormhole.stream_next($1) AS b', [id])).rows[0].b;
        await admin.query('BEGIN');
        const id = await open(3);
        expect(JSON.parse((await next(id))!)).toEqual([0, 1, 2]);
        expect(await next(id)).toBeNull();
        expect(await next(id)).toBeNull(); // ended stays ended (a request already on its way when it ended)
        await admin.query('SELECT wormhole.stream_close($1)', [id]); // nothing to stop
        const early = await open(1000);
        expect(JSON.parse((await next(early))!)).toHaveLength(64);
        await admin.query('SELECT wormhole.stream_close($1)', [early]);
        expect((await admin.query("SELECT count(*)::int AS n FROM closed WHERE note = 'pulled 1000'")).rows[0].n).toBe(1);
        await admin.query('SAVEPOINT closed_once');
        await expect(next(early)).rejects.toMatchObject({ ...staleId, message: expect.stringMatching(/was closed/) });
        await admin.query('ROLLBACK TO SAVEPOINT closed_once');
        await expect(admin.query('SELECT wormhole.stream_close($1)', [early])).rejects.toMatchObject(staleId);
        await admin.query('ROLLBACK');
        await admin.query('BEGIN');
        const kept = await open(5);
        await admin.query('COMMIT');
        await expect(next(kept)).rejects.toMatchObject({ ...staleId, message: expect.stringMatching(/earlier transaction/) });
        await admin.query('BEGIN');
        const mine = await open(5);
        await admin.query(`SET LOCAL ROLE ${appRole}`);
        await expect(next(mine)).rejects.toMatchObject(staleId);
        await admin.query('ROLLBACK');
        await expect(next('no such stream')).rejects.toMatchObject({ ...staleId, message: expect.stringMatching(/"no such stream" is not open/) });
      } finally {
        await admin.end();
      }
    },
  );
});

async function drain(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const v of iterable) out.push(v);
  return out;
}

function lineOf(marker: string): number {
  const lines = require('fs').readFileSync(__filename, 'utf8').split('\n');
  return lines.findIndex((l: string) => l.includes(marker) && !l.includes('lineOf')) + 1;
}
