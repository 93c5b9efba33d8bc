/**
 * The streaming replicas (scripts/replica.sh) and PgBouncer (scripts/pooler.sh) that the test command
 * starts beside the private cluster. The e2e files that need them call ensureStarted() first, so they
 * also run alone (`npx jest test/replica.test.ts`); the scripts are idempotent.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { clusterUrl, urlFor, waitFor } from './database';

const root = join(__dirname, '..', '..');

function clusterPort(): number {
  return Number(new URL(clusterUrl()).port || 5432);
}

/** The port of streaming replica `n` (scripts/replica.sh: the first on the cluster's port + 1, the second on + 3). */
export const replicaPort = (n = 1): number => Number(process.env.WORMHOLE_REPLICA_PORT ?? clusterPort() + 1) + (n === 1 ? 0 : n);
export const poolerPort = (): number => Number(process.env.WORMHOLE_POOLER_PORT ?? clusterPort() + 2);

function withPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}

export const replicaUrlFor = (database: string, user?: string, n = 1): string => withPort(urlFor(database, user), replicaPort(n));
export const poolerUrlFor = (database: string, user?: string): string => withPort(urlFor(database, user), poolerPort());

/**
 * Is DATABASE_URL this checkout's private cluster (scripts/cluster.sh, port in .pg/data/postmaster.pid)?
 * Only then may the scripts start a replica and a pooler: pointed at another cluster, replica.sh
 * would rebuild .pg/replica as a copy of that cluster.
 */
function targetsPrivateCluster(): boolean {
  let pidFile: string;
  try {
    pidFile = readFileSync(join(root, '.pg', 'data', 'postmaster.pid'), 'utf8');
  } catch {
    return false;
  }
  const host = new URL(clusterUrl()).hostname;
  return ['127.0.0.1', 'localhost', ''].includes(host) && Number(pidFile.split('\n')[3]) === clusterPort();
}

/**
 * Starts scripts/replica.sh or scripts/pooler.sh (no-op when running). Against another cluster the
 * replica and pooler are the caller's to provide (WORMHOLE_REPLICA_PORT / WORMHOLE_POOLER_PORT,
 * default the cluster's port + 1 / + 2); this only checks that they answer.
 */
export function ensureStarted(which: 'replica' | 'pooler'): void {
  if (targetsPrivateCluster()) {
    execFileSync('bash', [join(root, 'scripts', `${which}.sh`), 'start'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
    return;
  }
  const port = which === 'replica' ? replicaPort() : poolerPort();
  try {
    execFileSync('pg_isready', ['-q', '-h', new URL(clusterUrl()).hostname, '-p', String(port)], { timeout: 10_000 });
  } catch {
    throw new Error(
      `DATABASE_URL is not this checkout's private cluster, so the ${which} is yours to run: nothing answers on port ${port} ` +
        `(set ${which === 'replica' ? 'WORMHOLE_REPLICA_PORT' : 'WORMHOLE_POOLER_PORT'}, or start one there)`,
    );
  }
}

/** Waits until replica `n` has replayed the creation of `database` with its extension. */
export async function waitForReplicaDatabase(database: string, n = 1): Promise<void> {
  await waitFor(
    async () => {
      const client = new Client({ connectionString: replicaUrlFor(database, undefined, n) });
      try {
        await client.connect();
        const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'wormhole'");
        return rows[0].n === 1;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    `replica ${n} to have database ${database}`,
    20_000,
  );
}
