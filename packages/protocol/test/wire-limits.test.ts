/**
 * The wire caps (WIRE_LIMITS): text too long or nested too deep is refused before JSON.parse sees
 * it, and a value that would encode to such text is refused before it is sent.
 */
import { WIRE_LIMITS } from '../src/limits';
import { decode, encode, tooDeepAt, WireError } from '../src/wire';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedValue = (depth: number) => {
  let v: unknown = [];
  for (let i = 1; i < depth; i++) v = [v];
  return v;
};

function failure(run: () => unknown): WireError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WireError);
    return error as WireError;
  }
  throw new Error('expected a WireError');
}

describe('decode', () => {
  test('refuses ten million nested brackets at once, naming the limit and the fix', () => {
    const started = Date.now();
    const e = failure(() => decode('['.repeat(10_000_000)));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(e.message).toBe(
      'the wire text is nested more than 512 levels deep (arrays and objects; the limit is WIRE_LIMITS.maxDepth). ' +
        'Flatten the data (e.g. rows with parent ids instead of a tree). Pass large data as a table or in chunks: load it with COPY ' +
        'or INSERT … SELECT FROM unnest($1) into a table the function reads, or split it over several calls',
    );
  });

  test('accepts exactly maxDepth levels and refuses one more, in arrays and objects', () => {
    expect(WIRE_LIMITS.maxDepth).toBe(512);
    expect(decode(nested(512))).toEqual(nestedValue(512));
    failure(() => decode(nested(513)));
    const objects = (d: number) => `${'{"a":'.repeat(d - 1)}{}${'}'.repeat(d - 1)}`;
    expect(() => decode(objects(512))).not.toThrow();
    expect(failure(() => decode(objects(513))).message).toContain('more than 512 levels deep');
  });

  test('brackets inside strings, escaped quotes and trailing backslashes do not count', () => {
    const brackets = '['.repeat(5000);
    expect(decode(JSON.stringify([brackets, 'a\\"b', '\\', `x\\"${brackets}`]))).toEqual([brackets, 'a\\"b', '\\', `x\\"${brackets}`]);
    expect(tooDeepAt(`["\\\\", ${nested(600)}]`, 512)).toBeGreaterThan(0);
    expect(tooDeepAt(`["\\"", ${nested(600)}]`, 512)).toBeGreaterThan(0);
    expect(tooDeepAt(`["\\"${'['.repeat(600)}"]`, 512)).toBe(-1);
  });

  test('malformed text is left to JSON.parse, which names the problem', () => {
    expect(() => decode(`["unterminated ${'['.repeat(600)}`)).toThrow(SyntaxError);
    expect(() => decode(`${']'.repeat(600)}`)).toThrow(SyntaxError);
  });

  test('refuses text over 64 Mi characters without parsing it', () => {
    expect(WIRE_LIMITS.maxTextLength).toBe(64 * 1024 * 1024);
    const text = `"${'x'.repeat(WIRE_LIMITS.maxTextLength)}"`;
    const started = Date.now();
    const e = failure(() => decode(text));
    expect(Date.now() - started).toBeLessThan(100);
    expect(e.message).toMatch(
      /^the wire text is 67108866 characters of wire text; the limit is 67108864 \(64 Mi characters, WIRE_LIMITS\.maxTextLength\)\. Pass large data as a table or in chunks/,
    );
  });

  test('the pre-scan of a 10 MB argument costs less than parsing it', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: i, name: `name ${i}`, tags: ['a', 'b'], score: i / 7 }));
    const text = JSON.stringify(rows);
    decode(text);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 3; i++) tooDeepAt(text, 512);
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < 3; i++) JSON.parse(text);
    const t2 = process.hrtime.bigint();
    expect(Number(t1 - t0)).toBeLessThan(Number(t2 - t1));
  });
});

describe('encode', () => {
  test('refuses a value nested deeper than maxDepth, naming where', () => {
    expect(() => encode(nestedValue(512))).not.toThrow();
    const e = failure(() => encode({ rows: nestedValue(600) }, 'result'));
    expect(e.path).toBe(`result.rows${'[0]'.repeat(511)}`);
    expect(e.message).toContain('is nested more than 512 levels deep');
    expect(e.message).toContain('Pass large data as a table or in chunks');
  });

  test('refuses a value whose wire text is over 64 Mi characters', () => {
    const e = failure(() => encode('y'.repeat(WIRE_LIMITS.maxTextLength), 'result'));
    expect(e.path).toBe('result');
    expect(e.message).toMatch(/^result encodes to 67108866 characters of wire text; the limit is 67108864/);
    const args = failure(() => encode([{ big: 'z'.repeat(WIRE_LIMITS.maxTextLength / 2) }, 'z'.repeat(WIRE_LIMITS.maxTextLength / 2)], 'args'));
    expect(args.path).toBe('args');
  });

  test('a path through huge keys stays short in the message', () => {
    const key = 'k'.repeat(1_000_000);
    const e = failure(() => encode({ [key]: { [key]: () => 1 } }, 'result'));
    expect(e.path).toBe(`result.${'k'.repeat(63)}….${'k'.repeat(63)}…`);
    expect(e.message.length).toBeLessThan(1000);
  });

  test('what encode accepts, decode accepts', () => {
    const value = nestedValue(512);
    expect(decode(encode(value))).toEqual(value);
  });
});
