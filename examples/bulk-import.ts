/**
 * Bulk import with a check per row: each row's category must exist and its fields must make sense;
 * valid rows are upserted, bad rows come back with a reason. 1,000 rows, one call; the per-row
 * logic is ordinary TypeScript running next to the data.
 *
 *   DATABASE_URL=postgres://… node -r ./examples/ts-register.js examples/bulk-import.ts
 */
import { Wormhole } from 'pg-wormhole';
import { runMain } from './run-main';

export interface ProductRow {
  sku: string;
  name: string;
  category: string;
  price: number;
  stock: number;
}

export async function setupProducts(wh: Wormhole): Promise<void> {
  await wh.db.query(`
    CREATE TABLE IF NOT EXISTS categories (code text PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS products (sku text PRIMARY KEY, name text NOT NULL,
      category text NOT NULL REFERENCES categories, price numeric NOT NULL, stock int NOT NULL);
    TRUNCATE products, categories;
    INSERT INTO categories VALUES ('tools'), ('garden'), ('kitchen');
    INSERT INTO products VALUES ('AB-0001', 'Existing product', 'tools', 5, 1)`);
}

export function defineImport(wh: Wormhole) {
  return wh.remote(
    async (db, rows: ProductRow[]) => {
      const rejected: Array<{ index: number; sku: string; reason: string }> = [];
      let inserted = 0;
      let updated = 0;
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index];
        const categoryExists = await db.queryValue<boolean>('SELECT EXISTS (SELECT 1 FROM categories WHERE code = $1)', [row.category]);
        const reason = !categoryExists
          ? `unknown category "${row.category}"`
          : !/^[A-Z]{2}-\d{4}$/.test(row.sku)
            ? `sku "${row.sku}" must look like AB-1234`
            : !(row.price > 0)
              ? 'price must be positive'
              : !Number.isInteger(row.stock) || row.stock < 0
                ? 'stock must be a whole number ≥ 0'
                : null;
        if (reason) {
          rejected.push({ index, sku: row.sku, reason });
          continue;
        }
        const {
          rows: [result],
        } = await db.query<{ inserted: boolean }>(
          `INSERT INTO products (sku, name, category, price, stock) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (sku) DO UPDATE SET name = excluded.name, category = excluded.category,
           price = excluded.price, stock = excluded.stock
         RETURNING (xmax = 0) AS inserted`,
          [row.sku, row.name, row.category, row.price, row.stock],
        );
        if (result.inserted) inserted++;
        else updated++;
      }
      return { inserted, updated, rejected };
    },
    { name: 'importProducts' },
  ); // a name for stack traces and the server's catalog
}

/** A batch with a few deliberate mistakes (rows 10, 20, 30 and 40). */
export function sampleRows(count = 1000): ProductRow[] {
  const categories = ['tools', 'garden', 'kitchen'];
  const rows = Array.from({ length: count }, (_, i) => ({
    sku: `AB-${String(i + 1).padStart(4, '0')}`,
    name: `Product ${i + 1}`,
    category: categories[i % 3],
    price: 1 + (i % 50) / 2,
    stock: i % 20,
  }));
  rows[10].sku = 'ab10';
  rows[20].price = -3;
  rows[30].stock = 1.5;
  rows[40].category = 'toys';
  return rows;
}

export async function main(wh: Wormhole): Promise<void> {
  await setupProducts(wh);
  const importProducts = defineImport(wh);
  const rows = sampleRows();
  const started = process.hrtime.bigint();
  const report = await importProducts(rows);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`imported ${rows.length} rows in one call (${ms.toFixed(1)} ms):`);
  console.dir(report, { depth: 3 });
}

runMain(module, main);
