/**
 * The server forgets a function (its catalog row deleted, a new backend): the SDK notices the NULL
 * answer and teaches it again, transparently, within the same call.
 */
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase('reteach');
  // maxUses: 1 gives every call a new backend, so no backend-local cache can hide the deletion.
  wh = await connect({ connectionString: database.url, maxUses: 1 });
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

describe('re-teaching a server that lost a function', () => {
  it('sends the source again and returns the right answer', async () => {
    const double = wh.remote(async (db, x: number) => x * 2);
    expect(await double(1)).toBe(2);
    expect(await double(2)).toBe(4);
    const known = await database.admin((c) => c.query('SELECT 1 FROM wormhole.functions WHERE hash = $1', [double.hash]));
    expect(known.rowCount).toBe(1);

    await database.admin((c) => c.query('DELETE FROM wormhole.functions'));
    const before = wh.stats;
    expect(await double(21)).toBe(42);
    expect(wh.stats.reteaches - before.reteaches).toBe(1);
    expect(wh.stats.roundTrips - before.roundTrips).toBe(2); // NULL answer, then call-and-install
    const again = await database.admin((c) => c.query('SELECT 1 FROM wormhole.functions WHERE hash = $1', [double.hash]));
    expect(again.rowCount).toBe(1);

    // Taught again: back to one round trip per call.
    const settled = wh.stats.roundTrips;
    expect(await double(5)).toBe(10);
    expect(wh.stats.roundTrips - settled).toBe(1);
  });

  it('re-teaches after an install that a rolled-back transaction undid', async () => {
    const triple = wh.remote(async (db, x: number) => x * 3);
    await expect(
      wh.transaction(async (tx) => {
        expect(await tx.run(triple, 2)).toBe(6);
        throw new Error('roll back the install too');
      }),
    ).rejects.toThrow('roll back');
    const before = wh.stats.reteaches;
    expect(await triple(3)).toBe(9);
    expect(wh.stats.reteaches - before).toBe(1);
  });
});
