/**
 * The errors a remote function's throw becomes: bounded whatever was thrown (ERROR_LIMITS), with
 * the SQLSTATE rule of sqlstate.ts, and a DETAIL that is always valid JSON.
 */
import { ERROR_LIMITS } from '@wormhole/protocol';
import { compileFunction } from '../src/compile';
import { boundError, SqlError, sqlError, toRaisedError, wormholeError, WormholeError, type SourceInfo } from '../src/errors';

const HASH = 'a'.repeat(64);
const bytes = (text: string | undefined) => Buffer.byteLength(text ?? '', 'utf8');

/** Compiles `source` as an installed function would be, runs it and returns what it raised. */
function raisedBy(source: string, ...args: unknown[]): WormholeError {
  const info: SourceInfo = { hash: HASH, source, code: source, segments: [] };
  const fn = compileFunction(HASH, source);
  try {
    fn({}, ...args);
  } catch (thrown) {
    return toRaisedError(thrown, info);
  }
  throw new Error('the function did not throw');
}

function detailOf(error: WormholeError): Record<string, unknown> {
  expect(bytes(error.detail)).toBeLessThanOrEqual(ERROR_LIMITS.maxDetailBytes);
  return JSON.parse(error.detail!);
}

describe('bounded errors from user throws', () => {
  test('an ordinary throw keeps its message, position and stack', () => {
    const e = raisedBy('(db) => {\n  throw new Error("insufficient funds");\n}');
    expect(e.sqlerrcode).toBe('WH010');
    expect(e.message).toBe('insufficient funds');
    const d = detailOf(e);
    expect(d).toMatchObject({ wormhole: 1, kind: 'throw', name: 'Error', line: 2, column: 9, detail: null, function: HASH });
    expect(d.stack).toBe('Error: insufficient funds\n    at <remote function>:2:9');
    expect(d.truncated).toBeUndefined();
  });

  test('a 50 MB thrown string gives an 8 KB message and a bounded DETAIL', () => {
    const e = raisedBy('(db, n) => { throw "x".repeat(n); }', 50 * 1024 * 1024);
    expect(e.sqlerrcode).toBe('WH010');
    expect(bytes(e.message)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(e.message.endsWith(`[cut: ${50 * 1024 * 1024} characters in all]`)).toBe(true);
    const d = detailOf(e);
    expect((d.stack as string).length).toBeLessThanOrEqual(ERROR_LIMITS.maxStackChars);
  });

  test('an Error with a 50 MB message, detail and hint is bounded in every field', () => {
    const e = raisedBy(
      `(db, n) => {
      const big = "y".repeat(n);
      const error = new Error(big);
      error.detail = { text: big, list: Array.from({ length: 100000 }, (_, i) => i), more: big };
      error.hint = big;
      throw error;
    }`,
      50 * 1024 * 1024,
    );
    expect(bytes(e.message)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(bytes(e.hint)).toBeLessThanOrEqual(ERROR_LIMITS.maxHintBytes);
    const d = detailOf(e);
    expect(d.truncated).toBe(true);
    expect(d.line).toBe(3);
    const user = d.detail as { text: string; list: number[] };
    expect(user.text.length).toBeLessThanOrEqual(ERROR_LIMITS.maxDetailStringChars);
    expect(user.list.length).toBeLessThan(ERROR_LIMITS.maxDetailValues);
  });

  test('a detail with a cycle, a BigInt, deep nesting and a throwing getter still gives valid JSON', () => {
    const e = raisedBy(`(db) => {
      const detail = { n: 10n, nested: {} };
      detail.self = detail;
      let level = detail.nested;
      for (let i = 0; i < 1000; i++) { level.next = {}; level = level.next; }
      Object.defineProperty(detail, 'bad', { enumerable: true, get() { throw new Error('no'); } });
      throw { message: 'odd', detail };
    }`);
    const d = detailOf(e);
    const user = d.detail as Record<string, unknown>;
    expect(user.n).toBe('10');
    expect(user.self).toBe('[cycle]');
    expect(user.bad).toBe('[unreadable]');
    expect(JSON.stringify(user.nested)).toContain('[nested too deep]');
    expect(d.truncated).toBe(true);
  });

  test('a thrown Proxy whose traps throw is still raised as WH010', () => {
    const e = raisedBy(`(db) => {
      throw new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    }`);
    expect(e.sqlerrcode).toBe('WH010');
    expect(detailOf(e).kind).toBe('throw');
  });

  test('wormholeError and WormholeError bound what they are given', () => {
    const big = 'z'.repeat(1_000_000);
    const e = wormholeError('WH004', big, big, { kind: 'throw', name: 'Error', line: null, column: null, function: 'f', stack: big, detail: big });
    expect(bytes(e.message)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(bytes(e.hint)).toBeLessThanOrEqual(ERROR_LIMITS.maxHintBytes);
    expect(detailOf(e)).toMatchObject({ wormhole: 1, kind: 'throw', truncated: true });
    const raw = new WormholeError('WH004', 'm', JSON.stringify({ wormhole: 1, kind: 'x', text: big }));
    expect(detailOf(raw)).toMatchObject({ wormhole: 1, kind: 'x', truncated: true });
    const notJson = new WormholeError('WH004', 'm', big);
    expect(bytes(notJson.detail)).toBeLessThanOrEqual(ERROR_LIMITS.maxDetailBytes);
  });

  test('boundError cuts a thrown object the installer builds itself', () => {
    const big = 'é'.repeat(1_000_000);
    const out = boundError({
      sqlerrcode: 'WH001',
      message: big,
      hint: big,
      detail: JSON.stringify({ wormhole: 1, kind: 'validation', diagnostics: [big] }),
    });
    expect(out.sqlerrcode).toBe('WH001');
    expect(bytes(out.message)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(bytes(out.hint)).toBeLessThanOrEqual(ERROR_LIMITS.maxHintBytes);
    expect(JSON.parse(out.detail!)).toMatchObject({ wormhole: 1, kind: 'validation', truncated: true });
    expect(bytes(out.detail)).toBeLessThanOrEqual(ERROR_LIMITS.maxDetailBytes);
  });
});

describe('chosen SQLSTATEs', () => {
  test.each([
    ['57P01', 'admin shutdown'],
    ['57014', 'query canceled'],
    ['08006', 'connection failure'],
    ['53200', 'out of memory'],
    ['58030', 'io error'],
    ['XX000', 'internal error'],
    ['40001', 'serialization failure (SDK retry)'],
    ['40P01', 'deadlock (SDK retry)'],
    ['WH002', 'wormhole policy'],
    ['00000', 'success'],
  ])('a thrown { code: %s } (%s) becomes WH010 with requestedCode', (code) => {
    for (const key of ['code', 'sqlerrcode']) {
      const e = raisedBy(`(db) => { throw { ${key}: '${code}', message: 'no' }; }`);
      expect(e.sqlerrcode).toBe('WH010');
      expect(e.message).toBe('no');
      expect(detailOf(e)).toMatchObject({ kind: 'throw', requestedCode: code });
    }
  });

  test.each(['57p01', '5701', '570011', 'ERR_ASSERTION', '23 05'])('a code that is not a SQLSTATE (%s) becomes WH010 with requestedCode', (code) => {
    const e = raisedBy(`(db) => { const e = new Error('no'); e.code = ${JSON.stringify(code)}; throw e; }`);
    expect(e.sqlerrcode).toBe('WH010');
    expect(detailOf(e).requestedCode).toBe(code);
  });

  test.each(['23505', 'P0001', '22012', '42501', 'U0001'])('a user class (%s) passes through', (code) => {
    const e = raisedBy(`(db) => { throw { code: '${code}', message: 'chosen', detail: 'd', hint: 'h' }; }`);
    expect(e.sqlerrcode).toBe(code);
    expect(e.hint).toBe('h');
    const d = detailOf(e);
    expect(d.requestedCode).toBeUndefined();
    expect(d.detail).toBe('d');
  });

  test('sqlerrcode wins over code', () => {
    expect(raisedBy(`(db) => { throw { sqlerrcode: '23505', code: '57P01' }; }`).sqlerrcode).toBe('23505');
    expect(raisedBy(`(db) => { throw { sqlerrcode: '57P01', code: '23505' }; }`).sqlerrcode).toBe('WH010');
  });

  test('a SqlError from PostgreSQL keeps its SQLSTATE, even in a reserved class', () => {
    const info: SourceInfo = { hash: HASH, source: '(db) => 1', code: '(db) => 1', segments: [] };
    const real = sqlError('canceling statement due to statement timeout', '57014', undefined, undefined, '');
    const raised = toRaisedError(real, info);
    expect(raised.sqlerrcode).toBe('57014');
    expect(detailOf(raised).kind).toBe('sql');
    // A caught SqlError whose code the function changed keeps the code PostgreSQL reported.
    (real as { sqlerrcode: string }).sqlerrcode = '23505';
    expect(toRaisedError(real, info).sqlerrcode).toBe('57014');
  });

  test('a SqlError the function made itself is a throw, under the same rule', () => {
    const info: SourceInfo = { hash: HASH, source: '(db) => 1', code: '(db) => 1', segments: [] };
    const forged = new SqlError('fake', '57P01', undefined, undefined, '');
    const raised = toRaisedError(forged, info);
    expect(raised.sqlerrcode).toBe('WH010');
    expect(detailOf(raised)).toMatchObject({ kind: 'throw', requestedCode: '57P01' });
    expect(toRaisedError(new SqlError('fake', '23505', undefined, undefined, ''), info).sqlerrcode).toBe('23505');
  });

  test('a SqlError with a huge PostgreSQL message and detail is bounded', () => {
    const info: SourceInfo = { hash: HASH, source: '(db) => 1', code: '(db) => 1', segments: [] };
    const big = 'v'.repeat(10_000_000);
    const raised = toRaisedError(
      sqlError(`invalid input syntax for type integer: "${big}"`, '22P02', `Failing row contains (${big}).`, big, ''),
      info,
    );
    expect(raised.sqlerrcode).toBe('22P02');
    expect(bytes(raised.message)).toBeLessThanOrEqual(ERROR_LIMITS.maxMessageBytes);
    expect(bytes(raised.hint)).toBeLessThanOrEqual(ERROR_LIMITS.maxHintBytes);
    expect(detailOf(raised)).toMatchObject({ kind: 'sql', truncated: true });
  });
});

describe('what a throw carries to the client', () => {
  test('a subclass that sets no name reports its class name', () => {
    const d = detailOf(raisedBy('(db) => { class InsufficientFunds extends Error {} throw new InsufficientFunds("short by 5"); }'));
    expect(d.name).toBe('InsufficientFunds');
    expect(d.stack).toMatch(/^InsufficientFunds: short by 5/);
  });

  test("an Error's own enumerable properties travel in the DETAIL, the carried fields do not repeat", () => {
    const e = raisedBy('(db) => { throw Object.assign(new Error("conflict"), { status: 409, retryAfter: [1, 2], hint: "wait" }); }');
    expect(e.message).toBe('conflict');
    expect(e.hint).toBe('wait');
    expect(detailOf(e).properties).toEqual({ status: 409, retryAfter: [1, 2] });
  });

  test('a plain Error has no properties field', () => {
    expect(detailOf(raisedBy('(db) => { throw new TypeError("x"); }')).properties).toBeUndefined();
  });

  test('a non-Error object arrives as its JSON, and as data in the DETAIL', () => {
    const e = raisedBy('(db) => { throw { status: 409, reason: "taken" }; }');
    expect(e.message).toBe('{"status":409,"reason":"taken"}');
    const d = detailOf(e);
    expect(d.name).toBe('object');
    expect(d.value).toEqual({ status: 409, reason: 'taken' });
  });

  test('a thrown object with a toString of its own is called by it', () => {
    expect(raisedBy('(db) => { throw { code: 7, toString() { return "custom failure"; } }; }').message).toBe('custom failure');
  });

  test('a thrown number and a thrown array read as JSON; a cyclic object is still bounded', () => {
    expect(raisedBy('(db) => { throw 42; }').message).toBe('42');
    expect(raisedBy('(db) => { throw [1, "a"]; }').message).toBe('[1,"a"]');
    const cyclic = raisedBy('(db) => { const o = { a: 1 }; o.self = o; throw o; }');
    expect(cyclic.message).toBe('{"a":1,"self":"[cycle]"}');
  });

  test("a failed statement's object fields (constraint, table…) are raised as PL/v8's error fields", () => {
    const info: SourceInfo = { hash: HASH, source: '(db) => 1', code: '(db) => 1', segments: [] };
    const sql = sqlError('duplicate key value violates unique constraint "accounts_pkey"', '23505', 'Key (id)=(1) already exists.', undefined, '', {
      schema: 'public',
      table: 'accounts',
      constraint: 'accounts_pkey',
    });
    expect(sql).toMatchObject({ code: '23505', schema: 'public', table: 'accounts', constraint: 'accounts_pkey' });
    // User code may change a caught error; what is raised is what PostgreSQL reported.
    (sql as { table?: string }).table = 'forged';
    const raised = toRaisedError(sql, info) as unknown as Record<string, unknown>;
    expect(raised).toMatchObject({ sqlerrcode: '23505', schema_name: 'public', table_name: 'accounts', constraint_name: 'accounts_pkey' });
    expect(raised.column_name).toBeUndefined();
  });

  test("a failed statement's CONTEXT is raised as the ERROR's own and carried in the DETAIL (upstream's wrapper replaces the former)", () => {
    const info: SourceInfo = { hash: HASH, source: '(db) => 1', code: '(db) => 1', segments: [] };
    const where = 'SQL statement "INSERT INTO accounts VALUES (1)"';
    const raised = toRaisedError(sqlError('duplicate key', '23505', undefined, undefined, '', { where }), info) as unknown as Record<string, unknown>;
    expect(raised.context).toBe(where);
    expect(detailOf(raised as unknown as WormholeError)).toMatchObject({ kind: 'sql', where });
    // A statement without a CONTEXT has none in the DETAIL either.
    const bare = toRaisedError(sqlError('duplicate key', '23505', undefined, undefined, ''), info);
    expect(detailOf(bare)).not.toHaveProperty('where');
  });

  test('the statement travels in the DETAIL only when its position did not (upstream PL/v8), and only whole', () => {
    const info: SourceInfo = { hash: HASH, source: '(db) => 1', code: '(db) => 1', segments: [] };
    const syntax = (fields: Record<string, string>) =>
      detailOf(toRaisedError(sqlError('syntax error', '42601', undefined, undefined, '', fields), info));
    const internalQuery = 'SELECT 1 FRM accounts';
    expect(syntax({ internalQuery })).toMatchObject({ kind: 'sql', statement: internalQuery });
    // plv8-compat passes the position on: the ERROR carries it, and the statement is not repeated.
    expect(syntax({ internalQuery, position: '14' })).not.toHaveProperty('statement');
    // A statement over the HINT's budget is left out rather than cut (a cut one would parse differently).
    const long = `SELECT ${'1, '.repeat(ERROR_LIMITS.maxHintBytes)}1 FRM accounts`;
    expect(syntax({ internalQuery: long })).not.toHaveProperty('statement');
  });
});
