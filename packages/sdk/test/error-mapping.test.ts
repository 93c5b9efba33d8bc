import {
  ConnectionLostError,
  PolicyError,
  RemoteFunctionError,
  RemoteSqlError,
  RemoteTimeoutError,
  ValidationError,
  WormholeError,
} from '../src/errors';
import { FailedFunction, mapCallError, parseDetail } from '../src/error-mapping';

const source = [
  'async (db, from, to, amount) => {',
  "    const { balance } = await db.queryOne('SELECT balance FROM accounts WHERE id = $1', [from]);",
  "    if (balance < amount) throw new Error('insufficient funds');",
  '    return { from, to, amount };',
  '}',
].join('\n');
const fileText = `// app.js\nconst wh = connect();\nconst transfer = wh.remote(${source});\n`;

/** A definition as remote() would build it for a function written on line 3 of /app/app.js. */
function definition(): FailedFunction {
  return {
    name: 'transfer',
    source,
    location: { file: '/app/app.js', text: fileText, start: fileText.indexOf('async'), line: 3, column: 28 },
  };
}

function pgError(message: string, fields: { code?: string; detail?: string; hint?: string; where?: string }) {
  return Object.assign(new Error(message), fields);
}

const throwDetail = JSON.stringify({
  wormhole: 1,
  kind: 'throw',
  name: 'Error',
  line: 3,
  column: 33,
  stack: 'Error: insufficient funds\n    at <remote function>:3:33',
  detail: null,
  function: 'abc',
});

describe('mapCallError: errors from inside the remote function', () => {
  it("turns a throw into a RemoteFunctionError pointing at the user's line", () => {
    const error = mapCallError(pgError('insufficient funds', { code: 'WH010', detail: throwDetail }), definition(), {
      stack: 'Error\n    at main (/app/main.js:30:3)',
    }) as RemoteFunctionError;
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toBe('insufficient funds');
    expect(error.code).toBe('WH010');
    expect(error.location).toEqual({ file: '/app/app.js', line: 5, column: 33 });
    expect(error.stack!.split('\n').slice(0, 3)).toEqual([
      'RemoteFunctionError: insufficient funds',
      '    at transfer (/app/app.js:5:33)',
      '    at main (/app/main.js:30:3)',
    ]);
    expect(error.frame).toContain("> 5 |     if (balance < amount) throw new Error('insufficient funds');");
    expect(error.stack).toContain(error.frame);
  });

  it("turns a failing statement into a RemoteSqlError with PostgreSQL's SQLSTATE and detail", () => {
    const detail = JSON.stringify({ wormhole: 1, kind: 'sql', line: 2, column: 31, detail: 'Key (id)=(1) already exists.' });
    const error = mapCallError(
      pgError('duplicate key value violates unique constraint "p_pkey"', { code: '23505', detail }),
      definition(),
    ) as RemoteSqlError;
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error.code).toBe('23505');
    expect(error.sqlDetail).toBe('Key (id)=(1) already exists.');
    expect(error.location).toMatchObject({ line: 4 });
  });

  it("takes the statement's CONTEXT from the DETAIL over the ERROR's own (upstream PL/v8 raises from a PL/pgSQL wrapper)", () => {
    const where = 'SQL statement "INSERT INTO p VALUES (1)"';
    const detail = JSON.stringify({ wormhole: 1, kind: 'sql', line: 2, column: 31, where, detail: null });
    const wrapper = 'PL/pgSQL function wormhole._raise(jsonb) line 10 at RAISE';
    const error = mapCallError(pgError('duplicate key', { code: '23505', detail, where: wrapper }), definition()) as RemoteSqlError;
    expect(error.where).toBe(where);
    // A DETAIL without it (an older server): the ERROR's own CONTEXT, as before.
    const older = JSON.stringify({ wormhole: 1, kind: 'sql', line: 2, column: 31, detail: null });
    const kept = mapCallError(pgError('duplicate key', { code: '23505', detail: older, where }), definition()) as RemoteSqlError;
    expect(kept.where).toBe(where);
  });

  it('explains a statement_timeout and says how to raise it', () => {
    const error = mapCallError(pgError('canceling statement due to statement timeout', { code: '57014' }), definition()) as RemoteTimeoutError;
    expect(error).toBeInstanceOf(RemoteTimeoutError);
    expect(error.code).toBe('57014');
    expect(error.message).toMatch(/statement_timeout.*endless loop/);
  });
});

