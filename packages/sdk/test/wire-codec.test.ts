import { ArgumentError, ProtocolError, ResultError } from '../src/errors';
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

describe('wire limits on the client (the same WIRE_LIMITS the server applies)', () => {
  const deep = (depth: number) => {
    let v: unknown = [];
    for (let i = 1; i < depth; i++) v = [v];
    return v;
  };

  it('refuses arguments nested too deep before any network, with the path and the fix', () => {
    let caught: unknown;
    try {
      encodeArgs([deep(600)], 'importTree');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ArgumentError);
    const e = caught as ArgumentError;
    expect(e.code).toBe('WH004');
    expect(e.path).toBe(`args[0]${'[0]'.repeat(511)}`); // the args array is level 1
    expect(e.message).toMatch(/^Cannot send the arguments of importTree: args\[0\]\[0\].*characters cut.*\[0\] is nested more than 512 levels deep/);
    expect(e.message.length).toBeLessThan(1200);
    expect(e.message).toContain('Pass large data as a table or in chunks');
  });

  it('refuses arguments over 64 Mi characters of wire text', () => {
    expect(() => encodeArgs(['x'.repeat(64 * 1024 * 1024)], 'bulk')).toThrow(
      /args encodes to 67108868 characters of wire text; the limit is 67108864/,
    );
  });

  it('refuses a result too large for the codec, naming the limit', () => {
    expect(() => encodeResult(deep(513), 'f')).toThrow(ResultError);
    expect(() => encodeResult(deep(513), 'f')).toThrow(/more than 512 levels deep/);
  });

  it('treats an answer nested too deep as a protocol error, quickly', () => {
    const started = Date.now();
    expect(() => decodeValue('['.repeat(5_000_000))).toThrow(ProtocolError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
