// Latency after an idle gap: the dashboard (three reads composed into one object) at one
// connection, with no proxy, called back to back and then with the connection idle for 2 ms
// between calls (what a 2 ms RTT leaves the server and client between two calls). Each variant is
// timed in both modes, interleaved in rounds. It shows why the dashboard @2 ms goal line moves
// differently from the 0 ms line: a call that wakes an idle backend costs more than the same call
// back to back, and the more code and data a call touches (V8, the runtime), the more it costs.
// Besides the latency, each call's server CPU time is read from the backend's /proc schedstat (when
// the cluster runs on this machine): it shows that cost where it is paid, in the backend.
import { createRequire } from 'node:module';
import postgres from 'postgres';
import { PLPGSQL_FUNCTIONS_SQL, PLV8_FUNCTIONS_SQL, SCHEMA_SQL, SEED_SQL } from '../db/server-functions.mjs';
import { remoteDashboard } from '../workloads/dashboard.mjs';
import { processOnCpuNs } from '../measure/cpu.mjs';
import { summary, timeUs, withScratchDatabase } from './stats.mjs';

const require = createRequire(import.meta.url);
const { connect } = require('pg-wormhole');
const { Client } = require('pg');

const GAPS_MS = [0, 2];

export function measureIdleGap(clusterUrl, options = {}) {
  const setup = `${SCHEMA_SQL}; ${SEED_SQL}; ${PLPGSQL_FUNCTIONS_SQL}; ${PLV8_FUNCTIONS_SQL}`;
  return withScratchDatabase(clusterUrl, 'wh_bench_idle_gap', setup, (url) => measure(url, options));
}

async function measure(url, { perRound = 400, rounds = 4 }) {
  const pgClient = new Client({ connectionString: url });
  await pgClient.connect();
  // Freshly loaded tables: set hint bits and the visibility map first, so no call pays for that.
  await pgClient.query('VACUUM ANALYZE');
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  const wh = await connect({ connectionString: url, max: 1 });
  const dashboard = wh.remote(remoteDashboard);
  const variants = [
    { what: 'PL/pgSQL function (pg)', call: (id) => pgClient.query('SELECT bench_dashboard_plpgsql($1) AS r', [id]) },
    { what: 'hand-written PL/v8 function, prepared plans (pg)', call: (id) => pgClient.query('SELECT bench_dashboard_plv8_plan($1) AS r', [id]) },
    { what: 'Wormhole remote function (SDK)', call: (id) => dashboard(id) },
    {
      // Tagged templates, as the bench's dashboard variant: named statements, prepared once.
      what: 'postgres.js, three statements pipelined',
      call: (id) =>
        Promise.all([
          sql`SELECT id, owner, balance FROM accounts WHERE id = ${id}`,
          sql`SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = ${id} ORDER BY id DESC LIMIT 5`,
          sql`SELECT count(*)::int AS count, coalesce(sum(amount), 0)::int AS total FROM ledger WHERE from_id = ${id}`,
        ]),
    },
  ].map((v) => ({ ...v, samples: Object.fromEntries(GAPS_MS.map((g) => [g, []])), serverUs: Object.fromEntries(GAPS_MS.map((g) => [g, []])) }));
  // Each variant's backend (pg's, postgres.js's and the SDK's pools hold one connection each).
  const pgPid = pgClient.processID;
  const pids = [pgPid, pgPid, await wh.db.queryValue('SELECT pg_backend_pid()'), (await sql`SELECT pg_backend_pid() AS pid`)[0].pid];
  variants.forEach((v, i) => (v.pid = pids[i]));
  const local = variants.every((v) => processOnCpuNs(v.pid) > 0); // 0: not a process of this machine
  try {
    for (const v of variants) for (let i = 0; i < 2000; i++) await v.call(1 + (i % 1000)); // warm: plans, JIT, installed function
    for (let r = 0; r < rounds; r++) {
      for (const gap of GAPS_MS) {
        for (const v of r % 2 === 0 ? variants : [...variants].reverse()) {
          for (let i = 0; i < perRound; i++) {
            if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
            const cpuBefore = local ? processOnCpuNs(v.pid) : 0;
            v.samples[gap].push(await timeUs(() => v.call(1 + ((i * 7) % 1000))));
            if (local) v.serverUs[gap].push((processOnCpuNs(v.pid) - cpuBefore) / 1000);
          }
        }
      }
    }
  } finally {
    await wh.close();
    await sql.end();
    await pgClient.end();
  }
  const rows = [];
  for (const gap of GAPS_MS) {
    for (const v of variants) {
      const server = local ? { serverP50: summary(v.serverUs[gap]).p50 } : {};
      rows.push({ what: `${v.what}, ${gap === 0 ? 'back to back' : `${gap} ms idle before each call`}`, ...summary(v.samples[gap]), ...server });
    }
  }
  const rowOf = (what, gap) => rows.find((r) => r.what.startsWith(what) && r.what.endsWith(gap === 0 ? 'back to back' : 'before each call'));
  const short = (v) => v.what.split(' (')[0].split(',')[0];
  const signed = (us) => `${us >= 0 ? '+' : ''}${us.toFixed(0)}`; // a p50 can also drop after idle
  const growth = variants.map((v) => `${short(v)} ${signed(rowOf(v.what, GAPS_MS[1]).p50 - rowOf(v.what, 0).p50)} µs`).join('; ');
  const serverAfterIdle = local
    ? variants.map((v) => `${short(v)} ${rowOf(v.what, GAPS_MS[1]).serverP50} µs (${rowOf(v.what, 0).serverP50} back to back)`).join('; ')
    : '';
  return {
    title: `Latency after idle: the dashboard at one connection, no proxy, back to back vs ${GAPS_MS[1]} ms idle before each call (${rounds} rounds × ${perRound} calls per variant and mode, interleaved)`,
    rows,
    note: `p50 growth after ${GAPS_MS[1]} ms idle: ${growth}` + (local ? `. Server CPU p50 after ${GAPS_MS[1]} ms idle: ${serverAfterIdle}` : ''),
  };
}