describe('mapCallError: everything else', () => {
  it('reports a dropped connection as ConnectionLostError, never as success', () => {
    const error = mapCallError(pgError('terminating connection due to administrator command', { code: '57P01' }), definition());
    expect(error).toBeInstanceOf(ConnectionLostError);
    expect((error as Error).message).toMatch(/may or may not have been applied/);
    expect(mapCallError(new Error('Connection terminated unexpectedly'), definition())).toBeInstanceOf(ConnectionLostError);
  });

  it('maps protocol SQLSTATEs to their classes', () => {
    expect(mapCallError(pgError('source too large', { code: 'WH002' }), definition())).toBeInstanceOf(PolicyError);
    const validation = JSON.stringify({ wormhole: 1, kind: 'validation', diagnostics: [{ rule: 'no-eval', message: 'eval', line: 1, column: 1 }] });
    const v = mapCallError(pgError('validation failed', { code: 'WH001', detail: validation }), definition()) as ValidationError;
    expect(v).toBeInstanceOf(ValidationError);
    expect(v.diagnostics).toHaveLength(1);
  });

  it('tells how to install the extension when it is missing', () => {
    const e = mapCallError(pgError('function wormhole.call(unknown, unknown) does not exist', { code: '42883' }), definition());
    expect(e).toBeInstanceOf(WormholeError);
    expect((e as Error).message).toMatch(/CREATE EXTENSION wormhole CASCADE/);
  });

  it("passes through errors that are already the SDK's", () => {
    const own = new WormholeError('x');
    expect(mapCallError(own, definition())).toBe(own);
  });
});

describe('parseDetail', () => {
  it('accepts only wormhole DETAIL objects', () => {
    expect(parseDetail(throwDetail)?.kind).toBe('throw');
    expect(parseDetail('Key (id)=(1) already exists.')).toBeUndefined();
    expect(parseDetail('{"other":1}')).toBeUndefined();
    expect(parseDetail('{broken')).toBeUndefined();
  });
});

describe('mapCallError: bounded and refused server errors', () => {
  const serverError = (message: string, fields: { code?: string; detail?: string }) => pgError(message, { ...fields, severity: 'ERROR' } as never);

  it('keeps a refused SQLSTATE visible as requestedCode on a WH010 RemoteFunctionError', () => {
    const detail = JSON.stringify({
      wormhole: 1,
      kind: 'throw',
      name: 'Error',
      line: 3,
      column: 33,
      requestedCode: '57P01',
      stack: '',
      detail: null,
      function: 'abc',
    });
    const error = mapCallError(serverError('shutting down (not really)', { code: 'WH010', detail }), definition()) as RemoteFunctionError;
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.code).toBe('WH010');
    expect(error.requestedCode).toBe('57P01');
    const plain = mapCallError(serverError('x', { code: 'WH010', detail: throwDetail }), definition()) as RemoteFunctionError;
    expect(plain.requestedCode).toBeUndefined();
  });

  it('does not take a server error for a lost connection because of its message or an E-code', () => {
    const detail = throwDetail;
    expect(mapCallError(serverError('Connection terminated unexpectedly', { code: 'WH010', detail }), definition())).toBeInstanceOf(
      RemoteFunctionError,
    );
    expect(mapCallError(serverError('broken pipe?', { code: 'EPIPE', detail }), definition())).toBeInstanceOf(RemoteFunctionError);
    expect(mapCallError(serverError('terminating connection due to administrator command', { code: '57P01' }), definition())).toBeInstanceOf(
      ConnectionLostError,
    );
    expect(mapCallError(serverError('connection failure', { code: '08006' }), definition())).toBeInstanceOf(ConnectionLostError);
    expect(mapCallError(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), definition())).toBeInstanceOf(ConnectionLostError);
  });

  it('carries the count of diagnostics the server did not list', () => {
    const validation = JSON.stringify({
      wormhole: 1,
      kind: 'validation',
      omitted: 480,
      diagnostics: [{ rule: 'no-eval', message: 'eval', line: 1, column: 1 }],
    });
    const v = mapCallError(serverError('rejected', { code: 'WH001', detail: validation }), definition()) as ValidationError;
    expect(v.diagnostics).toHaveLength(1);
    expect(v.omitted).toBe(480);
  });
});

describe('errors from another realm', () => {
  test('a socket error made outside this realm (as node:net does under jest or vm) is a lost connection', () => {
    const { runInNewContext } = require('node:vm') as typeof import('node:vm');
    const foreign = runInNewContext("Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })");
    expect(foreign instanceof Error).toBe(false);
    const mapped = mapCallError(foreign, { name: 'transfer' } as FailedFunction);
    expect(mapped).toBeInstanceOf(ConnectionLostError);
  });
});
