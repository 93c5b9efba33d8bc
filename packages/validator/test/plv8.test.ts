/**
 * The validator inside real PL/v8 (V8 10.2 in PostgreSQL), where the server runs it: the IIFE
 * bundle is loaded into a plv8 function in a fresh database, and must give exactly the answers the
 * Node build gives, for valid functions, every hostile input, and inputs deep enough to overflow
 * a recursive parser.
 *
 * Needs the project's PostgreSQL cluster (scripts/cluster.sh start) with plv8 installed
 * (scripts/setup.sh); uses its own database, validator_plv8_test.
 */
import { Client } from 'pg';
import { validate } from '../src';
import { bundle } from './bundle';
import { HOSTILE } from './corpus';

const DATABASE = 'validator_plv8_test';
const connection = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? process.env.WORMHOLE_PGPORT ?? 54329),
  user: process.env.PGUSER ?? 'postgres',
};

let client: Client;

async function connect(database: string): Promise<Client> {
  const c = new Client({ ...connection, database });
  try {
    await c.connect();
  } catch (e) {
    throw new Error(
      `cannot reach PostgreSQL at ${connection.host}:${connection.port} (${(e as Error).message}); start it with: bash scripts/cluster.sh start`,
    );
  }
  return c;
}

beforeAll(async () => {
  const admin = await connect('postgres');
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  client = await connect(DATABASE);
  await client.query('CREATE EXTENSION plv8');
  // The bundle defines the global WormholeValidator; the function body is plain V8, no Node.
  const body = `${bundle()}\nreturn WormholeValidator.validate(source, policy === null ? undefined : policy);`;
  if (body.includes('$validator$')) throw new Error('the bundle contains the dollar-quote tag');
  await client.query(`CREATE FUNCTION validate_in_plv8(source text, policy jsonb) RETURNS jsonb LANGUAGE plv8 AS $validator$${body}$validator$`);
}, 60_000);

afterAll(async () => {
  await client?.end();
});

async function inPlv8(source: string, policy?: object): Promise<unknown> {
  const { rows } = await client.query('SELECT validate_in_plv8($1, $2) AS result', [source, policy === undefined ? null : JSON.stringify(policy)]);
  return rows[0].result;
}

/** The Node result as it looks after a trip through JSON (undefined fields dropped). */
function inNode(source: string, policy?: object): unknown {
  return JSON.parse(JSON.stringify(validate(source, policy)));
}

describe('PL/v8 gives the same answers as Node', () => {
  test('valid functions', async () => {
    for (const source of [
      `async (db, id) => { const r = await db.query('select $1::int', [id]); return r.rows; }`,
      `function (db, { a, b = 2 }, ...rest) { class P { #x = 1; get x() { return this.#x; } } return new P().x + a + b + rest.length; }`,
    ]) {
      const result = await inPlv8(source);
      expect(result).toEqual(inNode(source));
      expect((result as { ok: boolean }).ok).toBe(true);
    }
  });

  test('every input of the hostile corpus', async () => {
    for (const [, source, rule] of HOSTILE) {
      const result = (await inPlv8(source)) as { ok: boolean; diagnostics: Array<{ rule: string }> };
      expect(result).toEqual(inNode(source));
      expect(result.diagnostics.map((d) => d.rule)).toContain(rule);
    }
  });

  test('a policy passed from SQL', async () => {
    const policy = { allowedModules: ['lodash'], maxDepth: 50 };
    const source = `(db) => require('lodash') + require('fs')`;
    expect(await inPlv8(source, policy)).toEqual(inNode(source, policy));
  });

  test('deep nesting is refused without crashing the backend', async () => {
    const big = { maxSourceLength: 1_000_000 };
    for (const source of [`(db) => ${'['.repeat(100_000)}`, `(db) => ${'!'.repeat(50_000)}1`, `(db, a) => ${'a ? 1 : '.repeat(20_000)}2`]) {
      const result = (await inPlv8(source, big)) as { diagnostics: Array<{ rule: string }> };
      expect(result.diagnostics.map((d) => d.rule)).toEqual(['max-depth']);
    }
    // The backend is still fine afterwards.
    expect((await client.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  });
});
