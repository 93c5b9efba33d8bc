/**
 * Values keep their types across the wire (arguments in, results out), and a function sees the same
 * values from db.query whether it runs inside PostgreSQL or locally (`.local`).
 */
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { onOurEngine } from './support/engine';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase('values');
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

describe('arguments and results round-trip exactly', () => {
  const echo = () => wh.remote(async (db, value: unknown) => value);

  const cases: Array<[string, unknown]> = [
    ['integers and floats', [0, 1, -1, 2 ** 53 - 1, 0.1, 1e300]],
    ['NaN, infinities and -0', [NaN, Infinity, -Infinity, -0]],
    ['strings with unicode', ['', 'héllo', '🚀', 'line\nbreak', '\u0000x']],
    ['booleans and null', [true, false, null]],
    ['undefined, distinct from null', { u: undefined, n: null, list: [undefined, null] }],
    ['BigInt beyond 2^53', 2n ** 70n + 1n],
    ['Date', new Date('2024-02-29T12:34:56.789Z')],
    ['bytes', Buffer.from([0, 1, 2, 250, 255])],
    ['objects that look like wire tags', { $date: 'not a date' }],
    ['nested structures', { a: [{ b: { c: [1, 'two', { d: new Date(0) }] } }] }],
  ];

  it.each(cases)('%s', async (_label, value) => {
    const back = await echo()(value);
    expect(back).toEqual(value);
    if (typeof value === 'object' && value && 'u' in value) expect('u' in (back as object)).toBe(true);
  });

  it('keeps -0 and bytes as such', async () => {
    expect(Object.is(await echo()(-0), -0)).toBe(true);
    expect(Buffer.isBuffer(await echo()(Buffer.from('x')))).toBe(true);
  });

  it('computes with BigInt and Date inside PostgreSQL', async () => {
    const fn = wh.remote(async (db, n: bigint, d: Date) => ({ next: n + 1n, year: d.getUTCFullYear(), later: new Date(d.getTime() + 1000) }));
    expect(await fn(2n ** 64n, new Date('2030-01-01T00:00:00Z'))).toEqual({
      next: 2n ** 64n + 1n,
      year: 2030,
      later: new Date('2030-01-01T00:00:01Z'),
    });
  });
});

describe('function shapes', () => {
  it('a rest parameter takes any number of arguments', async () => {
    const sum = wh.remote(async (db, ...numbers: number[]) => numbers.reduce((a, b) => a + b, 0));
    expect(await sum()).toBe(0);
    expect(await sum(1, 2, 3)).toBe(6);
  });

  it('non-ASCII source hashes the same on both sides (UTF-8)', async () => {
    const greet = wh.remote(async (db, name: string) => `¡Hola, ${name}! 🚀 — naïve café`);
    expect(await greet('Zoë')).toBe('¡Hola, Zoë! 🚀 — naïve café');
    const stored = await database.admin((c) =>
      c.query("SELECT encode(sha256(convert_to(source, 'UTF8')), 'hex') AS h FROM wormhole.functions WHERE hash = $1", [greet.hash]),
    );
    expect(stored.rows).toEqual([{ h: greet.hash }]);
  });

  it('a plain (non-async) function works too', async () => {
    const twice = wh.remote(function twice(db, s: string) {
      return s + s;
    });
    expect(await twice('ab')).toBe('abab');
  });
});

