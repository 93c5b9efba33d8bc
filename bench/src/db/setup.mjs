// Creates the bench's own database from scratch on every run (so runs are comparable), fills it,
// installs the hand-written server functions and finds out which optional pieces are available:
// the `plv8` language (our plv8-compat) and the Wormhole extension + SDK.
import pg from 'pg';
import { BENCH_DATABASE, clusterConfig } from './config.mjs';
import { quiet } from './drivers.mjs';
import { PLPGSQL_FUNCTIONS_SQL, PLV8_FUNCTIONS_SQL, SCHEMA_SQL, SEED_SQL } from './server-functions.mjs';

/** @typedef {{ ok: true } | { ok: false, reason: string }} Availability */
/** @typedef {{ plv8: Availability, wormhole: Availability, sdk: any }} Capabilities */

/**
 * Why `variant` cannot run with these capabilities (a piece not installed, or an SDK feature this
 * build of pg-wormhole lacks), or null when it can.
 * @param {import('../workloads/types.mjs').Variant} variant @param {Capabilities} caps @returns {string | null}
 */
export function missingPiece(variant, caps) {
  if (variant.needs && !caps[variant.needs].ok) return caps[variant.needs].reason;
  if (variant.needsSdk && typeof caps.sdk?.Wormhole?.prototype?.[variant.needsSdk] !== 'function') {
    return `this build of pg-wormhole has no wh.${variant.needsSdk}()`;
  }
  return null;
}

/** Admin connection straight to the cluster (never through the proxy). */
export function adminClient(database = BENCH_DATABASE) {
  const c = clusterConfig();
  return quiet(new pg.Client({ host: c.host, port: c.port, user: c.user, password: c.password, database }));
}

export async function createBenchDatabase() {
  const cfg = clusterConfig();
  const maintenance = adminClient(cfg.maintenanceDb);
  try {
    await maintenance.connect();
  } catch (err) {
    throw new Error(`cannot reach PostgreSQL at ${cfg.host}:${cfg.port} (${err.message}); start it with: bash scripts/cluster.sh start`);
  }
  try {
    await maintenance.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await maintenance.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await maintenance.end();
  }
  const admin = adminClient();
  await admin.connect();
  try {
    await admin.query(SCHEMA_SQL);
    await admin.query(SEED_SQL);
    await admin.query(PLPGSQL_FUNCTIONS_SQL);
    /** @type {Capabilities} */
    const caps = { plv8: await tryPlv8(admin), wormhole: { ok: false, reason: 'not checked' }, sdk: null };
    const wormhole = await tryWormhole(admin, caps.plv8);
    caps.wormhole = wormhole.availability;
    caps.sdk = wormhole.sdk;
    return caps;
  } finally {
    await admin.end();
  }
}

/** @returns {Promise<Availability>} */
async function tryPlv8(admin) {
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS plv8');
  } catch (err) {
    return { ok: false, reason: `CREATE EXTENSION plv8 failed: ${err.message} (build and install plv8-compat: bash scripts/setup.sh)` };
  }
  try {
    await admin.query(PLV8_FUNCTIONS_SQL);
    // Smoke-test the prepared-plan style too, so a missing plv8.prepare shows up here, by name.
    await admin.query('SELECT bench_empty_plv8(), bench_dashboard_plv8_plan(1)');
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: `plv8 is installed but the bench's PL/v8 functions fail: ${err.message}` };
  }
}

async function tryWormhole(admin, plv8) {
  let sdk;
  try {
    sdk = await import('pg-wormhole');
    if (typeof (sdk.connect ?? sdk.default?.connect) !== 'function') {
      return { availability: { ok: false, reason: 'pg-wormhole does not export connect() yet' }, sdk: null };
    }
    sdk = sdk.connect ? sdk : sdk.default;
  } catch (err) {
    const reason = err?.code === 'ERR_MODULE_NOT_FOUND'
      ? 'the SDK pg-wormhole is not built (packages/sdk/dist missing); run: npm run build'
      : `cannot load the SDK pg-wormhole (${firstLine(err.message)}); run: npm run build`;
    return { availability: { ok: false, reason }, sdk: null };
  }
  if (!plv8.ok) return { availability: { ok: false, reason: `needs plv8: ${plv8.reason}` }, sdk: null };
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS wormhole CASCADE');
  } catch (err) {
    return { availability: { ok: false, reason: `CREATE EXTENSION wormhole failed: ${err.message} (make -C extension install)` }, sdk: null };
  }
  return { availability: { ok: true }, sdk };
}

function firstLine(text) {
  return String(text).split('\n')[0];
}

/** Sum of this backend's memory contexts, in bytes (pg_backend_memory_contexts shows only our own). */
export const BACKEND_MEMORY_SQL = 'SELECT sum(total_bytes)::bigint::text AS bytes FROM pg_backend_memory_contexts';
export const PLV8_MEMORY_SQL = 'SELECT bench_plv8_memory() AS usage';
