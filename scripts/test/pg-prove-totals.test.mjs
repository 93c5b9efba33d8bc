// pg_prove's totals as run-tests.mjs counts them, from a real pg_prove run against the private
// cluster: a file that dies part-way counts its tests that never ran as failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countPgProve } from '../pg-prove-totals.mjs';

const psql = (sql) => {
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', 'postgres', '-c', sql], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
};

test('a file that dies after 2 of its 5 planned tests counts 3 failed; a failing test counts 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wh-pgprove-'));
  const head = 'BEGIN;\nCREATE EXTENSION IF NOT EXISTS pgtap;\n';
  writeFileSync(join(dir, '01_dies.sql'), `\\set ON_ERROR_STOP 1\n${head}SELECT plan(5);\nSELECT ok(true, 'one');\nSELECT ok(true, 'two');\nSELECT 1/0;\nSELECT ok(true, 'three');\nSELECT * FROM finish();\nROLLBACK;\n`);
  writeFileSync(join(dir, '02_fails_one.sql'), `${head}SELECT plan(3);\nSELECT ok(true, 'a');\nSELECT ok(false, 'b');\nSELECT ok(true, 'c');\nSELECT * FROM finish();\nROLLBACK;\n`);
  writeFileSync(join(dir, '03_no_plan.sql'), `\\set ON_ERROR_STOP 1\n${head}SELECT 1/0;\nROLLBACK;\n`);
  const db = `wh_pgprove_totals_${process.pid}`;
  psql(`DROP DATABASE IF EXISTS ${db}`);
  psql(`CREATE DATABASE ${db}`);
  try {
    const r = spawnSync('pg_prove', ['-d', db, '--ext', '.sql', join(dir, '01_dies.sql'), join(dir, '02_fails_one.sql'), join(dir, '03_no_plan.sql')], { encoding: 'utf8' });
    const totals = countPgProve(r.stdout + r.stderr, r.status);
    // Ran: 2 + 3 (one of them failed); never ran: 3 of the first file; the third file has no plan at all.
    assert.deepEqual(totals, { passed: 4, failed: 1 + 3 + 1 });
  } finally {
    psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
});
