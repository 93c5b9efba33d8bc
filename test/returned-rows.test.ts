/**
 * `return (await db.query(…)).rows`: rows a remote function returns untouched travel as the
 * engine's own JSON text on plv8-compat (transform.ts marks the call, db.ts returnedRows), not as JS
 * rows stringified again. Whatever path they take, the caller must get exactly what the same rows
 * give when the function holds them first (`const rows = …; return rows`): every value, the same
 * error at the same line, the query run once.
 */
import { connect, RemoteSqlError, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { onOurEngine } from './support/engine';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'returned_rows',
    `
    CREATE SEQUENCE drawn;
    CREATE TABLE written (n int NOT NULL);`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

// The marked form (returned as it is) and the unmarked one (held in a variable first).
const straight = async (db: any, sql: string, values: unknown[]) => (await db.query(sql, values)).rows;
const held = async (db: any, sql: string, values: unknown[]) => {
  const rows = (await db.query(sql, values)).rows;
  return rows;
};
const straightNoValues = async (db: any, sql: string) => {
  return (await db.query(sql)).rows;
};

async function both(sql: string, values: unknown[] = []): Promise<unknown> {
  const a = await wh.remote(straight)(sql, values);
  const b = await wh.remote(held)(sql, values);
  expect(a).toEqual(b);
  return a;
}

/** What each form throws for sql (the tests compare the two). */
async function bothFail(sql: string): Promise<[any, any]> {
  const a = await wh
    .remote(straight)(sql, [])
    .catch((e) => e);
  const b = await wh
    .remote(held)(sql, [])
    .catch((e) => e);
  return [a, b];
}

describe('rows returned straight from db.query', () => {
  it('are the same values as rows the function holds, for the types the engine writes itself', async () => {
    const rows = await both(
      `SELECT g AS id, g::int2 AS small, (g * 4611686018427387)::int8 AS big, 9007199254740993::int8 AS beyond,
              g::oid AS o, g % 2 = 0 AS even, CASE WHEN g = 2 THEN NULL ELSE 'x' || g END AS maybe,
              E'q"uote\\\\back\\nline\\ttab\\u0001ctl é 😀 \\u2028' AS text, 'v'::varchar(3) AS v, $1::text AS arg
         FROM generate_series(1, 3) g`,
      ['<\u2029>'],
    );
    expect(rows).toHaveLength(3);
    expect((rows as any[])[1]).toMatchObject({ id: 2, small: 2, even: true, maybe: null, beyond: 9007199254740992, arg: '<\u2029>' });
    expect((rows as any[])[0].text).toBe('q"uote\\back\nline\ttab\u0001ctl é 😀 \u2028');
    // The straight form is the one marked for the engine's JSON (transform.ts), the held one is not.
    const marked = await database.admin((c) =>
      c.query(
        "SELECT name, position('__wh_rows' in compiled) > 0 AS marked FROM wormhole.functions WHERE name IN ('straight', 'held') ORDER BY name",
      ),
    );
    expect(marked.rows).toEqual([
      { name: 'held', marked: false },
      { name: 'straight', marked: true },
    ]);
  });

  it('arrive whole when large, read over many fetches, ASCII or not, and again from the same backend', async () => {
    // Past 64 KB the engine hands an ASCII text to V8 as an external string, and copies any other.
    for (const note of ["'row '", "'é 😀 row '"]) {
      for (let round = 0; round < 2; round++) {
        const rows = (await both(`SELECT g AS id, ${note} || g AS note, g % 100 AS amount FROM generate_series(1, 20000) g`)) as any[];
        expect(rows).toHaveLength(20000);
        expect(rows[19999]).toEqual({ id: 20000, note: `${note.slice(1, -1)}20000`, amount: 0 });
      }
    }
  });

  it('keep their wire types for every other column type (dates, floats, numeric, bytea, json, arrays)', async () => {
    const rows = (await both(
      `SELECT timestamptz '2024-01-02 03:04:05+00' AS at, date '2024-02-03' AS d, -0.0::float8 AS negzero,
              'NaN'::float8 AS nan, 1.5::numeric AS num, '\\x0102'::bytea AS bytes, '{"$date":1}'::jsonb AS doc,
              ARRAY[1, 2]::int8[] AS arr`,
    )) as any[];
    expect(rows[0].at).toEqual(new Date('2024-01-02T03:04:05Z'));
    expect(Object.is(rows[0].negzero, -0)).toBe(true);
    expect(rows[0].nan).toBeNaN();
    expect(Buffer.from(rows[0].bytes)).toEqual(Buffer.from([1, 2]));
    expect(rows[0].doc).toEqual({ $date: 1 });
    expect(rows[0].arr).toEqual([1, 2]);
  });

  it('keep a lone column named like a wire tag, an own __proto__ column, duplicate names and no rows', async () => {
    expect(await both(`SELECT 'a' AS "$date" UNION ALL SELECT 'b'`)).toEqual([{ $date: 'a' }, { $date: 'b' }]);
    expect(await both(`SELECT 1 AS "$u", 2 AS x`)).toEqual([{ $u: 1, x: 2 }]);
    const proto = (await both(`SELECT 1 AS "__proto__"`)) as any[];
    // plv8-compat makes __proto__ an own column like any other (upstream PL/v8 assigns it, which sets no property).
    if (onOurEngine()) expect(Object.getOwnPropertyDescriptor(proto[0], '__proto__')?.value).toBe(1);
    expect(await both('SELECT 1 AS a, 2 AS a')).toEqual(await wh.remote(held)('SELECT 1 AS a, 2 AS a', []));
    expect(await both('SELECT 1 AS a WHERE false')).toEqual([]);
    expect(await wh.remote(straightNoValues)('SELECT 7 AS n')).toEqual([{ n: 7 }]);
  });

  it('run the query once: volatile functions, data-modifying WITH, SELECT INTO', async () => {
    expect(await wh.remote(straight)("SELECT nextval('drawn') AS n FROM generate_series(1, 3)", [])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const last = await database.admin((c) => c.query('SELECT last_value FROM drawn'));
    expect(Number(last.rows[0].last_value)).toBe(3);
    expect(await wh.remote(straight)('WITH w AS (INSERT INTO written VALUES (1), (2) RETURNING n) SELECT n FROM w ORDER BY n', [])).toEqual([
      { n: 1 },
      { n: 2 },
    ]);
    expect((await database.admin((c) => c.query('SELECT count(*)::int AS c FROM written'))).rows[0].c).toBe(2);
    // A statement that cannot be a cursor runs as plan.execute runs it (each form makes its own table).
    const into = await wh.remote(straight)('SELECT 1 AS n INTO made_straight', []);
    expect(into).toEqual(await wh.remote(held)('SELECT 1 AS n INTO made_held', []));
    expect((await database.admin((c) => c.query('SELECT n FROM made_straight'))).rows).toEqual([{ n: 1 }]);
  });

  it('travel in a batch beside other calls, a failing one included', async () => {
    const s = wh.remote(straight);
    const outcomes = await wh.batch((call) =>
      Promise.allSettled([call(s, 'SELECT g AS n FROM generate_series(1, 2) g', []), call(s, 'SELECT 1/0 AS n', []), call(s, "SELECT 'x' AS t", [])]),
    );
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as { code?: string }).code))).toEqual([
      [{ n: 1 }, { n: 2 }],
      '22012',
      [{ t: 'x' }],
    ]);
  });

  it('over the wire limit, are refused as the held rows are, with the same message', async () => {
    // 70 rows of 1 MB: past WIRE_LIMITS.maxTextLength (64 Mi characters), read over many fetches.
    const [a, b] = await bothFail("SELECT repeat('x', 1000000) AS t FROM generate_series(1, 70)");
    expect(a.message).toMatch(/result encodes to 70000\d{3} characters of wire text; the limit is 67108864/);
    // The messages start with the function's name.
    expect({ code: a.code, message: a.message.replace(/^straight: /, '') }).toEqual({ code: b.code, message: b.message.replace(/^held: /, '') });
  });

  it('fail as the held rows fail: same SQLSTATE, message and line, mid-result too, and the connection goes on', async () => {
    for (const sql of ['SELECT 1/0 AS n', 'SELECT 10 / (3000 - g) AS n FROM generate_series(1, 5000) g', 'SELECT nope FROM written']) {
      const [a, b] = await bothFail(sql);
      expect(a).toBeInstanceOf(RemoteSqlError);
      expect({ code: a.code, message: a.message, line: a.line, where: a.where }).toEqual({
        code: b.code,
        message: b.message,
        line: b.line,
        where: b.where,
      });
    }
    expect(await both('SELECT 2 AS ok')).toEqual([{ ok: 2 }]);
  });
});
