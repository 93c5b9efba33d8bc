import { packSqlState, raisable, raisedFieldsOf } from '../src/raise';
import { engineOf, setEngineVersion } from '../src/engine';

describe('packSqlState', () => {
  // The integers upstream PL/v8 3.2.2 reported as `code` next to `sqlerrcode` for these errors
  // (caught from plv8.execute: 1/0, an unknown table, 'x'::int): PostgreSQL's MAKE_SQLSTATE.
  it.each([
    ['22012', 33816706],
    ['42P01', 16908420],
    ['22P02', 33685634],
  ])('%s -> %d', (sqlstate, packed) => {
    expect(packSqlState(sqlstate)).toBe(packed);
  });

  it('packs the WH0xx codes within int32, as upstream reads `code` (Int32Value)', () => {
    for (const code of ['WH001', 'WH010', 'ZZZZZ']) expect(packSqlState(code)).toBeLessThan(2 ** 31);
  });
});

describe('raisable', () => {
  afterEach(() => setEngineVersion(undefined));

  it('on upstream is an Error (upstream reads its toString()) with the SQLSTATE in both forms, detail, hint and extra fields', () => {
    setEngineVersion('3.2.2');
    const error = raisable({ sqlerrcode: 'WH004', message: 'bad args', detail: '{"wormhole":1}', hint: 'pass []' }, { constraint_name: 'c' });
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe('Error: bad args');
    expect(error).toMatchObject({
      sqlerrcode: 'WH004',
      code: packSqlState('WH004'),
      detail: '{"wormhole":1}',
      hint: 'pass []',
      constraint_name: 'c',
    });
  });

  it('on plv8-compat is a plain object with the same fields (no stack capture)', () => {
    setEngineVersion('3.2.0-wormhole-compat');
    const error = raisable({ sqlerrcode: 'WH004', message: 'bad args', hint: 'pass []' });
    expect(error).not.toBeInstanceOf(Error);
    expect(error).toEqual({ sqlerrcode: 'WH004', code: packSqlState('WH004'), message: 'bad args', hint: 'pass []' });
  });

  it('leaves out detail and hint it was not given', () => {
    const error = raisable({ sqlerrcode: '22023', message: 'm' }) as unknown as Record<string, unknown>;
    expect('detail' in error).toBe(false);
    expect('hint' in error).toBe(false);
  });
});

describe('raisedFieldsOf', () => {
  it('keeps the string fields the PL/pgSQL wrapper raises, and no others', () => {
    const pgError = Object.assign(new Error('duplicate key'), {
      sqlerrcode: '23505',
      code: 1,
      detail: 'Key (id)=(1) already exists.',
      hint: null,
      schema_name: 'public',
      table_name: 'accounts',
      column_name: null,
      constraint_name: 'accounts_pkey',
      context: 'SQL statement',
      internalquery: null,
    });
    expect(raisedFieldsOf(pgError)).toEqual({
      sqlerrcode: '23505',
      message: 'duplicate key',
      detail: 'Key (id)=(1) already exists.',
      schema_name: 'public',
      table_name: 'accounts',
      constraint_name: 'accounts_pkey',
    });
  });

  test("a failed statement's position is kept (a batch's per-call error carries it as data)", () => {
    const raised = Object.assign(new Error('syntax error at or near "accounts"'), { sqlerrcode: '42601', internalposition: '14' });
    expect(raisedFieldsOf(raised)).toMatchObject({ sqlerrcode: '42601', internalposition: '14' });
  });

  it('is null for a value without a SQLSTATE (thrown on as it is)', () => {
    expect(raisedFieldsOf(new Error('x'))).toBeNull();
    expect(raisedFieldsOf('x')).toBeNull();
    expect(raisedFieldsOf(null)).toBeNull();
  });
});

describe('engineOf', () => {
  it('tells plv8-compat by the marker in its version, anything else is upstream', () => {
    expect(engineOf('3.2.0-wormhole-compat').kind).toBe('plv8-compat');
    expect(engineOf('3.2.2')).toEqual({ kind: 'upstream', version: '3.2.2' });
    expect(engineOf('3.1.10').kind).toBe('upstream');
    expect(engineOf(undefined)).toEqual({ kind: 'upstream', version: 'unknown' });
  });
});
