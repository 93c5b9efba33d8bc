import { ArgumentError, ResultError } from '../src/errors';
import { decodeValue, encodeArgs, encodeResult } from '../src/wire-codec';

describe('wire codec (the SDK side of the shared wire format)', () => {
  it('round-trips Date, BigInt, bytes, undefined vs null', () => {
    const args = [new Date('2024-01-02T03:04:05Z'), 2n ** 64n, Buffer.from('hi'), undefined, null];
    const back = decodeValue(encodeArgs(args, 'f')) as unknown[];
    expect(back[0]).toEqual(args[0]);
    expect(back[1]).toBe(2n ** 64n);
    expect(Buffer.isBuffer(back[2])).toBe(true);
    expect((back[2] as Buffer).toString()).toBe('hi');
    expect(back).toHaveLength(5);
    expect(back[3]).toBeUndefined();
    expect(back[4]).toBeNull();
  });

  it('names the argument path of a value that cannot be sent', () => {
    const cyclic: Record<string, unknown> = { id: 1 };
    cyclic.self = cyclic;
    expect(() => encodeArgs([1, { items: [0, () => 1] }], 'importRows')).toThrow(ArgumentError);
    expect(() => encodeArgs([1, { items: [0, () => 1] }], 'importRows')).toThrow(/importRows.*args\[1\]\.items\[1\] is a function/);
    expect(() => encodeArgs([cyclic], 'f')).toThrow(/args\[0\]\.self.*cycle/);
    try {
      encodeArgs([Symbol('s')], 'f');
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as ArgumentError).path).toBe('args[0]');
    }
  });

  it('refuses results that could not travel back', () => {
    expect(() => encodeResult(new Map(), 'f')).toThrow(ResultError);
    expect(() => encodeResult(new Map(), 'f')).toThrow(/Object.fromEntries/);
  });
});
