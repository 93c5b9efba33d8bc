/**
 * The toolchain matrix: each build tool a TypeScript app may use is installed here as a
 * devDependency (test/toolchains/package.json, a project of its own so the tools resolve as in a
 * user's project), compiles the fixture app (fixture/) and runs it against a fresh database of the
 * private cluster. An entry passes when the functions run and answer what fixture/functions.ts
 * expects, or, for the builds that cannot work, when the error names the tool and the exact fix.
 *
 * Builds run once each; every run is one process that makes all of its calls.
 */
import { spawnSync } from 'child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createTestDatabase, TestDatabase } from '../support/database';
import { EXPECTED } from './fixture/functions';

const here = __dirname;
const bin = (name: string) => join(here, 'node_modules', '.bin', name);
const build = join(here, 'build');

interface Outcome {
  ok: boolean;
  error?: string;
  summarize?: unknown;
  greet?: unknown;
  hashes?: { summarize: string; greet: string };
}

interface Entry {
  name: string;
  /** Commands that compile the fixture (run once). */
  compile?: string[][];
  /** The command that runs it: a compiled main.js, or a test runner over fixture/app.spec.ts. */
  run: string[];
  /** The run is a test runner that writes its answers to RESULT_FILE. */
  runner?: boolean;
  /** For builds that cannot work: what the error must say. */
  fails?: RegExp[];
}

const esbuild = (out: string, ...flags: string[]) => [
  bin('esbuild'),
  'fixture/functions.ts',
  'fixture/main.ts',
  `--outdir=build/${out}`,
  '--format=cjs',
  '--platform=node',
  '--target=es2022',
  '--log-level=warning',
  ...flags,
];
const tsc = (target: string) => [bin('tsc'), '-p', 'tsconfig.json', '--target', target, '--outDir', `build/tsc-${target.toLowerCase()}`];
const main = (out: string) => ['node', `build/${out}/main.js`];

const MATRIX: Entry[] = [
  { name: 'tsc ES2022', compile: [tsc('ES2022')], run: main('tsc-es2022') },
  { name: 'tsc ES2018', compile: [tsc('ES2018')], run: main('tsc-es2018') },
  // Object rest is ES2018 syntax: tsc ES2017 emits __rest, which cannot travel. The fix is ES2018.
  { name: 'tsc ES2017', compile: [tsc('ES2017')], run: main('tsc-es2017'), fails: [/`__rest`/, /TypeScript/, /"target": "ES2018"/] },
  { name: 'ts-node', run: [bin('ts-node'), 'fixture/main.ts'] },
  { name: 'tsx', run: [bin('tsx'), 'fixture/main.ts'] },
  { name: 'esbuild', compile: [esbuild('esbuild')], run: main('esbuild') },
  { name: 'esbuild --keep-names', compile: [esbuild('esbuild-keep-names', '--keep-names')], run: main('esbuild-keep-names') },
  { name: 'esbuild --minify', compile: [esbuild('esbuild-minify', '--minify')], run: main('esbuild-minify') },
  {
    name: 'esbuild --minify --keep-names',
    compile: [esbuild('esbuild-minify-keep-names', '--minify', '--keep-names')],
    run: main('esbuild-minify-keep-names'),
    fails: [/esbuild's keepNames/, /--minify-whitespace --minify-syntax/],
  },
  {
    name: 'esbuild --minify-whitespace --minify-syntax --keep-names',
    compile: [esbuild('esbuild-minify-ws', '--minify-whitespace', '--minify-syntax', '--keep-names')],
    run: main('esbuild-minify-ws'),
  },
  { name: 'Babel preset-env (targets node current)', compile: [['node', 'babel-build.js', 'build/babel-node', 'node']], run: main('babel-node') },
  {
    name: 'Babel preset-env defaults',
    compile: [['node', 'babel-build.js', 'build/babel-defaults', 'defaults']],
    run: main('babel-defaults'),
    fails: [/Babel/, /targets: \{ node: 'current' \}/],
  },
  { name: 'swc', compile: [['node', 'swc-build.js', 'build/swc']], run: main('swc') },
  { name: 'jest + ts-jest --coverage', run: [bin('jest'), '-c', 'jest.ts-jest.config.js', '--coverage', '--coverageReporters=none'], runner: true },
  { name: 'jest + babel-jest --coverage', run: [bin('jest'), '-c', 'jest.babel.config.js', '--coverage', '--coverageReporters=none'], runner: true },
  { name: 'jest + @swc/jest --coverage', run: [bin('jest'), '-c', 'jest.swc.config.js', '--coverage', '--coverageReporters=none'], runner: true },
  { name: 'vitest', run: [bin('vitest'), 'run', '--config', 'vitest.config.mjs'], runner: true },
  {
    name: 'vitest --coverage (istanbul)',
    run: [bin('vitest'), 'run', '--config', 'vitest.config.mjs', '--coverage', '--coverage.reporter=text-summary'],
    runner: true,
  },
];

let db: TestDatabase;
const outcomes = new Map<string, Outcome>();

function exec(cmd: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(cmd[0], cmd.slice(1), { cwd: here, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}

/** The toolchains are installed on first use (a fresh clone), and again when the lock file changes. */
function ensureInstalled(): void {
  const marker = join(here, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(here, 'package-lock.json')).mtimeMs) return;
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`npm ci in test/toolchains failed:\n${r.stderr}`);
}

/**
 * The fixture uses pg-wormhole as an app does: installed in its node_modules. A copy of the built
 * package is placed there (dist/ and package.json, what npm would install), so a rebuild of the
 * workspace's dist/ while the matrix runs cannot pull the package from under it.
 */
async function installSdk(): Promise<void> {
  const sdk = join(here, '..', '..', 'packages', 'sdk');
  const target = join(here, 'node_modules', 'pg-wormhole');
  for (let i = 0; !(existsSync(join(sdk, 'dist', 'index.js')) && existsSync(join(sdk, 'dist', 'index.d.ts'))); i++) {
    if (i === 60) throw new Error('packages/sdk/dist is not built: npx turbo run build');
    await new Promise((r) => setTimeout(r, 1000)); // a build in progress
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(sdk, 'package.json'), join(target, 'package.json'));
  cpSync(join(sdk, 'dist'), join(target, 'dist'), { recursive: true });
}

function run(entry: Entry): Outcome {
  for (const step of entry.compile ?? []) {
    const r = exec(step);
    if (r.status !== 0) return { ok: false, error: `compile failed (${step.join(' ')}): ${r.stderr || r.stdout}` };
  }
  if (entry.runner) {
    const file = join(build, `${entry.name.replace(/[^a-z0-9]+/gi, '-')}.json`);
    rmSync(file, { force: true });
    const r = exec(entry.run, { RESULT_FILE: file, DATABASE_URL: db.url });
    if (!existsSync(file)) return { ok: false, error: `${entry.run.join(' ')} wrote no result (exit ${r.status}):\n${r.stderr}` };
    return JSON.parse(readFileSync(file, 'utf8')) as Outcome;
  }
  const r = exec(entry.run, { DATABASE_URL: db.url });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Outcome;
  } catch {
    return { ok: false, error: `no answer from ${entry.run.join(' ')} (exit ${r.status}):\n${r.stdout}\n${r.stderr}` };
  }
}

