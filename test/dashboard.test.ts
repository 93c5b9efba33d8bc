/**
 * A dashboard: several queries whose answers a page needs together, in one round trip.
 */
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'dashboard',
    `
    CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
    CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers, amount numeric NOT NULL,
                         status text NOT NULL, created_at timestamptz NOT NULL);
    INSERT INTO customers VALUES (1, 'Ada'), (2, 'Brian'), (3, 'Chen');
    INSERT INTO orders (customer_id, amount, status, created_at) VALUES
      (1, 120, 'paid',     '2024-03-01 10:00Z'), (1,  80, 'paid',     '2024-03-02 11:00Z'),
      (2,  50, 'paid',     '2024-03-02 12:00Z'), (3, 500, 'refunded', '2024-03-03 09:00Z'),
      (3,  30, 'pending',  '2024-03-03 10:00Z');`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

const dashboard = () =>
  wh.remote(async (db, since: Date, top: number) => {
    const revenue = await db.queryValue<number>("SELECT coalesce(sum(amount), 0) FROM orders WHERE status = 'paid' AND created_at >= $1", [since]);
    const byStatus = await db.query<{ status: string; count: number }>(
      'SELECT status, count(*)::int AS count FROM orders WHERE created_at >= $1 GROUP BY status ORDER BY status',
      [since],
    );
    const topCustomers = await db.query<{ name: string; spent: number }>(
      `SELECT c.name, sum(o.amount) AS spent FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE o.status = 'paid' AND o.created_at >= $1 GROUP BY c.name ORDER BY spent DESC LIMIT $2`,
      [since, top],
    );
    const latest = await db.queryOne<{ id: number; created_at: Date }>('SELECT id, created_at FROM orders ORDER BY created_at DESC LIMIT 1');
    return {
      revenue,
      orders: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.count])),
      topCustomers: topCustomers.rows,
      latestOrderAt: latest.created_at,
    };
  });

describe('a dashboard', () => {
  it('returns every figure of the page from one call', async () => {
    const before = wh.stats.roundTrips;
    const page = await dashboard()(new Date('2024-03-02T00:00:00Z'), 2);
    expect(wh.stats.roundTrips - before).toBe(1);
    expect(page).toEqual({
      revenue: 130,
      orders: { paid: 2, pending: 1, refunded: 1 },
      topCustomers: [
        { name: 'Ada', spent: 80 },
        { name: 'Brian', spent: 50 },
      ],
      latestOrderAt: new Date('2024-03-03T10:00:00Z'),
    });
  });

  it('gives the same page when run locally (the same code over node-postgres)', async () => {
    const fn = dashboard();
    const since = new Date('2024-01-01T00:00:00Z');
    expect(await fn.local(since, 3)).toEqual(await fn(since, 3));
  });
});
