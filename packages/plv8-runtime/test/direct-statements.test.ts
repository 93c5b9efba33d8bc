/**
 * Which remote functions run their queries without a subtransaction each (direct-statements.ts):
 * read from the source text, conservatively. Outside PostgreSQL there is no engine switch, so
 * runsDirectly is false here; the end-to-end tests (test/failed-queries.test.ts) see the switch work.
 */
import { createDb } from '../src/db';
import { mayCatchQueryErrors, mayQuery, QUERY_METHODS, runsDirectly } from '../src/direct-statements';

describe('mayCatchQueryErrors', () => {
  it.each([
    ['try/catch', 'async (db) => { try { await db.query("x"); } catch (e) { return 0; } }'],
    ['try/finally', 'async (db) => { try { await db.query("x"); } finally { log(); } }'],
    ['.catch()', 'async (db) => db.query("x").catch(() => null)'],
    ['.then(…, onRejected)', 'async (db) => db.query("x").then((r) => r, () => null)'],
    ['.finally()', 'async (db) => db.query("x").finally(() => null)'],
    ['Promise.allSettled', 'async (db) => Promise.allSettled([db.query("x")])'],
    ['Promise.any', 'async (db) => Promise.any([db.query("x"), db.query("y")])'],
    ['Promise.race', 'async (db) => Promise.race([db.query("x"), db.query("y")])'],
    ['the word in a comment', 'async (db) => /* no catch here */ db.query("x")'],
  ])('is true for %s', (_what, source) => {
    expect(mayCatchQueryErrors(source)).toBe(true);
  });

  it.each([
    ['sequential awaits', 'async (db, a) => { const r = await db.queryOne("x", [a]); await db.query("y"); return r; }'],
    ['Promise.all', 'async (db) => { const [a, b] = await Promise.all([db.query("x"), db.query("y")]); return [a, b]; }'],
    ['a word that only contains one of them', 'async (db) => { const thence = 1; const catchment = 2; return db.query("x", [thence, catchment]); }'],
  ])('is false for %s', (_what, source) => {
    expect(mayCatchQueryErrors(source)).toBe(false);
  });
});

describe('mayQuery', () => {
  it.each(QUERY_METHODS)('is true for a source that calls db.%s', (method) => {
    expect(mayQuery(`async (db) => db.${method}('SELECT 1')`)).toBe(true);
  });

  it('is false for a function that runs no query', () => {
    expect(mayQuery('async (db, a, b) => a + b')).toBe(false);
  });

  it('names every method of the server db, and nothing else', () => {
    expect([...QUERY_METHODS].sort()).toEqual(Object.keys(createDb()).sort());
  });
});

describe('runsDirectly', () => {
  it('is false without the engine switch (upstream PL/v8, or outside PostgreSQL)', () => {
    expect(runsDirectly('async (db) => db.query("x")')).toBe(false);
  });
});
