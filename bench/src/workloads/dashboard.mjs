// Workload B, dashboard: three independent reads (the account, its last five transfers, totals)
// composed into one object. Nothing depends on an earlier answer, so pipelining can send all three
// at once: this is the case where client-side pipelining is as good as it gets.
import { ACCOUNTS } from '../db/server-functions.mjs';
import { serverFunctionVariants } from './server-function-variants.mjs';

const ACCOUNT = 'SELECT id, owner, balance FROM accounts WHERE id = $1';
const RECENT = 'SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = $1 ORDER BY id DESC LIMIT 5';
const STATS = 'SELECT count(*)::int AS count, coalesce(sum(amount), 0)::int AS total FROM ledger WHERE from_id = $1';

/** The dashboard as a remote function (also timed by bench/production.mjs, idle-gap.mjs). */
export const remoteDashboard = async (db, id) => {
  const [account, recent, stats] = await Promise.all([
    db.queryOne('SELECT id, owner, balance FROM accounts WHERE id = $1', [id]),
    db.query('SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = $1 ORDER BY id DESC LIMIT 5', [id]),
    db.queryOne('SELECT count(*)::int AS count, coalesce(sum(amount), 0)::int AS total FROM ledger WHERE from_id = $1', [id]),
  ]);
  return { account, recent: recent.rows, stats };
};

/** @type {import('./types.mjs').Workload} */
export const dashboardWorkload = {
  id: 'dashboard',
  title: 'B. dashboard (three independent reads composed into one object)',
  baseline: 'pg-seq',
  floor: 'plpgsql',
  makeInput: () => ({ id: 1 + Math.floor(Math.random() * ACCOUNTS) }),
  check(input, result) {
    if (result?.account?.id !== input.id || !Array.isArray(result.recent) || typeof result.stats?.count !== 'number') {
      throw new Error(`expected { account: { id: ${input.id} }, recent: [...], stats: { count } }, got ${JSON.stringify(result).slice(0, 200)}`);
    }
  },
  variants: [
    {
      id: 'pg-seq', label: 'pg, sequential awaits', driver: 'pg', expectedRoundTrips: 3,
      async run(c, _s, { id }) {
        const account = (await c.query(ACCOUNT, [id])).rows[0];
        const recent = (await c.query(RECENT, [id])).rows;
        const stats = (await c.query(STATS, [id])).rows[0];
        return { account, recent, stats };
      },
    },
    {
      id: 'pg-pipeline', label: 'pg pipeline mode, Promise.all', driver: 'pg-pipeline', expectedRoundTrips: 1,
      async run(c, _s, { id }) {
        const [a, r, s] = await Promise.all([c.query(ACCOUNT, [id]), c.query(RECENT, [id]), c.query(STATS, [id])]);
        return { account: a.rows[0], recent: r.rows, stats: s.rows[0] };
      },
    },
    {
      id: 'postgresjs-pipeline', label: 'postgres.js pipelined, Promise.all', driver: 'postgres.js', expectedRoundTrips: 1,
      async run(sql, _s, { id }) {
        const [a, r, s] = await Promise.all([
          sql`SELECT id, owner, balance FROM accounts WHERE id = ${id}`,
          sql`SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = ${id} ORDER BY id DESC LIMIT 5`,
          sql`SELECT count(*)::int AS count, coalesce(sum(amount), 0)::int AS total FROM ledger WHERE from_id = ${id}`]);
        return { account: a[0], recent: [...r], stats: s[0] };
      },
    },
    ...serverFunctionVariants('dashboard', { plpgsqlLabel: 'PL/pgSQL function returning json', args: '$1', params: ({ id }) => [id] }),
    {
      id: 'wormhole', label: 'Wormhole remote function (warm)', driver: 'wormhole', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: (wh) => wh.remote(remoteDashboard),
      run: (_wh, dashboard, { id }) => dashboard(id),
    },
  ],
};
