/**
 * The `wormhole` CLI (pg-wormhole's bin, dist/cli.js) against a real database: deploy an app's
 * entry, list, show, stats (also as Prometheus text), prune, policy, doctor; --json output and exit
 * codes. And the SDK side of deploying: wh.install, wh.functions, typed wh.call, { deployed: true }.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase, urlFor } from './support/database';
import { onOurEngine } from './support/engine';
import { ensureStarted, poolerUrlFor } from './support/servers';

const cli = join(__dirname, '..', 'packages', 'sdk', 'dist', 'cli.js');
let database: TestDatabase;
let bare: TestDatabase;
const app = mkdtempSync(join(tmpdir(), 'wh-cli-'));

function wormhole(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, '--database-url', database.url, ...args], { encoding: 'utf8', timeout: 60_000, cwd: app });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

// The app: two functions defined at load, one after an awaited connect() (as apps often do).
const ENTRY = `
const { connect } = require(${JSON.stringify(require.resolve('pg-wormhole'))});
const pending = connect(process.env.DATABASE_URL);
module.exports.ready = pending.then((wh) => {
  module.exports.late = wh.remote(async (db, x) => x * 3, { name: 'late' });
  return wh;
});
pending.then((wh) => {
  module.exports.add = wh.remote(async (db, a, b) => a + b, { name: 'add' });
  module.exports.hello = wh.remote(async (db, who) => db.queryValue("SELECT 'hi ' || $1", [who]), { name: 'hello' });
});
`;

beforeAll(async () => {
  database = await createTestDatabase('cli');
  bare = await createTestDatabase('cli_bare', '', { extension: false });
  writeFileSync(join(app, 'app.js'), ENTRY);
  writeFileSync(
    join(app, 'bad.js'),
    `
    const { connect } = require(${JSON.stringify(require.resolve('pg-wormhole'))});
    connect(process.env.DATABASE_URL).then((wh) => { const t = 'x'; wh.remote(async (db) => t); });`,
  );
});

afterAll(async () => {
  await database?.drop();
  await bare?.drop();
});

describe('wormhole deploy', () => {
  it('installs every function the entry defines, then finds them present', () => {
    const first = wormhole('--json', 'deploy', 'app.js');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const installed = first.json() as Array<{ name: string; status: string; hash: string }>;
    expect(installed.map((f) => [f.name, f.status]).sort()).toEqual([
      ['add', 'installed'],
      ['hello', 'installed'],
      ['late', 'installed'],
    ]);
    const again = wormhole('--json', 'deploy', 'app.js');
    expect(again.code).toBe(0);
    expect((again.json() as Array<{ status: string }>).map((f) => f.status)).toEqual(['present', 'present', 'present']);
  });

  it('exits 4 with the precheck message when a function cannot run', () => {
    const r = wormhole('deploy', 'bad.js');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/`t` is not defined inside the function/);
  });

  it('exits 2 for an entry that does not exist', () => {
    expect(wormhole('deploy', 'missing.js').code).toBe(2);
  });
});

describe('after deploy, the app sends no source', () => {
  let wh: Wormhole;
  beforeAll(async () => {
    wormhole('deploy', 'app.js');
    wh = await connect(database.url, { deployed: true });
  });
  afterAll(() => wh.close());

  it('calls by hash only (no install), typed through wh.call', async () => {
    const add = wh.remote(async (db, a: number, b: number) => a + b, { name: 'add' });
    const sum: number = await wh.call(add, 20, 22);
    expect(sum).toBe(42);
    expect(wh.stats.installs).toBe(0);
    // A function the server lacks is sent once, with its source.
    const fresh = wh.remote(async (db, s: string) => s.length, { name: 'fresh' });
    expect(await fresh('four')).toBe(4);
    expect(wh.stats).toMatchObject({ installs: 1, reteaches: 1 });
  });

  it('wh.install installs ahead; wh.functions lists the catalog', async () => {
    const twice = wh.remote(async (db, n: number) => n * 2, { name: 'twice' });
    expect(await wh.install(twice)).toEqual([{ hash: twice.hash, name: 'twice', installed: true }]);
    expect(await wh.install(twice)).toEqual([{ hash: twice.hash, name: 'twice', installed: false }]);
    const listed = await wh.functions();
    expect(listed.find((f) => f.hash === twice.hash)).toMatchObject({ name: 'twice', arity: 1, isAsync: true, calls: 0 });
  });
});

describe('ls, show, stats, policy', () => {
  it('ls lists the deployed functions', () => {
    const r = wormhole('--json', 'ls');
    expect(r.code).toBe(0);
    expect((r.json() as Array<{ name: string }>).map((f) => f.name)).toEqual(expect.arrayContaining(['add', 'hello', 'late']));
    expect(wormhole('ls').stdout).toMatch(/^HASH\s+NAME\s+CALLS/);
  });

  it('show finds a function by name or hash prefix, with its source; exit 6 when none', () => {
    const [add] = wormhole('--json', 'show', 'add').json() as Array<{ hash: string; source: string }>;
    expect(add.source).toContain('a + b');
    expect((wormhole('--json', 'show', add.hash.slice(0, 10)).json() as Array<{ hash: string }>)[0].hash).toBe(add.hash);
    const none = wormhole('show', 'no-such-function');
    expect(none.code).toBe(6);
    expect(none.stderr).toMatch(/no installed function/);
  });

  it('stats --prometheus exports the live counters; where the server keeps none (upstream PL/v8) it says so', async () => {
    const wh = await connect(database.url);
    try {
      const hello = wh.remote(async (db, who: string) => db.queryValue<string>("SELECT 'hi ' || $1", [who]), { name: 'hello' });
      for (let i = 0; i < 3; i++) expect(await hello('you')).toBe('hi you');
      const r = wormhole('stats', '--prometheus');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/# TYPE wormhole_function_calls_total counter/);
      const line = r.stdout.split('\n').find((l) => l.startsWith(`wormhole_function_calls_total{hash="${hello.hash}"`));
      const none = /the server keeps no shared call counters \(upstream [^)]+\): wormhole\.function_stats is empty/;
      if (onOurEngine()) {
        expect(Number(line?.split(' ').pop())).toBeGreaterThanOrEqual(3);
        expect(r.stderr).not.toMatch(none);
      } else {
        // No samples, and the reason on stderr and as a comment (scrapers ignore it) atop the text.
        expect(line).toBeUndefined();
        expect(r.stderr).toMatch(none);
        expect(r.stdout.split('\n')[0]).toMatch(/^# wormhole: the server keeps no shared call counters/);
      }
    } finally {
      await wh.close();
    }
  });

  it('policy prints the server policy', () => {
    expect(wormhole('--json', 'policy').json()).toMatchObject({ max_depth: expect.any(Number), version: expect.any(Number) });
  });
});

describe('wormhole prune', () => {
  it('removes functions not called within the window, keeps called ones, audits; a pruned function is re-sent on its next call', async () => {
    const wh = await connect(database.url);
    try {
      // Sources of this run only: plv8-compat's counters are the cluster's, shared with other runs' calls.
      const unique = (body: string) => new Function(`return async (db, x) => /* ${process.pid} ${Date.now()} */ ${body}`)();
      const idle = wh.remote(unique('x - 1') as (db: unknown, x: number) => Promise<number>, { name: 'idle' });
      const busy = wh.remote(unique('x + 1') as (db: unknown, x: number) => Promise<number>, { name: 'busy' });
      await wh.install(idle, busy);
      // Both installed an hour ago, and on upstream PL/v8 reporting began before that: only use
      // decides, with a window wide enough for the CLI's start on a busy machine.
      await database.admin(async (c) => {
        await c.query("UPDATE wormhole.functions SET installed_at = now() - interval '1 hour' WHERE hash = ANY($1)", [[idle.hash, busy.hash]]);
        if (!onOurEngine()) await c.query("UPDATE wormhole.usage_reporting SET started_at = now() - interval '1 hour'");
      });
      expect(await busy(1)).toBe(2);
      // On upstream PL/v8 prune knows the call from the SDK's report (sent each minute; now, here).
      await wh.reportUsage();
      const dryRun = wormhole('--json', 'prune', '--unused-for', '20s', '--dry-run');
      if (!onOurEngine()) expect(dryRun.stderr).toMatch(/"unused" means no pg-wormhole app reported a call within the window/);
      const dry = dryRun.json() as Array<{ hash: string; removed: boolean }>;
      expect(dry.map((f) => f.hash)).toContain(idle.hash);
      expect(dry.map((f) => f.hash)).not.toContain(busy.hash);
      expect((await wh.functions()).map((f) => f.hash)).toContain(idle.hash); // a dry run removes nothing
      const r = wormhole('--json', 'prune', '--unused-for', '20s');
      expect(r.code).toBe(0);
      expect((r.json() as Array<{ hash: string }>).map((f) => f.hash)).toContain(idle.hash);
      const left = (await wh.functions()).map((f) => f.hash);
      expect(left).not.toContain(idle.hash);
      expect(left).toContain(busy.hash);
      const audit = await database.admin((c) => c.query("SELECT outcome FROM wormhole.audit WHERE action = 'prune' AND hash = $1", [idle.hash]));
      expect(audit.rows).toEqual([{ outcome: 'removed' }]);
      expect(await idle(5)).toBe(4);
    } finally {
      await wh.close();
    }
  });

  it("keeps everything for a window reaching back before use became known (the server's start on plv8-compat, reporting's on upstream PL/v8)", () => {
    const r = wormhole('--json', 'prune', '--unused-for', '3650d', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual([]);
  });

  it('a role prunes only functions installed by roles it belongs to', async () => {
    const [alice, bob] = [`wh_e2e_alice_${process.pid}`, `wh_e2e_bob_${process.pid}`];
    await database.admin((c) =>
      c.query(`DROP ROLE IF EXISTS ${alice}; DROP ROLE IF EXISTS ${bob};
      CREATE ROLE ${alice} LOGIN; CREATE ROLE ${bob} LOGIN; GRANT wormhole_user TO ${alice}, ${bob};`),
    );
    const asAlice = await connect(urlFor(database.name, alice));
    try {
      const hers = asAlice.remote(async (db, x: number) => x * 7, { name: 'hers' });
      await asAlice.install(hers);
      await new Promise((r) => setTimeout(r, 1200));
      const run = (role: string) =>
        spawnSync(process.execPath, [cli, '--json', '--database-url', urlFor(database.name, role), 'prune', '--unused-for', '1s'], {
          encoding: 'utf8',
        });
      const byBob = run(bob);
      expect(byBob.status).toBe(0);
      expect((JSON.parse(byBob.stdout) as Array<{ hash: string }>).map((f) => f.hash)).not.toContain(hers.hash);
      expect((await asAlice.functions()).map((f) => f.hash)).toContain(hers.hash);
      const byAlice = run(alice);
      expect((JSON.parse(byAlice.stdout) as Array<{ hash: string }>).map((f) => f.hash)).toContain(hers.hash);
      expect((await asAlice.functions()).map((f) => f.hash)).not.toContain(hers.hash);
    } finally {
      await asAlice.close();
      await database.admin((c) => c.query(`DROP OWNED BY ${alice}, ${bob}; DROP ROLE ${alice}; DROP ROLE ${bob};`)).catch(() => undefined);
    }
  });

  it('refuses a malformed duration (exit 2)', () => {
    const r = wormhole('prune', '--unused-for', 'soon');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a duration/);
  });
});

describe('wormhole doctor', () => {
  it('reports each check; all pass on the test database', () => {
    const r = wormhole('--json', 'doctor');
    const checks = r.json() as Array<{ check: string; status: string; detail: string }>;
    expect(checks.map((c) => c.check)).toEqual(
      expect.arrayContaining(['language plv8', 'extension wormhole', 'engine', 'shared_preload_libraries', 'grants', 'prune', 'pooler', 'time zone']),
    );
    expect(checks.find((c) => c.check === 'prune')?.detail).toMatch(
      onOurEngine() ? /engine's call counters/ : /calls made with raw SQL .* are not seen/,
    );
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.code).toBe(0);
    // The test clusters preload plv8-compat; upstream PL/v8 must never be advised to preload (it
    // gains nothing, and an upstream build hung the server's start when preloaded).
    const preload = checks.find((c) => c.check === 'shared_preload_libraries');
    expect(preload?.status).toBe('ok');
    expect(preload?.detail).not.toMatch(/add it to shared_preload_libraries/);
  });

  it('fails (exit 5) where the extension is missing, saying how to install it', () => {
    const r = spawnSync(process.execPath, [cli, '--json', '--database-url', bare.url, 'doctor'], { encoding: 'utf8' });
    expect(r.status).toBe(5);
    const ext = (JSON.parse(r.stdout) as Array<{ check: string; status: string; detail: string }>).find((c) => c.check === 'extension wormhole');
    expect(ext).toMatchObject({ status: 'fail', detail: expect.stringMatching(/CREATE EXTENSION wormhole/) });
  });

  it('tells a transaction pooler (PgBouncer) from a direct connection', () => {
    ensureStarted('pooler');
    const run = (url: string) =>
      JSON.parse(spawnSync(process.execPath, [cli, '--json', '--database-url', url, 'doctor'], { encoding: 'utf8' }).stdout) as Array<{
        check: string;
        detail: string;
      }>;
    expect(run(poolerUrlFor(database.name)).find((c) => c.check === 'pooler')?.detail).toMatch(/^transaction pooling/);
    expect(run(database.url).find((c) => c.check === 'pooler')?.detail).toMatch(/^direct connection/);
  });

  it('other commands exit 3 where the extension is missing', () => {
    const r = spawnSync(process.execPath, [cli, '--database-url', bare.url, 'ls'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
  });
});
