/** Cutting text to a size (clip.ts), for the bounded errors of limits.ts. */
import { clipBytes, clipChars, clipMiddle, ERROR_LIMITS, utf8Length } from '../src';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('clipping', () => {
  test('clipBytes counts UTF-8 bytes, marks the cut and never splits a surrogate pair', () => {
    expect(clipBytes('short', 10)).toBe('short');
    expect(clipBytes('ééééé', 10)).toBe('ééééé');
    const cut = clipBytes('😀'.repeat(1000), 100);
    expect(bytes(cut)).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/^(😀)+ … \[cut: 2000 characters in all\]$/);
    expect(bytes(clipBytes('€'.repeat(5000), 8192))).toBeLessThanOrEqual(8192);
  });

  test('clipBytes of a 50 MB string reads characters in proportion to the limit, not to the text', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const cut = clipBytes(huge, ERROR_LIMITS.maxMessageBytes);
    expect(bytes(cut)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(cut.endsWith(`[cut: ${huge.length} characters in all]`)).toBe(true);
    // The same text behind a counter of the characters clipBytes looks at (no clock involved).
    let reads = 0;
    const counted = {
      length: huge.length,
      charCodeAt: (i: number) => {
        reads++;
        return huge.charCodeAt(i);
      },
      slice: (from: number, to: number) => huge.slice(from, to),
    } as unknown as string;
    expect(clipBytes(counted, ERROR_LIMITS.maxMessageBytes)).toBe(cut);
    expect(reads).toBeLessThanOrEqual(2 * ERROR_LIMITS.maxMessageBytes + 2);
  });

  test('clipChars and clipMiddle stay within their length', () => {
    expect(clipChars('abc', 3)).toBe('abc');
    expect(clipChars('a'.repeat(500), 100).length).toBeLessThanOrEqual(100);
    const mid = clipMiddle(`start${'-'.repeat(1000)}end`, 100);
    expect(mid.length).toBeLessThanOrEqual(100);
    expect(mid.startsWith('start')).toBe(true);
    expect(mid.endsWith('end')).toBe(true);
    expect(clipMiddle('😀'.repeat(200), 101)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  test('utf8Length agrees with Node and can stop early', () => {
    for (const s of ['', 'abc', 'é€', '😀x', '\ud800']) expect(utf8Length(s)).toBe(bytes(s));
    expect(utf8Length('x'.repeat(1e6), 10)).toBe(11);
  });
});
