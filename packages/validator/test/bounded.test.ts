/**
 * Bounded output: however many problems a source has and however long its names are, what the
 * validator reports stays within ERROR_LIMITS (limits.ts), with a count of what was left out.
 */
import { ERROR_LIMITS } from '@wormhole/protocol';
import { formatDiagnostics, validate } from '../src';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** About 95 KB of violations: three problems per repetition (plv8, eval, a free variable). */
const FLOOD = `(db) => {\n${'  plv8.x; eval(y);\n'.repeat(5200)}}`;

describe('a source full of violations', () => {
  const result = validate(FLOOD);

  test('lists the first 20 problems in order and counts the rest', () => {
    expect(FLOOD.length).toBeGreaterThan(90_000);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(ERROR_LIMITS.maxDiagnostics);
    expect(result.diagnostics[0].line).toBe(2);
    expect(result.diagnostics.map((d) => d.line)).toEqual([...result.diagnostics.map((d) => d.line)].sort((a, b) => a - b));
    // 5200 lines with plv8, eval and y each, minus the 20 listed.
    expect(result.omitted).toBe(3 * 5200 - 20);
  });

  test('its message stays within 8 KB and ends with "… and N more problems"', () => {
    const text = formatDiagnostics(result.diagnostics, result.omitted);
    expect(bytes(text)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    const listed = (text.match(/^\d+:\d+ {2}/gm) ?? []).length;
    expect(listed).toBeGreaterThan(5);
    expect(text.endsWith(`… and ${3 * 5200 - listed} more problems`)).toBe(true);
  });

  test('its DETAIL (the JSON the installer sends) stays far within 64 KB', () => {
    const detail = JSON.stringify({ wormhole: 1, kind: 'validation', diagnostics: result.diagnostics, omitted: result.omitted });
    expect(bytes(detail)).toBeLessThan(ERROR_LIMITS.maxDetailBytes / 2);
  });

  test('a clean or nearly clean source omits nothing', () => {
    expect(validate('(db) => 1')).toMatchObject({ ok: true, diagnostics: [], omitted: 0 });
    const one = validate('(db) => plv8');
    expect(one.diagnostics).toHaveLength(1);
    expect(one.omitted).toBe(0);
    expect(formatDiagnostics(one.diagnostics, one.omitted)).not.toContain('more problem');
  });
});

describe('one huge problem', () => {
  test('a name as long as the source is shortened where it is quoted, keeping the advice', () => {
    const name = 'a'.repeat(90_000);
    const [d] = validate(`(db) => ${name}`).diagnostics;
    expect(d.rule).toBe('free-variable');
    expect(d.message.length).toBeLessThanOrEqual(ERROR_LIMITS.maxDiagnosticMessageChars);
    // The quoted word (with its backquotes) keeps its first 50 and last 20 characters.
    expect(d.message).toMatch(/^`a{49}…\[89932 characters\]…a{19}` is not defined/);
    expect(d.message).toContain('Pass it as an argument');
  });

  test('many long words are cut in the middle as a last resort', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}${'x'.repeat(200)}`);
    const source = `(db) => { ${words.map((w) => `${w};`).join(' ')} }`;
    const msg = validate(source).diagnostics[0].message;
    expect(msg.length).toBeLessThanOrEqual(ERROR_LIMITS.maxDiagnosticMessageChars);
  });

  test('a frame of long lines is bounded', () => {
    const long = `x${'1'.repeat(5000)}`;
    const source = `(db) => {\n  const ${long} = 1;\n  const b${long} = 1;\n  return plv8;\n  // ${long}\n  // ${long}\n}`;
    const d = validate(source, { maxSourceLength: 1e6 }).diagnostics.find((x) => x.rule === 'no-plv8')!;
    expect(d.frame.length).toBeLessThanOrEqual(ERROR_LIMITS.maxFrameChars);
  });

  test('formatDiagnostics bounds diagnostics it did not make', () => {
    const huge = { rule: 'x', message: 'é'.repeat(100_000), line: 1, column: 1, frame: '' };
    const text = formatDiagnostics([huge, huge], 7);
    expect(bytes(text)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(text.endsWith('… and 8 more problems')).toBe(true);
  });
});
