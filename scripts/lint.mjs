// Lint and format checks, for the test command (run-tests.mjs counts each tool as a suite) and for
// turbo (`npx turbo run lint`, the root task //#lint):
//   eslint        TypeScript and JavaScript (eslint.config.mjs)
//   prettier      TypeScript layout (.prettierrc.json)
//   clang-format  the engine's C++ (plv8-compat/.clang-format)
// The files are those git knows (tracked, or new and not ignored), so build output and installed
// packages are never checked; in a copy that is not a git checkout (an unpacked archive), the files
// below the root that the .gitignore files do not ignore. `node scripts/lint.mjs [tool…] [--fix]` prints every finding and exits
// non-zero when there is one; --fix rewrites the files instead (eslint --fix, prettier, clang-format -i).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The files below `dir` that exist and match `pattern`, as paths relative to it: those git knows
 * (tracked, or untracked and not ignored) when `dir` is the top of a git checkout, otherwise those
 * unignoredFiles walks to.
 */
export function knownFiles(pattern, dir = root) {
  const files = isCheckoutTop(dir) ? gitFiles(dir) : unignoredFiles(dir);
  return [...new Set(files)].filter((f) => f && pattern.test(f) && existsSync(join(dir, f))).sort();
}

/** True when `dir` is the top of a git work tree (not a plain directory, nor one inside another checkout). */
function isCheckoutTop(dir) {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 && realpathSync(r.stdout.trim()) === realpathSync(dir);
}

function gitFiles(dir) {
  const r = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  return r.stdout.split('\0');
}

/**
 * The files below `dir` that the .gitignore files (its own and those of the folders on the way, each
 * for the paths below it, as git reads them) do not ignore; .git is skipped and a link is listed only
 * when it leads to a file. What git would list as untracked-and-not-ignored in a fresh checkout.
 */
export function unignoredFiles(dir) {
  const out = [];
  const visit = (rel, rules) => {
    const gitignore = join(dir, rel, '.gitignore');
    if (existsSync(gitignore)) rules = [...rules, { base: rel, matcher: ignore().add(readFileSync(gitignore, 'utf8')) }];
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      // A rule sees the path relative to its .gitignore's folder; a folder is asked about with its
      // trailing slash, so `dist/` matches it.
      const ignored = rules.some(({ base, matcher }) => matcher.ignores((base ? path.slice(base.length + 1) : path) + (isDir ? '/' : '')));
      if (ignored) continue;
      if (isDir) visit(path, rules);
      else if (entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, path), { throwIfNoEntry: false })?.isFile())) out.push(path);
    }
  };
  visit('', []);
  return out;
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
