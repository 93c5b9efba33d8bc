/**
 * The published package: `npm pack` of pg-wormhole must yield a package whose only runtime
 * dependency is its peer `pg` (the validator, acorn and the wire codec are bundled into
 * dist/index.js), whose .d.ts files name no private package, and which works when nothing but `pg`
 * is resolvable. Needs the SDK built (npm run build) and DATABASE_URL (scripts/lib.sh) with the
 * wormhole extension installed on the server; it creates and drops its own database.
 */
import { execFileSync, spawnSync } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { Client } from 'pg';

const sdkDir = join(__dirname, '..');
const database = `wh_sdk_pack_${process.pid}`;
let work: string;
let pkgDir: string;

function adminUrl(db: string): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `source scripts/lib.sh` (or scripts/test.sh) first.');
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin(db: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl(db) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  if (!existsSync(join(sdkDir, 'dist/index.js'))) throw new Error('packages/sdk/dist is missing: run `npm run build -w pg-wormhole` first');
  work = mkdtempSync(join(tmpdir(), 'wh-pack-'));
  // --ignore-scripts: pack what the build produced; no network is involved in packing.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: sdkDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [{ filename }] = JSON.parse(out) as Array<{ filename: string }>;
  execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
  // An app directory where only pg-wormhole (the unpacked tarball) and pg are resolvable.
  const modules = join(work, 'app/node_modules');
  mkdirSync(modules, { recursive: true });
  pkgDir = join(modules, 'pg-wormhole');
  cpSync(join(work, 'package'), pkgDir, { recursive: true });
  symlinkSync(dirname(require.resolve('pg/package.json')), join(modules, 'pg'), 'dir');
}, 30_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack of pg-wormhole', () => {
  it('depends on nothing but its peer pg', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies)).toContain('pg');
    expect(pkg.peerDependenciesMeta?.['@types/pg']?.optional).toBe(true);
  });

  it('ships one bundled dist/index.js and declarations that name no private package', () => {
    const files = readdirSync(join(pkgDir, 'dist'));
    // index.js, and cli.js: the `wormhole` command (the package's bin).
    expect(files.filter((f) => f.endsWith('.js')).sort()).toEqual(['cli.js', 'index.js']);
    expect(files).toContain('index.d.ts');
    for (const f of files) {
      const imports = /(from\s*|require\(|import\()['"]@wormhole\//.test(readFileSync(join(pkgDir, 'dist', f), 'utf8'));
      expect({ file: f, importsPrivatePackage: imports }).toEqual({ file: f, importsPrivatePackage: false });
    }
    // Each bundled module keeps its own require() of what it imports: compare the set.
    const requires = [...new Set([...readFileSync(join(pkgDir, 'dist/index.js'), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
    // pg, and @opentelemetry/api: an optional peer, required only when tracing is asked for.
    expect(requires.filter((r) => !/^(node:)?(async_hooks|crypto|fs|path|util|events|net)$/.test(r)).sort()).toEqual(['@opentelemetry/api', 'pg']);
    expect(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).peerDependenciesMeta['@opentelemetry/api'].optional).toBe(true);
  });

  it('type-checks a consumer against the packed declarations (with only pg and its types installed)', () => {
    const app = join(work, 'app');
    symlinkSync(dirname(dirname(require.resolve('@types/pg/package.json'))), join(app, 'node_modules/@types'), 'dir');
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { connect, ValidationError, type Diagnostic } from 'pg-wormhole';",
        'export async function main(url: string): Promise<number> {',
        '  const wh = await connect(url, { policy: { maxDepth: 40 } });',
        '  const add = wh.remote(async (db, a: number, b: number) => a + b);',
        '  const d: Diagnostic[] = new ValidationError("x", []).diagnostics;',
        '  return (await add(1, 2)) + d.length;',
        '}',
        '',
      ].join('\n'),
    );
    const tsc = require.resolve('typescript/bin/tsc');
    // tsc prints its diagnostics on stdout.
    const check = () =>
      spawnSync(
        process.execPath,
        [tsc, '--noEmit', '--strict', '--target', 'es2020', '--module', 'commonjs', '--moduleResolution', 'node', '--types', 'node', 'consumer.ts'],
        { cwd: app, encoding: 'utf8' },
      );
    const good = check();
    expect({ status: good.status, output: good.stdout }).toEqual({ status: 0, output: '' });
    // And the check can fail: a wrong argument type is a compile error.
    writeFileSync(join(app, 'consumer.ts'), readFileSync(join(app, 'consumer.ts'), 'utf8').replace('add(1, 2)', "add(1, 'two')"));
    const bad = check();
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/not assignable to parameter of type 'number'/);
  }, 30_000);

  it('works from a directory where only pg is installed: validator and wire codec included', async () => {
    await admin('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin('postgres', `CREATE DATABASE ${database}`);
    try {
      await admin(database, 'CREATE EXTENSION wormhole CASCADE');
      const smoke = join(work, 'app/smoke.js');
      cpSync(join(__dirname, 'packed/smoke.js'), smoke);
      // A clean environment: no NODE_PATH, cwd outside the repository.
      const out = execFileSync(process.execPath, [smoke, adminUrl(database)], {
        cwd: join(work, 'app'),
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      const seen = JSON.parse(out);
      expect(seen.resolvedFrom).toBe(join(pkgDir, 'dist/index.js'));
      expect(seen.validation).toEqual(['no-eval']);
      expect(seen.result).toEqual({ sum: 42, when: '1970-01-01T00:00:00.000Z', big: String(2n ** 70n), bigType: 'bigint' });
      expect(seen.hashMatches).toBe(true);
    } finally {
      await admin('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  }, 30_000);
});
