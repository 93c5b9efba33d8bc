/**
 * Remote functions run with the caller's privileges: an application role needs wormhole_user, and
 * row-level security applies inside the function exactly as it does to the role's own queries.
 */
import { connect, Wormhole, WormholeError } from 'pg-wormhole';
import { createTestDatabase, TestDatabase, urlFor } from './support/database';

const appRole = `wh_e2e_app_${process.pid}`;
const outsider = `wh_e2e_outsider_${process.pid}`;
let database: TestDatabase;
let asApp: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'privileges',
    `
    CREATE ROLE ${appRole} LOGIN;
    CREATE ROLE ${outsider} LOGIN;
    GRANT wormhole_user TO ${appRole};
    CREATE TABLE notes (id serial PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text NOT NULL);
    ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_notes ON notes USING (owner = current_user) WITH CHECK (owner = current_user);
    GRANT SELECT, INSERT ON notes TO ${appRole};
    GRANT USAGE ON SEQUENCE notes_id_seq TO ${appRole};
    INSERT INTO notes (owner, body) VALUES ('${appRole}', 'mine'), ('someone_else', 'theirs');
    CREATE TABLE secrets (v text);
    INSERT INTO secrets VALUES ('hidden');`,
  );
  asApp = await connect(urlFor(database.name, appRole));
});

afterAll(async () => {
  await asApp?.close();
  await database?.drop();
  const { Client } = await import('pg');
  const c = new Client({ connectionString: urlFor('postgres') });
  await c.connect();
  await c.query(`DROP ROLE IF EXISTS ${appRole}`);
  await c.query(`DROP ROLE IF EXISTS ${outsider}`);
  await c.end();
});

describe('privileges', () => {
  it('row-level security applies inside the remote function', async () => {
    const myNotes = asApp.remote(async (db) => {
      const { rows } = await db.query<{ body: string }>('SELECT body FROM notes ORDER BY id');
      return { user: await db.queryValue<string>('SELECT current_user'), bodies: rows.map((r) => r.body) };
    });
    expect(await myNotes()).toEqual({ user: appRole, bodies: ['mine'] });
  });

  it('the function cannot read what the role cannot', async () => {
    const peek = asApp.remote(async (db) => db.queryValue('SELECT v FROM secrets'));
    await expect(peek()).rejects.toMatchObject({ code: '42501' });
  });

  it('writes are checked by the policy too', async () => {
    const forge = asApp.remote(async (db) => db.query("INSERT INTO notes (owner, body) VALUES ('someone_else', 'forged')"));
    await expect(forge()).rejects.toMatchObject({ code: '42501' });
  });

  it('a role without wormhole_user gets a clear error saying what to grant', async () => {
    const error = await connect(urlFor(database.name, outsider))
      .then((wh) =>
        wh
          .remote(async (db) => 1)()
          .finally(() => wh.close()),
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(WormholeError);
    expect(error.message).toMatch(/GRANT wormhole_user/);
  });
});
