// How each variant talks to PostgreSQL. Every driver connects through the delay proxy, one
// connection per session, and exposes the same small surface:
//   raw      the library object the variant code uses (pg.Client, postgres.js `sql`, Wormhole handle)
//   rows()   run a bench-internal query (memory readings) on the SAME backend
//   close()
import pg from 'pg';
import postgres from 'postgres';
import { BENCH_DATABASE, clusterConfig } from './config.mjs';

/** @typedef {'pg' | 'pg-pipeline' | 'postgres.js' | 'wormhole' | 'wormhole-prepared'} DriverName */
/** @typedef {{ driver: DriverName, raw: any, client?: pg.Client, rows: (sql: string) => Promise<any[]>, close: () => Promise<void> }} Connection */

export const DRIVERS = /** @type {const} */ (['pg', 'pg-pipeline', 'postgres.js', 'wormhole', 'wormhole-prepared']);

function pgConfig(proxyPort, extra = {}) {
  const c = clusterConfig();
  return { host: '127.0.0.1', port: proxyPort, user: c.user, password: c.password, database: BENCH_DATABASE, ...extra };
}

/**
 * @param {DriverName} driver
 * @param {number} proxyPort
 * @param {any} sdk the pg-wormhole module (only for the wormhole driver)
 * @returns {Promise<Connection>}
 */
export async function openConnection(driver, proxyPort, sdk) {
  switch (driver) {
    case 'pg':
    case 'pg-pipeline': {
      // node-postgres >= 8.17 pipelines every query issued before the previous one answered.
      const client = quiet(new pg.Client(pgConfig(proxyPort, driver === 'pg-pipeline' ? { pipeline: true } : {})));
      await client.connect();
      return {
        driver, raw: client, client,
        rows: async (sql) => (await client.query(sql)).rows,
        close: () => client.end(),
      };
    }
    case 'postgres.js': {
      const c = clusterConfig();
      // max: 1 gives one connection, on which postgres.js pipelines concurrent queries and allows
      // a manual BEGIN (it refuses one on a pool, where the next query could land elsewhere).
      const sql = postgres({
        host: '127.0.0.1', port: proxyPort, database: BENCH_DATABASE, username: c.user, password: c.password,
        max: 1, onnotice: () => {},
      });
      await sql`SELECT 1`; // connect now, not inside the first timed operation
      return { driver, raw: sql, rows: (text) => sql.unsafe(text), close: () => sql.end({ timeout: 1 }) };
    }
    case 'wormhole':
    case 'wormhole-prepared': {
      const client = quiet(new pg.Client(pgConfig(proxyPort)));
      await client.connect();
      const wh = await sdk.connect(client, driver === 'wormhole-prepared' ? { preparedStatements: true } : {});
      return {
        driver, raw: wh, client,
        rows: async (sql) => (await client.query(sql)).rows,
        close: async () => {
          const close = wh.close ?? wh.end;
          if (typeof close === 'function') await close.call(wh);
          // The SDK may or may not end a client it was handed; end it if it is still open.
          await client.end().catch(() => {});
        },
      };
    }
    default:
      throw new Error(`unknown driver "${driver}"; expected one of ${DRIVERS.join(', ')}`);
  }
}

/**
 * A dropped connection (server restart, pg_terminate_backend) makes pg.Client emit 'error'; with no
 * listener Node would kill the whole run. The pending query rejects anyway, so the slot that was
 * running fails with PostgreSQL's message and the bench goes on with the next one.
 * @template {import('node:events').EventEmitter} T @param {T} client @returns {T}
 */
export function quiet(client) {
  client.on('error', () => {});
  return client;
}
