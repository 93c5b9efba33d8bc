/**
 * How the SDK finds a failed statement's position when the engine could not pass it on (upstream
 * PL/v8 gives JavaScript the statement but not the position): PostgreSQL parses the statement again
 * with a Parse of its own, nothing runs, and only the same error counts. errors.test.ts sees the
 * result end to end (on upstream, through this path; on plv8-compat, from the engine itself).
 */
import { Client } from 'pg';
import { positionOfFailure } from '../packages/sdk/src/statement-position';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let client: Client;

beforeAll(async () => {
  database = await createTestDatabase('statement_position', 'CREATE TABLE notes (id int PRIMARY KEY, body text);');
  client = new Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const syntaxError = { code: '42601', message: 'syntax error at or near "notes"' };

it('gives the position PostgreSQL reports for the same error', async () => {
  // "FRM" reads as a column alias, so the parser stops at "notes", character 14.
  expect(await positionOfFailure(client, 'SELECT 1 FRM notes', syntaxError.code, syntaxError.message)).toBe(14);
  // Parse analysis errors carry positions too.
  expect(await positionOfFailure(client, 'SELECT nope FROM notes', '42703', 'column "nope" does not exist')).toBe(8);
});

it('never runs the statement: one that parses gives no position and changes nothing', async () => {
  expect(await positionOfFailure(client, "INSERT INTO notes VALUES (1, 'x')", syntaxError.code, syntaxError.message)).toBeUndefined();
  expect((await client.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 0 }]);
});

it('takes no position from a different error (another connection may see another search_path)', async () => {
  expect(await positionOfFailure(client, 'SELECT 1 FRM notes', syntaxError.code, 'syntax error at or near "elsewhere"')).toBeUndefined();
  expect(await positionOfFailure(client, 'SELECT 1 FRM notes', '42P01', syntaxError.message)).toBeUndefined();
});

it('leaves the connection idle and usable, outside any transaction', async () => {
  await positionOfFailure(client, 'SELECT 1 FRM notes', syntaxError.code, syntaxError.message);
  await client.query('BEGIN');
  await client.query("INSERT INTO notes VALUES (2, 'kept')");
  await client.query('COMMIT');
  expect((await client.query('SELECT body FROM notes WHERE id = 2')).rows).toEqual([{ body: 'kept' }]);
});

it("does not Parse through another driver's adapter (it cannot take a node-postgres Submittable)", async () => {
  const query = jest.fn();
  expect(await positionOfFailure({ query }, 'SELECT 1 FRM notes', syntaxError.code, syntaxError.message)).toBeUndefined();
  expect(query).not.toHaveBeenCalled();
});
