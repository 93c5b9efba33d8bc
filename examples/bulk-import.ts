/**
 * Bulk import with a check per row: valid rows are upserted, bad rows come back with a reason.
 * The whole batch is one call; the per-row logic is ordinary TypeScript.
 *
 *   DATABASE_URL=postgres://… node -r ./examples/ts-register.js examples/bulk-import.ts
 */
import { connect, Wormhole } from 'pg-wormhole';

export interface ProductRow {
  sku: string;
  name: string;
  price: number;
  stock: number;
}

export async function setupProducts(wh: Wormhole): Promise<void> {
  await wh.db.query(`
    CREATE TABLE IF NOT EXISTS products (sku text PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, stock int NOT NULL);
    TRUNCATE products;
    INSERT INTO products VALUES ('AB-0001', 'Existing product', 5, 1)`);
}

export function defineImport(wh: Wormhole) {
  return wh.remote(async (db, rows: ProductRow[]) => {
    const rejected: Array<{ index: number; reason: string }> = [];
    let inserted = 0;
    let updated = 0;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      const reason = !/^[A-Z]{2}-\d{4}$/.test(row.sku) ? `sku "${row.sku}" must look like AB-1234`
        : !(row.price > 0) ? 'price must be positive'
          : !Number.isInteger(row.stock) || row.stock < 0 ? 'stock must be a whole number ≥ 0'
            : null;
      if (reason) {
        rejected.push({ index, reason });
        continue;
      }
      const { rows: [result] } = await db.query<{ inserted: boolean }>(
        `INSERT INTO products (sku, name, price, stock) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sku) DO UPDATE SET name = excluded.name, price = excluded.price, stock = excluded.stock
         RETURNING (xmax = 0) AS inserted`, [row.sku, row.name, row.price, row.stock]);
      if (result.inserted) inserted++;
      else updated++;
    }
    return { inserted, updated, rejected };
  });
}

/** A batch with a few deliberate mistakes. */
export function sampleRows(count = 500): ProductRow[] {
  const rows = Array.from({ length: count }, (_, i) => ({
    sku: `AB-${String(i + 1).padStart(4, '0')}`, name: `Product ${i + 1}`, price: 1 + (i % 50) / 2, stock: i % 20,
  }));
  rows[10].sku = 'ab10';
  rows[20].price = -3;
  rows[30].stock = 1.5;
  return rows;
}

export async function main(url = process.env.DATABASE_URL): Promise<void> {
  const wh = await connect(url);
  try {
    await setupProducts(wh);
    const importProducts = defineImport(wh);
    const rows = sampleRows();
    const started = process.hrtime.bigint();
    const report = await importProducts(rows);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`imported ${rows.length} rows in one call (${ms.toFixed(1)} ms):`, report);
  } finally {
    await wh.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
