/**
 * The runnable examples in examples/ work as written, and the demo runs to the end.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { connect, RemoteFunctionError, Wormhole } from 'pg-wormhole';
import { defineTransfer, setupAccounts } from '../examples/transfer';
import { defineDashboard, setupShop } from '../examples/dashboard';
import { defineImport, sampleRows, setupProducts } from '../examples/bulk-import';
import { clusterUrl, createTestDatabase, dropDatabase, TestDatabase } from './support/database';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase('examples');
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

describe('examples/', () => {
  it('transfer.ts moves money and refuses overdrafts, pointing at its own throw', async () => {
    await setupAccounts(wh);
    const transfer = defineTransfer(wh);
    expect(await transfer(1, 2, 30)).toEqual({ from: 1, to: 2, amount: 30 });
    const error = await transfer(2, 1, 1000).catch((e) => e);
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toMatch(/insufficient funds: account 2 has 30, needs 1000/);
    expect(error.location.file).toBe(path.resolve(__dirname, '../examples/transfer.ts'));
    expect(error.frame).toMatch(/> \d+ \|\s+if \(balance < amount\) throw new Error/);
  });

  it('dashboard.ts answers with every figure', async () => {
    await setupShop(wh);
    const page = await defineDashboard(wh)(30, 2);
    expect(page.bestCustomers).toHaveLength(2);
    expect(Object.keys(page.orders).sort()).toEqual(['paid', 'pending', 'refunded']);
    expect(page.revenue).toBeGreaterThan(0);
    expect(page.since).toBeInstanceOf(Date);
  });

  it('bulk-import.ts imports the good rows and explains the bad ones', async () => {
    await setupProducts(wh);
    const report = await defineImport(wh)(sampleRows(100));
    expect(report).toMatchObject({ inserted: 95, updated: 1 }); // AB-0001 existed already
    expect(report.rejected.map((r) => [r.index, r.reason])).toEqual([
      [10, 'sku "ab10" must look like AB-1234'],
      [20, 'price must be positive'],
      [30, 'stock must be a whole number ≥ 0'],
      [40, 'unknown category "toys"'],
    ]);
  });

  it('demo.js runs to the end and exits 0', async () => {
    const root = path.resolve(__dirname, '..');
    const demoDb = `wh_e2e_demo_${process.pid}`;
    const run = spawnSync(process.execPath, [path.join(root, 'examples/demo.js')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DATABASE_URL: clusterUrl(), WORMHOLE_DEMO_DB: demoDb },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ValidationError/);
    expect(run.stdout).toMatch(/examples\/transfer\.ts:\d+:\d+/);
    expect(run.stdout).toMatch(/Done\./);
    await dropDatabase(demoDb);
  });
});
