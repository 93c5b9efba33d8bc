/**
 * Each e2e file works in its own database (wh_e2e_<name>_<pid>) so files, and whole test runs, can
 * run in parallel against the one private cluster. DATABASE_URL (from scripts/lib.sh) names the cluster and a superuser.
 */
import { Client } from 'pg';

export function clusterUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `source scripts/lib.sh` (or scripts/test.sh) first.');
  return url;
}

/** The cluster URL pointed at another database and/or user. */
export function urlFor(database: string, user?: string): string {
  const url = new URL(clusterUrl());
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

async function withAdmin<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  /** Runs SQL as the superuser in this database. */
  admin<T>(work: (client: Client) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/** A fresh database with the wormhole extension (unless told otherwise), plus optional setup SQL run as superuser. */
export async function createTestDatabase(name: string, setupSql = '', options: { extension?: boolean } = {}): Promise<TestDatabase> {
  // The pid keeps two test runs at the same time (e.g. two engineers' runs) out of each other's databases.
  const db = `wh_e2e_${name}_${process.pid}`;
  await withAdmin('postgres', async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${db}`);
  });
  await withAdmin(db, async (c) => {
    if (options.extension !== false) await c.query('CREATE EXTENSION IF NOT EXISTS wormhole CASCADE');
    if (setupSql) await c.query(setupSql);
  });
  return {
    name: db,
    url: urlFor(db),
    admin: (work) => withAdmin(db, work),
    drop: () => dropDatabase(db),
  };
}

export function dropDatabase(name: string): Promise<void> {
  return withAdmin('postgres', async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** Drops roles a file created: roles belong to the cluster, so dropping the file's database leaves them. */
export function dropRoles(...names: string[]): Promise<void> {
  return withAdmin('postgres', async (c) => {
    await c.query(`DROP ROLE IF EXISTS ${names.join(', ')}`);
  });
}

/** Resolves when `check` returns true, polling every 20 ms (for waiting on another backend). */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
