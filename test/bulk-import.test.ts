/**
 * A bulk import with a check per row: valid rows are upserted, bad rows come back with a reason,
 * and the whole batch costs one round trip.
 */
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'bulk_import',
    `
    CREATE TABLE products (sku text PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, stock int NOT NULL);
    INSERT INTO products VALUES ('AB-1000', 'Old name', 9.5, 3);`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

interface ProductRow {
  sku: string;
  name: string;
  price: number;
  stock: number;
}

const importProducts = () =>
  wh.remote(async (db, rows: ProductRow[]) => {
    const rejected: Array<{ index: number; sku: string; reason: string }> = [];
    let inserted = 0;
    let updated = 0;
    const seen = new Set<string>();
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      const problem = !/^[A-Z]{2}-\d{4}$/.test(row.sku)
        ? 'sku must look like AB-1234'
        : !(row.price > 0)
          ? 'price must be positive'
          : !Number.isInteger(row.stock) || row.stock < 0
            ? 'stock must be a whole number ≥ 0'
            : seen.has(row.sku)
              ? 'duplicate sku in this batch'
              : null;
      if (problem) {
        rejected.push({ index, sku: row.sku, reason: problem });
        continue;
      }
      seen.add(row.sku);
      const {
        rows: [r],
      } = await db.query<{ inserted: boolean }>(
        `INSERT INTO products (sku, name, price, stock) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sku) DO UPDATE SET name = excluded.name, price = excluded.price, stock = excluded.stock
       RETURNING (xmax = 0) AS inserted`,
        [row.sku, row.name, row.price, row.stock],
      );
      if (r.inserted) inserted++;
      else updated++;
    }
    return { inserted, updated, rejected };
  });

describe('a bulk import with per-row checks', () => {
  it('upserts the valid rows and reports each bad row with its reason', async () => {
    const rows: ProductRow[] = [
      { sku: 'AB-1000', name: 'Renamed', price: 10, stock: 4 },
      { sku: 'CD-2000', name: 'Widget', price: 2.5, stock: 100 },
      { sku: 'bad', name: 'No sku', price: 1, stock: 1 },
      { sku: 'EF-3000', name: 'Free lunch', price: 0, stock: 1 },
      { sku: 'CD-2000', name: 'Again', price: 3, stock: 1 },
      { sku: 'GH-4000', name: 'Half a thing', price: 1, stock: 0.5 },
    ];
    const before = wh.stats.roundTrips;
    const report = await importProducts()(rows);
    expect(wh.stats.roundTrips - before).toBe(1);
    expect(report).toEqual({
      inserted: 1,
      updated: 1,
      rejected: [
        { index: 2, sku: 'bad', reason: 'sku must look like AB-1234' },
        { index: 3, sku: 'EF-3000', reason: 'price must be positive' },
        { index: 4, sku: 'CD-2000', reason: 'duplicate sku in this batch' },
        { index: 5, sku: 'GH-4000', reason: 'stock must be a whole number ≥ 0' },
      ],
    });
    const { rows: stored } = await wh.db.query('SELECT sku, name, price, stock FROM products ORDER BY sku');
    expect(stored).toEqual([
      { sku: 'AB-1000', name: 'Renamed', price: 10, stock: 4 },
      { sku: 'CD-2000', name: 'Widget', price: 2.5, stock: 100 },
    ]);
  });

  it('imports a thousand rows in one call', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      sku: `ZZ-${String(i).padStart(4, '0')}`,
      name: `item ${i}`,
      price: 1 + i / 100,
      stock: i,
    }));
    const report = await importProducts()(rows);
    expect(report).toEqual({ inserted: 1000, updated: 0, rejected: [] });
    expect(await wh.db.queryValue("SELECT count(*) FROM products WHERE sku LIKE 'ZZ-%'")).toBe(1000);
  });
});
