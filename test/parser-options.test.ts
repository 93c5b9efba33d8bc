/**
 * The validator and the installer's async rewrite parse the source with the same options
 * (@wormhole/protocol PARSER_OPTIONS) and agree on what may follow the function: sources that one
 * accepted and the other refused now install and run on the server, or are refused by both.
 */
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('parser_options', '');
});

afterAll(async () => {
  await database?.drop();
});

describe('what may follow the function', () => {
  it.each([
    ['an HTML-like comment', '(db) => 1 <!-- x'],
    ['one semicolon', 'async (db) => 1;'],
    ['a line comment', 'async (db) => 1 // done'],
  ])('%s: installs and runs', async (_what, source) => {
    await database.admin(async (c) => {
      const {
        rows: [{ hash }],
      } = await c.query('SELECT wormhole.install($1) AS hash', [source]);
      const {
        rows: [{ result }],
      } = await c.query('SELECT wormhole.call($1, $2) AS result', [hash, '[]']);
      expect(result).toBe('1');
    });
  });

  it('more code after the function is refused with WH001 (single-function), and nothing is installed', async () => {
    await database.admin(async (c) => {
      await expect(c.query('SELECT wormhole.install($1)', ['(db) => 1 <!-- x\nfoo()'])).rejects.toMatchObject({ code: 'WH001' });
      const {
        rows: [{ n }],
      } = await c.query("SELECT count(*)::int AS n FROM wormhole.functions WHERE source LIKE '%foo()%'");
      expect(n).toBe(0);
    });
  });
});
