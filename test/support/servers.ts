/**
 * The streaming replica (scripts/replica.sh) and PgBouncer (scripts/pooler.sh) that the test command
 * starts beside the private cluster. The e2e files that need them call ensureStarted() first, so they
 * also run alone (`npx jest test/replica.test.ts`); the scripts are idempotent.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';
import { Client } from 'pg';
import { clusterUrl, urlFor, waitFor } from './database';

const root = join(__dirname, '..', '..');

function clusterPort(): number {
  return Number(new URL(clusterUrl()).port || 5432);
}

export const replicaPort = (): number => Number(process.env.WORMHOLE_REPLICA_PORT ?? clusterPort() + 1);
export const poolerPort = (): number => Number(process.env.WORMHOLE_POOLER_PORT ?? clusterPort() + 2);

function withPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}

export const replicaUrlFor = (database: string, user?: string): string => withPort(urlFor(database, user), replicaPort());
export const poolerUrlFor = (database: string, user?: string): string => withPort(urlFor(database, user), poolerPort());

/** Starts scripts/replica.sh or scripts/pooler.sh (no-op when running). */
export function ensureStarted(which: 'replica' | 'pooler'): void {
  execFileSync('bash', [join(root, 'scripts', `${which}.sh`), 'start'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
}

/** Waits until the replica has replayed the creation of `database` with its extension. */
export async function waitForReplicaDatabase(database: string): Promise<void> {
  await waitFor(async () => {
    const client = new Client({ connectionString: replicaUrlFor(database) });
    try {
      await client.connect();
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'wormhole'");
      return rows[0].n === 1;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }, `the replica to have database ${database}`, 20_000);
}
