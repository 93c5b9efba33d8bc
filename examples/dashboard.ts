/**
 * Dashboard: what a page needs — revenue, orders by status, best customers — read in one call
 * instead of three round trips.
 *
 *   DATABASE_URL=postgres://… node -r ./examples/ts-register.js examples/dashboard.ts
 */
import { Wormhole } from 'pg-wormhole';
import { runMain } from './run-main';

export async function setupShop(wh: Wormhole): Promise<void> {
  await wh.db.query(`
    CREATE TABLE IF NOT EXISTS customers (id int PRIMARY KEY, name text NOT NULL);
    CREATE TABLE IF NOT EXISTS orders (id serial PRIMARY KEY, customer_id int REFERENCES customers,
      amount numeric NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
    TRUNCATE orders;
    INSERT INTO customers VALUES (1, 'Ada'), (2, 'Brian'), (3, 'Chen') ON CONFLICT DO NOTHING;
    INSERT INTO orders (customer_id, amount, status, created_at)
      SELECT 1 + i % 3, 10 + (i * 37) % 200, (ARRAY['paid', 'paid', 'pending', 'refunded'])[1 + i % 4], now() - i * interval '3 hours'
      FROM generate_series(1, 200) AS i`);
}

export function defineDashboard(wh: Wormhole) {
  return wh.remote(
    async (db, days: number, top: number) => {
      const since = new Date(Date.now() - days * 24 * 3600 * 1000);
      // Three independent reads, composed into one object: one round trip instead of three.
      const [revenue, byStatus, best] = await Promise.all([
        db.queryValue<number>("SELECT coalesce(sum(amount), 0) FROM orders WHERE status = 'paid' AND created_at >= $1", [since]),
        db.query<{ status: string; count: number }>(
          'SELECT status, count(*)::int AS count FROM orders WHERE created_at >= $1 GROUP BY status ORDER BY status',
          [since],
        ),
        db.query<{ name: string; spent: number }>(
          `SELECT c.name, sum(o.amount) AS spent FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE o.status = 'paid' AND o.created_at >= $1 GROUP BY c.name ORDER BY spent DESC LIMIT $2`,
          [since, top],
        ),
      ]);
      return {
        since,
        revenue,
        orders: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.count])),
        bestCustomers: best.rows,
      };
    },
    { name: 'dashboard' },
  ); // a name for stack traces and the server's catalog
}

export async function main(wh: Wormhole): Promise<void> {
  await setupShop(wh);
  const dashboard = defineDashboard(wh);
  const before = wh.stats.roundTrips;
  const page = await dashboard(7, 2);
  console.log(`dashboard for the last 7 days (${wh.stats.roundTrips - before} round trip for three queries):`);
  console.dir(page, { depth: 3 });
}

runMain(module, main);