describe('.local parity: the same function, the same values, on both sides', () => {
  const selectEverything = () =>
    wh.remote(async (db, when: Date, big: bigint, bytes: Buffer) => {
      const result = await db.query(
        `
      SELECT 1::int2 AS i2, 2147483647::int4 AS i4, 9007199254740991::int8 AS i8, 1.1::float4 AS f4, 1.1::float8 AS f8,
             12.345::numeric AS num, true AS yes, 'text'::text AS t, 'v'::varchar(3) AS v, 'c'::char(2) AS ch,
             '{"a": [1, {"b": null}]}'::json AS js, '{"k": "v"}'::jsonb AS jsb, '\\x00ff10'::bytea AS bin,
             '2024-02-29'::date AS d, '2024-02-29 12:34:56.789'::timestamp AS ts, '2024-02-29 12:34:56.789+02'::timestamptz AS tstz,
             ARRAY[1, 2, NULL]::int4[] AS ints, ARRAY['a', 'b,c', NULL]::text[] AS texts, ARRAY[10, 20]::int8[] AS bigs,
             ARRAY[1.5, 2.5]::numeric[] AS nums, ARRAY['2024-01-01'::date] AS dates, ARRAY[[1, 2], [3, 4]]::int4[] AS matrix,
             'b1a7e5b2-6f2c-4a59-9b7e-3a2f9c0d1e2f'::uuid AS id, NULL::int4 AS nothing, 'NaN'::float8 AS nan,
             $1::timestamptz AS arg_date, $2::int8 AS arg_big, $3::bytea AS arg_bytes
    `,
        [when, big, bytes],
      );
      // Field names match on both sides; type OIDs only locally (PL/v8 does not expose column types: dataTypeID is 0).
      return { rows: result.rows, rowCount: result.rowCount, command: result.command, fieldNames: result.fields.map((f) => f.name) };
    });

  it('db.query returns equal rows, rowCount, command and field names remotely and locally', async () => {
    const fn = selectEverything();
    const args = [new Date('2024-05-06T07:08:09.010Z'), 1234567890123n, Buffer.from([1, 2, 3])] as const;
    const remote = await fn(...args);
    const local = await fn.local(...args);
    expect(local).toEqual(remote);
    // And the values are the PL/v8 mapping, not node-postgres' defaults:
    const row = remote.rows[0];
    expect(row.i8).toBe(9007199254740991);
    expect(row.num).toBe(12.345);
    expect(row.f4).toBe(Math.fround(1.1));
    expect(row.d).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(row.ts).toEqual(new Date('2024-02-29T12:34:56.789Z'));
    expect(row.tstz).toEqual(new Date('2024-02-29T10:34:56.789Z'));
    expect(row.js).toEqual({ a: [1, { b: null }] });
    expect(Buffer.from(row.bin)).toEqual(Buffer.from([0, 255, 16]));
    expect(row.ints).toEqual([1, 2, null]);
    expect(row.bigs).toEqual([10, 20]);
    // plv8-compat keeps a multi-dimensional array's dimensions; upstream PL/v8 flattens it, and .local() follows the server.
    expect(row.matrix).toEqual(
      onOurEngine()
        ? [
            [1, 2],
            [3, 4],
          ]
        : [1, 2, 3, 4],
    );
    expect(row.nothing).toBeNull();
    expect(row.arg_big).toBe(1234567890123);
    expect(row.arg_date).toEqual(args[0]);
    expect(remote.command).toBe('SELECT');
    expect(remote.rowCount).toBe(1);
    expect(remote.fieldNames.slice(0, 3)).toEqual(['i2', 'i4', 'i8']);
  });

  it('less common types map the same way on both sides', async () => {
    const fn = wh.remote(
      async (db) =>
        (
          await db.query(`
      SELECT '12:34:56'::time AS t, '12:34:56+02'::timetz AS ttz, '10.0.0.1'::inet AS ip, 12.5::money AS m,
             ARRAY[true, false] AS bools, ARRAY['{"a":1}'::json] AS jsons, ARRAY['{"b":2}'::jsonb] AS jsonbs,
             ARRAY['1 day'::interval] AS intervals, ARRAY['\\x01'::bytea] AS blobs, ARRAY[1.1::float4] AS f4s,
             ARRAY['2024-01-01 10:00'::timestamp] AS tss, ARRAY['2024-01-01 10:00+00'::timestamptz] AS tzs,
             int4range(1, 5) AS rng, 'abc'::name AS nm, B'101'::bit(3) AS bits, 123456789012345678901234567890::numeric AS bignum,
             ARRAY[1, 2]::int2[] AS i2s, '{}'::int4[] AS empty, ARRAY[NULL]::text[] AS nulls, '(1,2)'::point AS pt
    `)
        ).rows[0],
    );
    const remote = await fn();
    expect(await fn.local()).toEqual(remote);
    expect(remote.bignum).toBe(1.2345678901234568e29);
  });

  it("multi-dimensional arrays map as the server's engine gives them, remotely, locally and with wh.db", async () => {
    const sql = `
      SELECT ARRAY[[[1, NULL], [3, 4]], [[5, 6], [7, 8]]]::int4[] AS cube, '[0:1][1:2]={{1,2},{3,4}}'::int8[] AS bounded,
             ARRAY[['[1,2]'::json, NULL], ['{"a":[3]}'::json, '"x"'::json]] AS jsons, ARRAY[['2024-01-02'::date], ['2024-01-03'::date]] AS dates,
             ARRAY[['a', 'b,c'], ['{d}', NULL]]::text[] AS texts, '{}'::int4[] AS empty`;
    const fn = wh.remote(async (db, text: string) => (await db.query(text)).rows[0]);
    const remote = await fn(sql);
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(remote).toEqual(
      onOurEngine()
        ? {
            cube: [
              [
                [1, null],
                [3, 4],
              ],
              [
                [5, 6],
                [7, 8],
              ],
            ],
            bounded: [
              [1, 2],
              [3, 4],
            ],
            jsons: [
              [[1, 2], null],
              [{ a: [3] }, 'x'],
            ],
            dates: [[day('2024-01-02')], [day('2024-01-03')]],
            texts: [
              ['a', 'b,c'],
              ['{d}', null],
            ],
            empty: [],
          }
        : {
            cube: [1, null, 3, 4, 5, 6, 7, 8],
            bounded: [1, 2, 3, 4],
            jsons: [[1, 2], null, { a: [3] }, 'x'],
            dates: [day('2024-01-02'), day('2024-01-03')],
            texts: ['a', 'b,c', '{d}', null],
            empty: [],
          },
    );
    expect(await fn.local(sql)).toEqual(remote);
    expect((await wh.db.query(sql)).rows[0]).toEqual(remote);
    // Without connect()'s extension check, local mode asks the server's engine itself (once).
    const unchecked = await connect(database.url, { skipExtensionCheck: true });
    try {
      const again = unchecked.remote(async (db, text: string) => (await db.query(text)).rows[0]);
      expect(await again.local(sql)).toEqual(remote);
    } finally {
      await unchecked.close();
    }
  });

  it('int8 values are numbers in every row, also where the first rows of a column are NULL', async () => {
    const fn = wh.remote(async (db) => {
      const { rows } = await db.query(`
        SELECT n, CASE WHEN n > 1 THEN n::int8 * 10 END AS big, CASE WHEN n > 2 THEN ARRAY[n, n + 1]::int8[] END AS bigs, n::text AS label
        FROM generate_series(1, 4) AS n ORDER BY n`);
      // Computed here, inside the function: a BigInt would make this arithmetic throw.
      return rows.map((r) => [r.big === null ? null : r.big + 1, r.bigs === null ? null : r.bigs[0] + r.bigs[1]]);
    });
    const expected = [
      [null, null],
      [21, null],
      [31, 7],
      [41, 9],
    ];
    expect(await fn()).toEqual(expected);
    expect(await fn.local()).toEqual(expected);
  });

  it('queryOne and queryValue behave the same, including their errors', async () => {
    const fn = wh.remote(async (db, n: number) => {
      const one = await db.queryOne('SELECT $1::int AS n', [n]);
      const value = await db.queryValue('SELECT $1::int * 2', [n]);
      let error = '';
      try {
        await db.queryOne('SELECT generate_series(1, $1) AS n', [n]);
      } catch (e) {
        error = (e as Error).message;
      }
      return { one, value, failedOn: error.length > 0 };
    });
    expect(await fn.local(3)).toEqual(await fn(3));
    expect(await fn(3)).toEqual({ one: { n: 3 }, value: 6, failedOn: true });
  });

  it('.local refuses a result that could not travel back, as the server does', async () => {
    const fn = wh.remote(async (db) => new Map([[1, 2]]));
    await expect(fn.local()).rejects.toMatchObject({ code: 'WH005' });
    await expect(fn()).rejects.toMatchObject({ code: 'WH005' });
  });
});
