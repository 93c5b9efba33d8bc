/**
 * stripInstrumentation over real tool output: esbuild with keepNames (what tsx does) and
 * babel-plugin-istanbul (what jest --coverage does with ts-jest or babel-jest). The stripped source
 * must validate, behave like the original, and equal the output of the same build without the
 * instrumentation where the tools print alike.
 */
import { transformSync as babel } from '@babel/core';
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { stripInstrumentation, validate } from '../src';

const APP = `
export const fn = async (db: unknown, ids: number[]) => {
  const double = (x: number) => x * 2;
  function triple(x: number) { return x * 3; }
  class Acc { total = 0; add(v: number) { this.total += v; } }
  const acc = new Acc();
  for (const i of ids) acc.add(ids.length > 1 ? double(i) : triple(i));
  const { x, ...rest } = { x: 1, y: ids.length || 0 };
  return { total: acc.total, x, rest, names: [double.name, triple.name, Acc.name], ok: ids && ids.length };
};`;

const dir = mkdtempSync(join(tmpdir(), 'wh-instr-'));
writeFileSync(join(dir, 'app.ts'), APP);

function load(code: string): (...args: unknown[]) => Promise<unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports.fn as (...args: unknown[]) => Promise<unknown>;
}

function esbuild(keepNames: boolean, minify = false): string {
  return buildSync({
    entryPoints: [join(dir, 'app.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    keepNames,
    minify,
    write: false,
  }).outputFiles[0].text;
}

function istanbul(): string {
  const js = buildSync({ entryPoints: [join(dir, 'app.ts')], format: 'cjs', platform: 'node', target: 'node18', write: false }).outputFiles[0].text;
  const out = babel(js, {
    filename: join(dir, 'app.js'),
    cwd: dir,
    babelrc: false,
    configFile: false,
    plugins: [[require.resolve('babel-plugin-istanbul'), { cwd: dir }]],
  });
  return out?.code as string;
}

/** Runs a function source on its own, as the server would (nothing from the module around it). */
function runAlone(source: string, ...args: unknown[]): Promise<unknown> {
  return (new Function(`return (${source});`)() as (...a: unknown[]) => Promise<unknown>)(...args);
}

describe('esbuild keepNames (tsx)', () => {
  const fn = load(esbuild(true));
  const source = String(fn);

  test('the source has __name wrappers, the validator alone refuses it', () => {
    expect(source).toContain('__name(');
    expect(validate(source).ok).toBe(false);
  });

  test('stripped: valid, the same text as the build without keepNames, same result', async () => {
    const r = stripInstrumentation(source);
    expect(r.removed).toEqual(['keep-names']);
    expect(validate(r.source).diagnostics).toEqual([]);
    expect(r.source).toBe(String(load(esbuild(false))));
    const expected = await fn(null, [1, 2]);
    const actual = (await runAlone(r.source, null, [1, 2])) as Record<string, unknown>;
    expect({ ...actual, names: undefined }).toEqual({ ...(expected as object), names: undefined });
  });

  test('--minify without keepNames needs nothing stripped', async () => {
    const min = String(load(esbuild(false, true)));
    expect(stripInstrumentation(min).removed).toEqual([]);
    expect(validate(min).diagnostics).toEqual([]);
    expect(((await runAlone(min, null, [3])) as { total: number }).total).toBe(9);
  });

  test('--minify with keepNames: the renamed helper cannot be told from user code; the message names esbuild and the fix', () => {
    const min = String(load(esbuild(true, true)));
    const d = validate(stripInstrumentation(min).source).diagnostics;
    expect(d.length).toBeGreaterThan(0);
    for (const x of d) {
      expect(x.message).toContain("esbuild's keepNames");
      expect(x.message).toContain('--minify-whitespace --minify-syntax');
    }
  });
});

describe('Istanbul (jest --coverage)', () => {
  const fn = load(istanbul());
  const source = String(fn);

  test('the source has counters, the validator alone refuses it', () => {
    expect(source).toMatch(/cov_[0-9a-z]+\(\)\.s\[\d+\]\+\+/);
    expect(validate(source).ok).toBe(false);
  });

  test('stripped: valid, no counter left, same result', async () => {
    const r = stripInstrumentation(source);
    expect(r.removed).toEqual(['coverage']);
    expect(r.source).not.toContain('cov_');
    expect(validate(r.source).diagnostics).toEqual([]);
    expect(await runAlone(r.source, null, [1, 2])).toEqual(await fn(null, [1, 2]));
  });
});

describe('what is not instrumentation stays', () => {
  test.each([
    ['a local __name', '(db) => { const __name = (f, n) => f; return __name(1, "x"); }'],
    ['a local cov_ function', '(db) => { const cov_abc = () => ({ s: [0] }); cov_abc().s[0]++; return 1; }'],
    ['__name with a computed name', '(db, n) => __name(() => 1, n)'],
    ['a counter-like call with arguments', '(db) => { cov_abc(1).s[0]++; }'],
  ])('%s', (_what, source) => {
    expect(stripInstrumentation(source).source).toBe(source);
  });

  test('a free __name of another shape is left for the validator to report', () => {
    const r = stripInstrumentation('(db, n) => __name(() => 1, n)');
    expect(validate(r.source).diagnostics.map((d) => d.rule)).toContain('transpiler-helper');
  });

  test('positions map back to the original source', () => {
    const source = '(db) => {\n  cov_1().s[0]++;\n  return missing;\n}';
    const r = stripInstrumentation(source);
    const at = r.source.indexOf('missing');
    expect(r.toOriginal(at)).toBe(source.indexOf('missing'));
  });
});
