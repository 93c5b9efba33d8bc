/**
 * Wormhole on whichever PL/v8 the target cluster runs (plv8-compat, or upstream PL/v8 3.2): the
 * engine it reports, and the paths that differ on upstream (extension/sql and
 * packages/plv8-runtime/src/engine.ts), each checked by what a caller sees.
 */
import { Client } from 'pg';
import { connect, RemoteSqlError, Wormhole } from 'pg-wormhole';
import { createTestDatabase, dropRoles, TestDatabase } from './support/database';
import { serverEngine } from './support/engine';

let database: TestDatabase;
let wh: Wormhole;
// A role of its own per run: roles are cluster-wide, and two runs may overlap.
const definer = `wh_e2e_engine_definer_${process.pid}`;

beforeAll(async () => {
  database = await createTestDatabase(
    'engine',
    `
    CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL);
    CREATE ROLE ${definer};
    CREATE FUNCTION add_note_as_owner(id int, body text) RETURNS void LANGUAGE plv8 SECURITY DEFINER AS
      $$ plv8.execute('INSERT INTO notes VALUES ($1, $2)', [id, body]); $$;
    ALTER FUNCTION add_note_as_owner(int, text) OWNER TO ${definer};
    GRANT INSERT ON notes TO ${definer};
    CREATE ROLE ${definer}_a; CREATE ROLE ${definer}_b;
    GRANT wormhole_user TO ${definer}_a, ${definer}_b;`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
  await dropRoles(definer, `${definer}_a`, `${definer}_b`);
});

const sql = async <T>(text: string): Promise<T> => database.admin(async (c) => (await c.query(text)).rows[0] as T);

describe('the engine', () => {
  it('wormhole.doctor() names the engine the server runs, with its version and what follows from it', async () => {
    const { doctor, version } = await sql<{ doctor: any; version: string }>('SELECT wormhole.doctor() AS doctor, plv8_version() AS version');
    const ours = serverEngine().kind === 'plv8-compat';
    expect(doctor.engine).toEqual({ kind: serverEngine().kind, version, interrupts: ours, private_contexts: ours, call_stats: ours });
    expect(doctor.extension).toBe((await sql<{ v: string }>("SELECT extversion AS v FROM pg_extension WHERE extname = 'wormhole'")).v);
    // Upstream's limits are said plainly, with the advice; plv8-compat has none of them.
    if (ours) expect(doctor.notes).toEqual([]);
    else expect(doctor.notes.join('\n')).toMatch(/cannot interrupt running JavaScript[\s\S]*Keep remote functions bounded/);
  });

  it('wormhole.call is the plv8 function on plv8-compat, and a PL/pgSQL wrapper on upstream (which raises object fields)', async () => {
    const { lang } = await sql<{ lang: string }>(`SELECT string_agg(DISTINCT l.lanname, ',') AS lang FROM pg_proc p
      JOIN pg_language l ON l.oid = p.prolang WHERE p.oid IN ('wormhole.call(text,text)'::regprocedure, 'wormhole.call(text,text,text,text)'::regprocedure)`);
    expect(lang).toBe(serverEngine().kind === 'plv8-compat' ? 'plv8' : 'plpgsql');
  });
});

describe('the call path on any engine', () => {
  it('a first call, which installs the function through a SECURITY DEFINER path, goes on to prepare and run new statements', async () => {
    // A fresh backend: the install inside this call is the first plv8 code another role runs there.
    const fresh = await connect({ connectionString: database.url, max: 1 });
    try {
      const fn = fresh.remote(async (db, id: number) => {
        await db.query('INSERT INTO notes VALUES ($1, $2)', [id, `note ${id}`]);
        return db.queryValue('SELECT count(*)::int FROM notes WHERE id >= $1', [id]);
      });
      expect(await fn(100)).toBe(1);
      expect(await fn(101)).toBe(1); // the plans cached by the first call still work in the next one
    } finally {
      await fresh.close();
    }
  });

  it("a statement that runs another role's plv8 function leaves the caller's plans working", async () => {
    const fn = wh.remote(async (db, id: number) => {
      await db.query('SELECT add_note_as_owner($1, $2)', [id, 'by the owner']);
      return (await db.queryOne('SELECT body FROM notes WHERE id = $1', [id])).body;
    });
    expect(await fn(200)).toBe('by the owner');
    expect(await fn(201)).toBe('by the owner');
  });

  it('calls as two roles in one transaction (SET LOCAL ROLE) each run as their role', async () => {
    const whoami = wh.remote(async (db) => db.queryValue('SELECT current_user::text'));
    await whoami(); // installed
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      const as = async (role: string) => {
        await client.query(`SET LOCAL ROLE ${role}`);
        return (await client.query('SELECT wormhole.call($1, $2) AS r', [whoami.hash, '[]'])).rows[0].r;
      };
      // Upstream PL/v8 behind a PL/pgSQL simple expression ran the first role's function in the
      // second role's isolate here, and the backend died (extension/sql: the wrapper's SELECT … INTO).
      expect([await as(`${definer}_a`), await as(`${definer}_b`), await as(`${definer}_a`)]).toEqual([
        `"${definer}_a"`,
        `"${definer}_b"`,
        `"${definer}_a"`,
      ]);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  });

  it('parameter types are inferred per statement: text, numbers, arrays and jsonb arrive typed', async () => {
    const fn = wh.remote(async (db, n: number, tags: string[], doc: object) =>
      db.queryOne("SELECT $1::int + 1 AS next, array_length($2::text[], 1) AS tags, $3::jsonb ->> 'k' AS k, pg_typeof($1)::text AS t", [
        n,
        tags,
        doc,
      ]),
    );
    expect(await fn(41, ['a', 'b'], { k: 'v' })).toEqual({ next: 42, tags: 2, k: 'v', t: 'integer' });
    expect(await fn(1, [], { k: 'w' })).toEqual({ next: 2, tags: null, k: 'w', t: 'integer' });
  });

  it('a statement with more than one command still runs (unprepared on upstream), and a syntax error is a RemoteSqlError', async () => {
    const two = wh.remote(async (db, id: number) => {
      await db.query(`INSERT INTO notes VALUES (${Number(id)}, 'a'); INSERT INTO notes VALUES (${Number(id) + 1}, 'b')`);
      return db.queryValue('SELECT count(*)::int FROM notes WHERE id IN ($1, $2)', [id, id + 1]);
    });
    expect(await two(300)).toBe(2);
    const bad = wh.remote(async (db, x: number) => db.query('SELEC $1', [x]));
    const error = await bad(1).catch((e) => e);
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error.code).toBe('42601');
  });

  it('a thrown error keeps its SQLSTATE, DETAIL and HINT through raw SQL as well', async () => {
    const fn = wh.remote(async (db) => {
      throw Object.assign(new Error('conflict'), { code: 'P0001', hint: 'try again later' });
    });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      // (A failing call's own install is rolled back with it, so install first.)
      expect((await client.query('SELECT wormhole.install($1) AS hash', [fn.source])).rows[0].hash).toBe(fn.hash);
      const error = await client.query('SELECT wormhole.call($1, $2)', [fn.hash, '[]']).catch((e) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe('P0001');
      expect(error.message).toBe('conflict');
      expect(JSON.parse(error.detail)).toMatchObject({ wormhole: 1, kind: 'throw' });
      expect(error.hint).toBe('try again later');
      expect((await client.query('SELECT 1 AS one')).rows[0].one).toBe(1);
    } finally {
      await client.end();
    }
  });
});
