import { decode, encode, toWire, WireError, bytesToBase64, base64ToBytes } from '../src/wire';

const roundTrip = (v: unknown) => decode(encode(v));

describe('wire format', () => {
  it('passes JSON-native values through untouched', () => {
    const v = { a: 1, b: 'two', c: [true, false, null], d: { nested: [1.5, -2] } };
    expect(encode(v)).toBe(JSON.stringify(v));
    expect(roundTrip(v)).toEqual(v);
  });

  it('keeps undefined distinct from null, in arrays and in objects', () => {
    const back = roundTrip({ u: undefined, n: null, list: [undefined, null] }) as Record<string, unknown>;
    expect('u' in back).toBe(true);
    expect(back.u).toBeUndefined();
    expect(back.n).toBeNull();
    expect(back.list).toEqual([undefined, null]);
    expect(roundTrip(undefined)).toBeUndefined();
  });

  it('carries numbers JSON cannot: NaN, infinities and negative zero', () => {
    expect(roundTrip(NaN)).toBeNaN();
    expect(roundTrip(Infinity)).toBe(Infinity);
    expect(roundTrip(-Infinity)).toBe(-Infinity);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
  });

  it('carries BigInt beyond 2^53 exactly', () => {
    const big = 2n ** 70n + 1n;
    expect(encode(big)).toBe('{"$big":"1180591620717411303425"}');
    expect(roundTrip(big)).toBe(big);
  });

  it('carries Date, including an invalid one', () => {
    const d = new Date('2024-02-29T12:34:56.789Z');
    expect(roundTrip(d)).toEqual(d);
    expect((roundTrip(new Date('nope')) as Date).getTime()).toBeNaN();
  });

  it("reads a date's text as the engine's own parser does, for every year and for text it did not write", () => {
    const times = [0, -1, 1, 951782400000, 253402300799999, 253402300800000, -62135596800000, -62135596800001, -62198755200000, -8.64e15, 8.64e15];
    for (let i = 0; i < 2000; i++) times.push(Math.round((Math.random() * 2 - 1) * 8.64e15));
    for (const time of times) {
      const text = new Date(time).toISOString();
      expect((decode(`{"$date":"${text}"}`) as Date).getTime()).toBe(time);
    }
    // Text toISOString never writes: impossible days, leap seconds, two-digit-year ranges, other shapes.
    for (const text of [
      '2023-02-29T00:00:00.000Z',
      '2024-02-30T00:00:00.000Z',
      '2024-04-31T12:00:00.000Z',
      '2024-01-01T23:59:60.000Z',
      '0099-12-31T23:59:59.999Z',
      '2024-1-01T00:00:00.000Z',
      '2024-01-01 00:00:00.000Z',
      '2024-01-01T00:00:00.000+00:00',
      '2024-13-01T00:00:00.000Z',
      'x',
    ]) {
      const ours = (decode(JSON.stringify({ $date: text })) as Date).getTime();
      const engines = new Date(text).getTime();
      expect(Number.isNaN(ours) ? 'NaN' : ours).toBe(Number.isNaN(engines) ? 'NaN' : engines);
    }
  });

  it('keeps an own key named __proto__ as a key, with tags beside it or not', () => {
    const own = JSON.parse('{"__proto__": {"x": 1}, "d": 5}') as Record<string, unknown>;
    for (const value of [{ a: own }, { a: own, at: new Date(0) }]) {
      const back = roundTrip(value) as { a: Record<string, unknown> };
      expect(Object.keys(back.a)).toEqual(['__proto__', 'd']);
      expect(Object.getPrototypeOf(back.a)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(back.a, '__proto__')?.value).toEqual({ x: 1 });
    }
  });

  it('decodes in place: a tag deep inside replaces only itself', () => {
    const back = decode('{"rows":[{"id":1,"at":{"$date":"2024-02-29T12:34:56.789Z"},"tags":["a",{"$u":0}]}],"n":{"$big":"7"}}');
    expect(back).toEqual({ rows: [{ id: 1, at: new Date('2024-02-29T12:34:56.789Z'), tags: ['a', undefined] }], n: 7n });
  });

  it('carries bytes as base64 and lets each side choose the byte type', () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255, 10]);
    expect(roundTrip(bytes)).toEqual(bytes);
    expect(decode(encode(Buffer.from('hi')), { bytes: (b) => Buffer.from(b) })).toEqual(Buffer.from('hi'));
  });

  it('agrees with Node on base64 for every length remainder', () => {
    for (let n = 0; n < 10; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(bytesToBase64(b)).toBe(Buffer.from(b).toString('base64'));
      expect(Array.from(base64ToBytes(bytesToBase64(b)))).toEqual(Array.from(b));
    }
  });

  it('escapes user objects that look like tags', () => {
    const v = { $date: 'not a date, just a key' };
    expect(roundTrip(v)).toEqual(v);
    expect(roundTrip({ $esc: { $u: 0 } })).toEqual({ $esc: { $u: 0 } });
  });

  it('refuses functions, symbols, cycles, Maps and class instances, naming where they are', () => {
    expect(() => encode({ cb: () => 1 }, 'args')).toThrow(/args\.cb is a function/);
    expect(() => encode([Symbol('s')], 'args')).toThrow(/args\[0\] is a Symbol/);
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(() => encode(cyclic, 'result')).toThrow(/result\.self refers back .* \(a cycle\)/);
    expect(() => encode(new Map([[1, 2]]))).toThrow(/Object\.fromEntries/);
    expect(() =>
      encode(
        new (class Point {
          x = 1;
        })(),
      ),
    ).toThrow(/instance of Point/);
    expect(() => encode(new Float64Array(2))).toThrow(WireError);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { id: 1 };
    expect(roundTrip([shared, shared])).toEqual([{ id: 1 }, { id: 1 }]);
  });

  it('rejects malformed base64', () => {
    expect(() => decode('{"$bytes":"@@@"}')).toThrow(/invalid base64/);
  });

  it('takes the fast paths only when they give the same answer as the full walk', () => {
    // Scalars that are their own wire form, and those that are not.
    expect(encode('a"b')).toBe('"a\\"b"');
    expect(encode(3.5)).toBe('3.5');
    expect(encode(null)).toBe('null');
    expect(encode(-0)).toBe('{"$n":"-0"}');
    expect(encode(NaN)).toBe('{"$n":"NaN"}');
    expect(encode(undefined)).toBe('{"$u":0}');
    // Text without tags decodes to plain JSON; a tag key written with a \u0024 escape is still a tag.
    expect(decode('[1,{"a":[true,null,"x$y"]}]')).toEqual([1, { a: [true, null, 'x$y'] }]);
    expect(decode('[{"\\u0024u":0},{"\\u0024big":"12"}]')).toEqual([undefined, 12n]);
    expect(decode('["$u",{"$u":0}]')).toEqual(['$u', undefined]);
  });
});

