// Runs every test suite against the private cluster and prints one set of totals.
//   pgTAP suites (pg_prove): plv8-compat/test/*.sql, extension/test/*.sql, each in a fresh database
//   jest: unit tests of every package and the end-to-end tests in test/
//   eslint, prettier, clang-format: scripts/lint.mjs (each finding fails)
//   node --test: the benchmark's self-test (its latency proxy against the real cluster) and the
//                test runner's own (scripts/test: how pg_prove's totals are counted)
// The last line is "N passed, N failed" so CI can read the totals in any language.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOLS as LINT_TOOLS } from './lint.mjs';
import { countPgProve } from './pg-prove-totals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The same crash-line patterns the hostile suite checks on its throwaway cluster.
const { crashLinesSince, logOffset } = createRequire(import.meta.url)(join(root, 'test/hostile/support/crash-log.js'));
const clusterLog = join(root, '.pg', 'postgres.log');
const logStart = logOffset(clusterLog);
const only = process.argv.slice(2); // optional filter: suite names (plv8-compat, extension, jest, eslint, …)
const results = [];

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: opts.capture ? 'pipe' : 'inherit', ...opts });
}

function psql(db, sql) {
  const r = run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db, '-c', sql], { capture: true });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
}

function pgTapSuite(name, dir, database) {
  if (only.length && !only.includes(name)) return;
  const files = existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.sql')).sort() : [];
  if (files.length === 0) { results.push({ name, passed: 0, failed: 0, note: 'no test files' }); return; }
  psql('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  psql('postgres', `CREATE DATABASE ${database}`);
  console.log(`\n=== ${name}: pg_prove ${dir} (${files.length} files) ===`);
  const r = run('pg_prove', ['-d', database, '--ext', '.sql', '-r', ...files.map((f) => join(dir, f))], { capture: true });
  const out = r.stdout + r.stderr;
  process.stdout.write(out);
  results.push({ name, ...countPgProve(out, r.status) });
}

// The e2e tests for read replicas and transaction poolers need a streaming replica and PgBouncer in
// front of the private cluster; both scripts are idempotent (seconds when already running).
// Against another cluster (DATABASE_URL/PGPORT elsewhere, e.g. one with upstream PL/v8) they are the
// caller's to run (test/support/servers.ts): the scripts would rebuild .pg/replica from that cluster.
function targetsPrivateCluster() {
  const pidFile = join(root, '.pg', 'data', 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const port = Number(new URL(process.env.DATABASE_URL ?? 'postgres://127.0.0.1:54329/').port || 5432);
  return Number(readFileSync(pidFile, 'utf8').split('\n')[3]) === port;
}

function startReplicaAndPooler() {
  if (!targetsPrivateCluster()) return;
  for (const script of ['scripts/replica.sh', 'scripts/pooler.sh']) {
    const r = run('bash', [script, 'start']);
    if (r.status !== 0) results.push({ name: script, passed: 0, failed: 1, note: `${script} start failed` });
  }
}

function jestSuite() {
  if (only.length && !only.includes('jest')) return;
  startReplicaAndPooler();
  const out = join(mkdtempSync(join(tmpdir(), 'wh-jest-')), 'result.json');
  console.log('\n=== jest: unit and end-to-end tests ===');
  const r = run('npx', ['jest', '--json', `--outputFile=${out}`], {});
  if (!existsSync(out)) { results.push({ name: 'jest', passed: 0, failed: 1, note: `jest exited ${r.status} without results` }); return; }
  const j = JSON.parse(readFileSync(out, 'utf8'));
  const suiteErrors = j.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  let failed = j.numFailedTests + suiteErrors;
  // A failing global teardown (the hostile suite's crash-log check) only shows in the exit status.
  if (r.status !== 0 && failed === 0) failed = 1;
  results.push({ name: 'jest', passed: j.numPassedTests, failed });
}

// node's test runner prints "# pass N" and "# fail N" after its TAP output.
function nodeTestSuite(name, dir) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}: node --test ${dir} ===`);
  const r = run('node', ['--test', dir], { capture: true });
  const out = r.stdout + r.stderr;
  process.stdout.write(out.split('\n').filter((l) => /^(not )?ok |^# (pass|fail)/.test(l)).join('\n') + '\n');
  const passed = Number((out.match(/^# pass (\d+)/m) ?? [])[1] ?? 0);
  let failed = Number((out.match(/^# fail (\d+)/m) ?? [])[1] ?? 0);
  if (r.status !== 0 && failed === 0) failed = 1;
  results.push({ name, passed, failed });
}

// Lint and format (scripts/lint.mjs): a file with no finding passes, each finding fails.
async function lintSuite(name) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name} (scripts/lint.mjs) ===`);
  const { checked, findings } = await LINT_TOOLS[name]();
  for (const f of findings) console.log(f);
  const files = new Set(findings.map((f) => f.split(':')[0]));
  results.push({ name, passed: checked - files.size, failed: findings.length });
}

pgTapSuite('plv8-compat', 'plv8-compat/test', 'plv8_compat_test');
pgTapSuite('extension', 'extension/test', 'wormhole_ext_test');
jestSuite();
nodeTestSuite('bench', 'bench/test/');
nodeTestSuite('scripts', 'scripts/test/');
for (const tool of Object.keys(LINT_TOOLS)) await lintSuite(tool);

// No input from any role may make the postmaster restart: a backend killed by a signal or crash
// recovery in the private cluster's log during this run fails the run, with the lines printed.
{
  const crashes = crashLinesSince(clusterLog, logStart);
  if (crashes.length) console.log(`\n=== server log (${clusterLog}): ${crashes.length} crash line(s) during the run ===\n${crashes.join('\n')}`);
  results.push({ name: 'server-log', passed: crashes.length ? 0 : 1, failed: crashes.length ? 1 : 0, note: crashes.length ? 'backend killed by a signal / crash recovery' : 'no signal deaths' });
}

console.log('\n=== totals ===');
for (const r of results) console.log(`${r.name.padEnd(12)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed${r.note ? `  (${r.note})` : ''}`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
