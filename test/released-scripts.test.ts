/**
 * Released install and upgrade scripts never change: a DBA who ran `CREATE EXTENSION wormhole
 * VERSION '0.1.0'` got exactly that text. extension/sql/RELEASED.sha256 pins each one; the build
 * copies them as they are (extension/build.mjs), and what is installed on the server is that copy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { clusterUrl } from './support/database';

const sqlDir = join(__dirname, '..', 'extension', 'sql');
const pinned = readFileSync(join(sqlDir, 'RELEASED.sha256'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [sha, file] = line.split(/\s+/);
    return { sha, file };
  });
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('every released script in the repository is pinned, and every pinned one is unchanged', () => {
  const released = readdirSync(sqlDir)
    .filter((f) => /^wormhole--[\d.]+(--[\d.]+)?\.sql$/.test(f))
    .sort();
  expect(pinned.map((p) => p.file).sort()).toEqual(released);
  for (const { sha, file } of pinned) expect({ file, sha: sha256(join(sqlDir, file)) }).toEqual({ file, sha });
});

test('the build and the server carry the released scripts byte for byte', () => {
  // The target server's own SHAREDIR (a private PostgreSQL copy may not be the one on PATH).
  const share = execFileSync(
    'psql',
    ['-X', '-A', '-t', '-d', clusterUrl(), '-c', "SELECT setting FROM pg_catalog.pg_config WHERE name = 'SHAREDIR'"],
    { encoding: 'utf8' },
  ).trim();
  for (const { sha, file } of pinned) {
    expect({ file, dist: sha256(join(sqlDir, '..', 'dist', file)) }).toEqual({ file, dist: sha });
    const installed = join(share, 'extension', file);
    expect(existsSync(installed)).toBe(true);
    expect({ file, installed: sha256(installed) }).toEqual({ file, installed: sha });
  }
});