describe('encode: plain JSON data skips the walk and gives the same text', () => {
  // Each is (or holds, deep down) something the walk must tag or refuse: the fast path must notice it.
  const tricky: Record<string, unknown> = {
    'plain rows': [
      { id: 1, note: 'a', ok: true, none: null },
      { id: 2, note: 'b', ok: false, none: null },
    ],
    'a nested -0': { a: [1, { b: -0 }] },
    'a nested undefined': { a: { b: undefined } },
    'a nested Date': { at: new Date(0) },
    'a nested BigInt': [{ n: 10n }],
    'NaN and Infinity': [NaN, Infinity],
    'a key that reads as a tag': { rows: [{ $date: 'not a date' }] },
    'a null-prototype object': Object.assign(Object.create(null), { a: 1 }),
    bytes: { b: new Uint8Array([1, 2]) },
  };
  test.each(Object.keys(tricky))('%s round-trips to the same value', (name) => {
    const value = tricky[name];
    expect(decode(encode(value))).toEqual(value);
  });

  test('a hole is written as null, as before', () => {
    expect(encode([1, , 3])).toBe('[1,null,3]'); // eslint-disable-line no-sparse-arrays
  });

  test('an object with its own toJSON is refused as by the walk (a function), not called', () => {
    let called = false;
    const value = {
      a: 1,
      toJSON: () => {
        called = true;
        return 'x';
      },
    };
    expect(() => encode(value)).toThrow(WireError);
    expect(called).toBe(false);
  });

  test('a cycle is still refused, naming the place', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = { back: a };
    expect(() => encode(a, 'result')).toThrow(/result\.self\.back.*cycle/);
  });
});

describe('toWire copies only what it changes', () => {
  test('plain data comes back as the very same object', () => {
    const rows = [
      { id: 1, tags: ['a', 'b'] },
      { id: 2, tags: [] },
    ];
    expect(toWire(rows)).toBe(rows);
  });

  test('a container with a value to tag is copied; its unchanged parts are shared, and the input is left as it was', () => {
    const account = { id: 7, owner: 'ann' };
    const when = new Date(0);
    const recent = [{ id: 1, at: when }];
    const value = { account, recent, stats: { count: 1 } };
    const wired = toWire(value) as { account: unknown; recent: Array<{ id: number; at: unknown }>; stats: unknown };
    expect(wired).not.toBe(value);
    expect(wired.account).toBe(account);
    expect(wired.stats).toBe(value.stats);
    expect(wired.recent).not.toBe(recent);
    expect(wired.recent[0]).toEqual({ id: 1, at: { $date: '1970-01-01T00:00:00.000Z' } });
    expect(recent[0].at).toBe(when);
    expect(Object.keys(wired)).toEqual(['account', 'recent', 'stats']);
  });

  test('a copied array keeps its holes (written as null) and the items before and after the change', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(encode([1, , new Date(0), 'x'])).toBe('[1,null,{"$date":"1970-01-01T00:00:00.000Z"},"x"]');
  });

  test('a copied object keeps an own __proto__ key as an own key', () => {
    const value = JSON.parse('{"__proto__":{"a":1},"n":null}') as Record<string, unknown>;
    value.later = undefined;
    expect(encode(value)).toBe('{"__proto__":{"a":1},"n":null,"later":{"$u":0}}');
  });

  test('an unchanged object that reads as a tag is escaped around the original', () => {
    const lookalike = { $date: 'not a date' };
    expect(toWire(lookalike)).toEqual({ $esc: lookalike });
    expect((toWire(lookalike) as { $esc: unknown }).$esc).toBe(lookalike);
  });

  test('an error deep down names its place, past copied and shared containers alike', () => {
    expect(() => encode({ a: [{ ok: 1 }, { d: new Date(0), bad: () => 1 }] }, 'result')).toThrow(/^result\.a\[1\]\.bad is a function/);
  });
});
