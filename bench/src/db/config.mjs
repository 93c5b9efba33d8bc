// Where the private cluster is, and the name of the database the bench owns.
// DATABASE_URL comes from `source scripts/lib.sh`; without it we fall back to the same defaults
// lib.sh uses, so `npm run bench -w @wormhole/bench` works in a plain shell too.

export const BENCH_DATABASE = 'wormhole_bench';

/** @typedef {{ host: string, port: number, user: string, password?: string, maintenanceDb: string }} ClusterConfig */

/** @returns {ClusterConfig} */
export function clusterConfig(env = process.env) {
  const fallback = `postgres://postgres@127.0.0.1:${env.WORMHOLE_PGPORT || 54329}/wormhole`;
  const text = env.DATABASE_URL || fallback;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`DATABASE_URL is not a URL: "${text}"; expected postgres://user@127.0.0.1:port/db (run: source scripts/lib.sh)`);
  }
  const host = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname;
  if (host !== '127.0.0.1' && host !== '[::1]') {
    throw new Error(`the bench only talks to a loopback cluster, but DATABASE_URL points at "${url.hostname}"; run: source scripts/lib.sh`);
  }
  return {
    host,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    maintenanceDb: url.pathname.replace(/^\//, '') || 'postgres',
  };
}
