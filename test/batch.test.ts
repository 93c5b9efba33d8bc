/**
 * wh.batch: several remote calls in one statement (wormhole.call_batch). Each call keeps its own
 * result or error; the batch is one transaction with a savepoint per call.
 */
import { ArgumentError, connect, RemoteFunctionError, RemoteSqlError, Wormhole, WormholeError } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'batch',
    `
    CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL);
    GRANT ALL ON notes TO PUBLIC;`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

const count = async () => Number((await database.admin((c) => c.query('SELECT count(*) AS n FROM notes'))).rows[0].n);

describe('wh.batch', () => {
  it('sends every call in one round trip and answers each result in order', async () => {
    const add = wh.remote(async (db, a: number, b: number) => a + b);
    const greet = wh.remote(async (db, name: string) => `hello ${name}`);
    const before = wh.stats;
    // First use: both functions travel with their source, still one statement.
    expect(await wh.batch((call) => [call(add, 1, 2), call(greet, 'ann'), call(add, 3, 4)])).toEqual([3, 'hello ann', 7]);
    expect(wh.stats.roundTrips - before.roundTrips).toBe(1);
    const again = wh.stats;
    expect(await wh.batch((call) => Array.from({ length: 10 }, (_, i) => call(add, i, i)))).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(wh.stats.roundTrips - again.roundTrips).toBe(1);
    expect(wh.stats.calls - again.calls).toBe(10);
  });

  it('keeps each call its own error, rolls back only the failed call, commits the rest together', async () => {
    const insert = wh.remote(async (db, id: number, body: string) => {
      await db.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [id, body]);
      if (body === 'bad') throw new Error(`refused ${id}`);
      return id;
    });
    const base = await count();
    const outcomes = await wh.batch((call) => Promise.allSettled([call(insert, 1, 'a'), call(insert, 2, 'bad'), call(insert, 3, 'c')]));
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(outcomes[2]).toEqual({ status: 'fulfilled', value: 3 });
    expect(outcomes[1].status).toBe('rejected');
    const error = (outcomes[1] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toBe('refused 2');
    expect(error.location?.file).toBe(__filename); // mapped to this file, like a single call's error
    expect(await count()).toBe(base + 2);
    const ids = (await database.admin((c) => c.query('SELECT id FROM notes ORDER BY id'))).rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([1, 3]));
    expect(ids).not.toContain(2);
  });

  it('gives a failed statement its PostgreSQL fields (constraint, table)', async () => {
    const insert = wh.remote(async (db, id: number) => db.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [id, 'x']).then(() => id));
    const [ok, dup] = await wh.batch((call) => Promise.allSettled([call(insert, 10), call(insert, 10)]));
    expect(ok).toEqual({ status: 'fulfilled', value: 10 });
    const error = (dup as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error.code).toBe('23505');
    expect(error.constraint).toBe('notes_pkey');
    expect(error.table).toBe('notes');
  });

  it('rejects like Promise.all when the builder returns an array and a call fails', async () => {
    const fail = wh.remote(async (db, x: number) => {
      if (x > 1) throw new Error('too big');
      return x;
    });
    await expect(wh.batch((call) => [call(fail, 1), call(fail, 2)])).rejects.toThrow('too big');
  });

  it('teaches a server that lost a function again, in a second round trip', async () => {
    const triple = wh.remote(async (db, x: number) => x * 3);
    expect(await wh.batch((call) => [call(triple, 1)])).toEqual([3]);
    await database.admin((c) => c.query('DELETE FROM wormhole.functions WHERE hash = $1', [triple.hash]));
    const before = wh.stats;
    expect(await wh.batch((call) => [call(triple, 2), call(triple, 3)])).toEqual([6, 9]);
    expect(wh.stats.roundTrips - before.roundTrips).toBe(2);
    expect(wh.stats.reteaches - before.reteaches).toBe(2);
  });

  it('checks arguments before sending anything', async () => {
    const one = wh.remote(async (db, x: number) => x);
    const before = wh.stats.roundTrips;
    await expect(wh.batch((call) => [call(one, 1), (call as any)(one, 1, 2)])).rejects.toBeInstanceOf(ArgumentError);
    await expect(wh.batch((call) => [(call as any)(async () => 1)])).rejects.toThrow(/wh.remote/);
    expect(wh.stats.roundTrips).toBe(before);
  });

  it('refuses a call made after the batch was sent, and a batch inside a transaction', async () => {
    const one = wh.remote(async (db, x: number) => x);
    let late: ((fn: typeof one, x: number) => Promise<number>) | undefined;
    expect(
      await wh.batch((call) => {
        late = call;
        return [call(one, 1)];
      }),
    ).toEqual([1]);
    expect(() => late!(one, 2)).toThrow(WormholeError);
    await expect(wh.transaction(async () => wh.batch((call) => [call(one, 1)]))).rejects.toThrow(/inside wh.transaction/);
  });

  it('answers what the builder returned when it made no call, without a round trip', async () => {
    const before = wh.stats.roundTrips;
    expect(await wh.batch(() => 'nothing')).toBe('nothing');
    expect(wh.stats.roundTrips).toBe(before);
  });
});