beforeAll(async () => {
  ensureInstalled();
  await installSdk();
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  db = await createTestDatabase('toolchains');
  for (const entry of MATRIX) outcomes.set(entry.name, run(entry));
  // The matrix as a table, for the log (and the closing note of issue 12).
  console.log(MATRIX.map((e) => `${outcomes.get(e.name)?.ok ? 'runs ' : 'fails'}  ${e.name}`).join('\n'));
}, 240_000);

afterAll(async () => {
  await db?.drop();
});

describe.each(MATRIX.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
  if (entry.fails) {
    test('fails with a message naming the tool and the fix', () => {
      const outcome = outcomes.get(entry.name) as Outcome;
      expect(outcome.ok).toBe(false);
      for (const pattern of entry.fails ?? []) expect(outcome.error).toMatch(pattern);
    });
  } else {
    test('the functions run inside PostgreSQL and answer as expected', () => {
      const outcome = outcomes.get(entry.name) as Outcome;
      expect(outcome.error).toBeUndefined();
      expect(outcome).toMatchObject({ ok: true, summarize: EXPECTED.summarize, greet: EXPECTED.greet });
    });
  }
});

describe('hashes', () => {
  const hashOf = (name: string) => outcomes.get(name)?.hashes?.summarize;

  // The keepNames wrappers are stripped, so a build with them sends the same text as one without.
  // (tsx prints with minified whitespace, and coverage runs reprint through Babel: different text,
  // so a different hash; see the README's "Hashes across builds".)
  test('esbuild with --keep-names sends the same text, so the same hash, as esbuild without it', () => {
    expect(hashOf('esbuild')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf('esbuild --keep-names')).toBe(hashOf('esbuild'));
  });
});

describe('wormhole deploy of a TypeScript entry', () => {
  // The app's own bin (node_modules/pg-wormhole/dist/cli.js, what `npx wormhole` runs) loads the
  // .ts entry through the tsx the app has installed, and installs the same hashes tsx sends.
  test('installs what the tsx build calls', () => {
    const entry = join(build, 'deploy-entry.ts');
    writeFileSync(
      entry,
      "import { connect } from 'pg-wormhole';\nimport { defineFunctions } from '../fixture/functions';\n" +
        'export const ready = connect(process.env.DATABASE_URL).then((wh) => defineFunctions(wh));\n',
    );
    const r = exec(['node', join(here, 'node_modules', 'pg-wormhole', 'dist', 'cli.js'), '--json', '--database-url', db.url, 'deploy', entry]);
    expect(r.stderr).toBe('');
    const deployed = JSON.parse(r.stdout) as Array<{ name: string; hash: string; status: string }>;
    const tsx = outcomes.get('tsx')?.hashes;
    expect(deployed.map((f) => [f.name, f.hash, f.status])).toEqual([
      ['summarize', tsx?.summarize, 'present'],
      ['greet', tsx?.greet, 'present'],
    ]);
  });
});
