/**
 * Call auditing writes no row: with the policy's audit_calls on, each call leaves one line in the
 * server log, in a fixed format a DBA can grep:
 *   wormhole: AUDIT call hash=<sha-256> outcome=<ok | SQLSTATE> ms=<duration>
 * The role, database and pid come from the server's log_line_prefix. A session that asks for LOG
 * messages (client_min_messages = log) sees the same line, which is how this test reads it.
 */
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let client: Client;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('audit_log', 'SELECT wormhole.set_policy(audit_calls => true)');
  client = new Client({ connectionString: database.url });
  await client.connect();
  client.on('notice', (msg: { message?: string }) => lines.push(msg.message ?? ''));
  await client.query('SET client_min_messages = log');
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const audits = () => lines.filter((l) => l.startsWith('wormhole: AUDIT call'));

test('each call leaves one audit line with its hash and outcome, and no row', async () => {
  const {
    rows: [{ hash }],
  } = await client.query('SELECT wormhole.install(\'(db, x) => { if (x) throw new Error("no"); return 1; }\') AS hash');
  lines.length = 0;
  await client.query('SELECT wormhole.call($1, $2)', [hash, '[false]']);
  await expect(client.query('SELECT wormhole.call($1, $2)', [hash, '[true]'])).rejects.toMatchObject({ code: 'WH010' });
  expect(audits()).toEqual([
    expect.stringMatching(new RegExp(`^wormhole: AUDIT call hash=${hash} outcome=ok ms=\\d+$`)),
    expect.stringMatching(new RegExp(`^wormhole: AUDIT call hash=${hash} outcome=WH010 ms=\\d+$`)),
  ]);
  const {
    rows: [{ n }],
  } = await client.query("SELECT count(*)::int AS n FROM wormhole.audit WHERE action = 'call'");
  expect(n).toBe(0);
});

test('turning audit_calls off stops the lines (the policy version tells the runtime)', async () => {
  const {
    rows: [{ hash }],
  } = await client.query("SELECT wormhole.install('(db) => 2') AS hash");
  await client.query('SELECT wormhole.set_policy(audit_calls => false)');
  lines.length = 0;
  await client.query('SELECT wormhole.call($1, $2)', [hash, '[]']);
  expect(audits()).toEqual([]);
});
