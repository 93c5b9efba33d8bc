// Lint and format checks, for the test command (run-tests.mjs counts each tool as a suite) and for
// turbo (`npx turbo run lint`, the root task //#lint):
//   eslint        TypeScript and JavaScript (eslint.config.mjs)
//   prettier      TypeScript layout (.prettierrc.json)
//   clang-format  the engine's C++ (plv8-compat/.clang-format)
// The files are those git knows (tracked, or new and not ignored), so build output and installed
// packages are never checked. `node scripts/lint.mjs [tool…] [--fix]` prints every finding and exits
// non-zero when there is one; --fix rewrites the files instead (eslint --fix, prettier, clang-format -i).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files git knows below the root (tracked, or untracked and not ignored) that exist, matching `pattern`. */
export function knownFiles(pattern) {
  const r = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  return [...new Set(r.stdout.split('\0'))].filter((f) => f && pattern.test(f) && existsSync(join(root, f))).sort();
}

const SCRIPT = /\.(ts|mts|cts|js|mjs|cjs)$/;
const TYPESCRIPT = /\.ts$/;
const CPP = /^plv8-compat\/src\/.*\.(cc|h)$/;

/** Each tool returns { checked, findings: [text…] }: one finding per problem (eslint) or per file (formatters). */
export async function eslint({ fix = false } = {}) {
  const { ESLint } = await import('eslint');
  const engine = new ESLint({ cwd: root, fix, errorOnUnmatchedPattern: false });
  const files = knownFiles(SCRIPT);
  const results = await engine.lintFiles(files.map((f) => join(root, f)));
  if (fix) await ESLint.outputFixes(results);
  const findings = [];
  for (const r of results) {
    for (const m of r.messages) findings.push(`${r.filePath.slice(root.length + 1)}:${m.line}:${m.column}  ${m.message}  [${m.ruleId ?? 'eslint'}]`);
  }
  return { checked: results.length, findings };
}

export async function prettier({ fix = false } = {}) {
  const api = await import('prettier');
  const files = knownFiles(TYPESCRIPT);
  const findings = [];
  let checked = 0;
  for (const file of files) {
    const path = join(root, file);
    const info = await api.getFileInfo(path, { ignorePath: join(root, '.prettierignore') });
    if (info.ignored) continue;
    checked++;
    const options = { ...(await api.resolveConfig(path)), filepath: path };
    const text = readFileSync(path, 'utf8');
    if (await api.check(text, options)) continue;
    if (fix) writeFileSync(path, await api.format(text, options));
    else findings.push(`${file}: not formatted (node scripts/lint.mjs prettier --fix)`);
  }
  return { checked, findings };
}

export async function clangFormat({ fix = false } = {}) {
  const files = knownFiles(CPP);
  const findings = [];
  for (const file of files) {
    const args = fix ? ['-i', file] : ['--dry-run', '--Werror', file];
    const r = spawnSync('clang-format', args, { cwd: root, encoding: 'utf8' });
    if (r.error) return { checked: 0, findings: [`clang-format could not run (${r.error.message}); install it: apt-get install clang-format`] };
    if (!fix && r.status !== 0) findings.push(`${file}: not formatted (${r.stderr.split('\n').filter((l) => l.includes('error:')).length} places; node scripts/lint.mjs clang-format --fix)`);
  }
  return { checked: files.length, findings };
}

export const TOOLS = { eslint, prettier, 'clang-format': clangFormat };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const fix = args.includes('--fix');
  const names = args.filter((a) => !a.startsWith('--'));
  let failed = 0;
  for (const name of names.length ? names : Object.keys(TOOLS)) {
    if (!TOOLS[name]) throw new Error(`unknown tool ${name}; one of ${Object.keys(TOOLS).join(', ')}`);
    const { checked, findings } = await TOOLS[name]({ fix });
    for (const f of findings) console.log(f);
    console.log(`${name}: ${checked} files, ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
    failed += findings.length;
  }
  process.exit(failed > 0 ? 1 : 0);
}
