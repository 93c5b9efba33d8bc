/**
 * scripts/lint.mjs checks the files git knows; in a copy that is not a git checkout (an unpacked
 * archive) it walks the tree and honours the .gitignore files instead. Both lists are taken in a
 * child node process (lint.mjs is an ES module).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const lint = path.join(root, 'scripts/lint.mjs');

/** Runs `expression` (which may use knownFiles and unignoredFiles) and returns its JSON value. */
function evaluate(expression: string): any {
  const code = `import { knownFiles, unignoredFiles } from ${JSON.stringify(lint)};\nconsole.log(JSON.stringify(${expression}));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('scripts/lint.mjs file list', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wh-lint-plain-'));
    const write = (file: string, text = 'export const x = 1;\n') => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write('.gitignore', 'node_modules/\ndist/\n*.log\n');
    write('src/a.ts');
    write('src/b.mjs');
    write('src/notes.log');
    write('dist/a.js');
    write('node_modules/dep/index.ts');
    write('pkg/.gitignore', 'generated/\n/local.ts\n');
    write('pkg/generated/g.ts');
    write('pkg/local.ts');
    write('pkg/deeper/local.ts'); // "/local.ts" is anchored to pkg/, so this one stays
    write('pkg/c.ts');
    symlinkSync(path.join(dir, 'src/a.ts'), path.join(dir, 'src/link.ts'));
    symlinkSync(path.join(dir, 'pkg'), path.join(dir, 'pkg-link')); // a link to a folder is not walked into
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in a plain directory, lists the files the .gitignore files (root and nested) do not ignore', () => {
    expect(evaluate(`knownFiles(/./, ${JSON.stringify(dir)})`)).toEqual([
      '.gitignore',
      'pkg/.gitignore',
      'pkg/c.ts',
      'pkg/deeper/local.ts',
      'src/a.ts',
      'src/b.mjs',
      'src/link.ts',
    ]);
    expect(evaluate(`knownFiles(/\\.ts$/, ${JSON.stringify(dir)})`)).toEqual(['pkg/c.ts', 'pkg/deeper/local.ts', 'src/a.ts', 'src/link.ts']);
  });

  // Only where the repository is a git checkout (an unpacked archive has nothing to compare with).
  const isCheckout = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).status === 0;
  (isCheckout ? it : it.skip)('in this checkout, the walk finds exactly the files git lists (tracked, or untracked and not ignored)', () => {
    const { git, walk } = evaluate(`{ git: knownFiles(/./), walk: [...new Set(unignoredFiles(${JSON.stringify(root)}))].sort() }`);
    expect(git.length).toBeGreaterThan(100);
    expect(walk).toEqual(git);
  });
});
