// Workload C, bulk import: 1,000 rows, each checked for existence before it is inserted (half of
// them already exist), in one transaction. Row-by-row logic is what people write when each row
// needs a decision; the set-based single statement is the floor for the server's work.
import { CATALOG_ITEMS } from '../db/server-functions.mjs';
import { serverFunctionVariants } from './server-function-variants.mjs';

export const IMPORT_ROWS = 1000;
const EXISTS = 'SELECT 1 FROM items WHERE sku = $1';
const INSERT = 'INSERT INTO items (sku, name, qty) VALUES ($1, $2, $3)';
const SET_BASED = `INSERT INTO items (sku, name, qty)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
  ON CONFLICT (sku) DO NOTHING`;

const remoteImport = async (db, rows) => {
  let inserted = 0;
  let skipped = 0;
  for (const row of rows) {
    const found = await db.query('SELECT 1 FROM items WHERE sku = $1', [row.sku]);
    if (found.rowCount > 0) {
      skipped++;
      continue;
    }
    await db.query('INSERT INTO items (sku, name, qty) VALUES ($1, $2, $3)', [row.sku, row.name, row.qty]);
    inserted++;
  }
  return { inserted, skipped };
};

// New skus are unique per process and operation, so every operation inserts exactly half its rows.
const runTag = `${process.pid}-${Date.now().toString(36)}`;
let batchNo = 0;

/** @type {import('./types.mjs').Workload} */
export const importWorkload = {
  id: 'import',
  title: `C. bulk import (${IMPORT_ROWS} rows, per-row existence check, half new; one transaction)`,
  baseline: 'pg-seq',
  floor: 'set-based',
  makeInput() {
    batchNo += 1;
    const rows = [];
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const sku = i % 2 === 0 ? `sku-${Math.floor(Math.random() * CATALOG_ITEMS)}` : `new-${runTag}-${batchNo}-${i}`;
      rows.push({ sku, name: `imported ${i}`, qty: i % 17 });
    }
    return { rows, json: JSON.stringify(rows) };
  },
  check(input, result) {
    const expected = IMPORT_ROWS / 2;
    if (result?.inserted !== expected || result?.skipped !== IMPORT_ROWS - expected) {
      throw new Error(`expected { inserted: ${expected}, skipped: ${IMPORT_ROWS - expected} }, got ${JSON.stringify(result)}`);
    }
  },
  /** Keeps the table the same size for every variant (run on the admin connection between slots). */
  cleanupSql: "DELETE FROM items WHERE sku LIKE 'new-%'",
  variants: [
    {
      id: 'pg-seq', label: 'pg, sequential awaits', driver: 'pg', expectedRoundTrips: 2 + IMPORT_ROWS * 1.5,
      async run(c, _s, { rows }) {
        let inserted = 0;
        let skipped = 0;
        await c.query('BEGIN');
        try {
          for (const row of rows) {
            if ((await c.query(EXISTS, [row.sku])).rowCount > 0) {
              skipped++;
              continue;
            }
            await c.query(INSERT, [row.sku, row.name, row.qty]);
            inserted++;
          }
          await c.query('COMMIT');
        } catch (err) {
          await c.query('ROLLBACK');
          throw err;
        }
        return { inserted, skipped };
      },
    },
    {
      id: 'pg-pipeline', label: 'pg pipeline mode: all checks, then all inserts', driver: 'pg-pipeline', expectedRoundTrips: 2,
      roundTripNote: 'writing 1,000 statements takes the client longer than one RTT, so answers start before the burst ends',
      async run(c, _s, { rows }) {
        const [, ...found] = await Promise.all([c.query('BEGIN'), ...rows.map((r) => c.query(EXISTS, [r.sku]))]);
        const fresh = rows.filter((_, i) => found[i].rowCount === 0);
        await Promise.all([...fresh.map((r) => c.query(INSERT, [r.sku, r.name, r.qty])), c.query('COMMIT')]);
        return { inserted: fresh.length, skipped: rows.length - fresh.length };
      },
    },
    {
      id: 'postgresjs-pipeline', label: 'postgres.js pipelined: all checks, then all inserts', driver: 'postgres.js', expectedRoundTrips: 2,
      roundTripNote: 'postgres.js keeps at most 100 queries in flight (max_pipeline), so 1,500 statements need many bursts',
      async run(sql, _s, { rows }) {
        const [, ...found] = await Promise.all([sql`BEGIN`, ...rows.map((r) => sql`SELECT 1 FROM items WHERE sku = ${r.sku}`)]);
        const fresh = rows.filter((_, i) => found[i].length === 0);
        await Promise.all([
          ...fresh.map((r) => sql`INSERT INTO items (sku, name, qty) VALUES (${r.sku}, ${r.name}, ${r.qty})`),
          sql`COMMIT`]);
        return { inserted: fresh.length, skipped: rows.length - fresh.length };
      },
    },
    {
      id: 'set-based', label: 'one set-based INSERT ... ON CONFLICT DO NOTHING', driver: 'pg', expectedRoundTrips: 1,
      async run(c, _s, { rows }) {
        const res = await c.query(SET_BASED, [rows.map((r) => r.sku), rows.map((r) => r.name), rows.map((r) => r.qty)]);
        return { inserted: res.rowCount, skipped: rows.length - res.rowCount };
      },
    },
    ...serverFunctionVariants('import', { plpgsqlLabel: 'PL/pgSQL function, row loop', args: '$1::json', params: ({ json }) => [json] }),
    {
      id: 'wormhole', label: 'Wormhole remote function (warm), row loop', driver: 'wormhole', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: (wh) => wh.remote(remoteImport),
      run: (_wh, importRows, { rows }) => importRows(rows),
    },
  ],
};
