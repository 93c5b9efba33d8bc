/**
 * Every error the SDK raises is a WormholeError, so callers can catch the whole family at once and
 * tell the members apart with instanceof:
 *
 *   WormholeError
 *   ├── ValidationError        the function uses something a remote function cannot (before any network, or WH001)
 *   ├── PolicyError            a server limit was hit: too many functions, source too large (WH002)
 *   ├── ArgumentError          wrong argument count, or an argument the wire cannot carry (WH004)
 *   ├── ResultError            the function returned something the wire cannot carry (WH005)
 *   ├── UnknownFunctionError   wh.call(hash) for a hash the server does not know
 *   ├── ProtocolError          the server answered something the SDK did not expect (e.g. WH003)
 *   ├── ConnectionLostError    the connection dropped during a call: the outcome is unknown
 *   ├── ConnectionFailedError  no connection could be had (connect or pool checkout failed): nothing ran
 *   ├── CallTimeoutError       the call's own `timeout` expired; the SDK cancelled it on the server
 *   ├── CancelledError         the call was cancelled: its AbortSignal, or pg_cancel_backend on the server
 *   ├── QueryError             a statement the SDK sent from the client failed (wh.db, tx.query, BEGIN/COMMIT, .local())
 *   └── RemoteError            raised while the function ran inside PostgreSQL; points at the user's line
 *       ├── RemoteFunctionError   the function threw (WH010, or the code it set)
 *       ├── RemoteSqlError        a statement inside the function failed (PostgreSQL's SQLSTATE)
 *       └── RemoteTimeoutError    statement_timeout stopped it (57014)
 */
import { SQLSTATES } from '@wormhole/protocol';
import type { Diagnostic } from './public-types';

export class WormholeError extends Error {
  /** SQLSTATE when the error came from PostgreSQL or mirrors one (WH001…, 23505, 57014…). */
  readonly code?: string;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message);
    this.name = new.target.name;
    if (options.code !== undefined) this.code = options.code;
    if (options.cause !== undefined)
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true, configurable: true });
  }
}

export class ValidationError extends WormholeError {
  /** Problems found beyond the listed `diagnostics` (at most 20 are listed; docs/protocol.md "Limits"). */
  readonly omitted: number;

  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
    options: { cause?: unknown; omitted?: number } = {},
  ) {
    super(message, { code: SQLSTATES.validation, cause: options.cause });
    this.omitted = options.omitted ?? 0;
  }
}

export class PolicyError extends WormholeError {}

export class ArgumentError extends WormholeError {
  /** Where in the arguments the problem is, e.g. `args[1].items[3]`, when it is one value. */
  readonly path?: string;

  constructor(message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, { code: SQLSTATES.badArguments, cause: options.cause });
    if (options.path !== undefined) this.path = options.path;
  }
}

export class ResultError extends WormholeError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: SQLSTATES.badResult, ...options });
  }
}

export class UnknownFunctionError extends WormholeError {
  constructor(readonly hash: string) {
    super(
      `The server does not know a remote function with hash ${hash}. ` +
        'Call it through wh.remote(fn) (which installs it on first use), or install it with wormhole.install(source) first.',
    );
  }
}

export class ProtocolError extends WormholeError {}

export class ConnectionLostError extends WormholeError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, options);
  }
}

/**
 * No connection could be had: opening one failed, or the pool had none free in time. Nothing was
 * sent, so retrying is safe.
 */
export class ConnectionFailedError extends WormholeError {}

/** What every use of a Wormhole after `wh.close()` throws (its functions, db, transactions). */
export function closedError(): WormholeError {
  return new WormholeError('This Wormhole was closed (wh.close()); connect() again to make more calls.');
}

/** Which part of a call a timeout or cancel interrupted: waiting for a connection, or running on the server. */
export type CallPhase = 'connect' | 'run';

/**
 * The per-call `timeout` expired. In phase `run` the SDK asked the server to cancel the statement and
 * PostgreSQL confirmed it (57014), so a call that is its own transaction left nothing behind.
 */
export class CallTimeoutError extends WormholeError {
  constructor(
    message: string,
    readonly timeoutMs: number,
    readonly phase: CallPhase,
    options: { code?: string; cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

/**
 * The call was cancelled: by the AbortSignal passed to it (`reason: 'signal'`), or on the server by
 * pg_cancel_backend or a cancel request (`reason: 'server'`). Never a timeout: see CallTimeoutError and
 * RemoteTimeoutError for those.
 */
export class CancelledError extends WormholeError {
  constructor(
    message: string,
    readonly reason: 'signal' | 'server',
    readonly phase: CallPhase,
    options: { code?: string; cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

/**
 * The fields PostgreSQL sends with an error that name what failed, under node-postgres's names: a
 * QueryError and a RemoteSqlError carry the same ones, so code that handles a unique violation reads
 * `error.constraint` wherever the statement ran.
 */
export interface PgErrorFields {
  /** PostgreSQL's DETAIL of the failing statement. */
  detail?: string;
  hint?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  constraint?: string;
  /** 1-based character position in the statement's text where PostgreSQL found the error. */
  position?: number;
  /** PostgreSQL's CONTEXT: for a statement inside a remote function, `SQL statement "…"`. */
  where?: string;
}

const PG_FIELD_NAMES = ['detail', 'hint', 'schema', 'table', 'column', 'dataType', 'constraint', 'where'] as const;

/** The PgErrorFields of a node-postgres DatabaseError (absent fields stay absent). */
export function pgErrorFields(error: unknown): PgErrorFields {
  const e = (error ?? {}) as Record<string, unknown>;
  const out: PgErrorFields = {};
  for (const name of PG_FIELD_NAMES) if (typeof e[name] === 'string' && e[name] !== '') out[name] = e[name] as string;
  const position = Number(e.position);
  if (Number.isInteger(position) && position > 0) out.position = position;
  return out;
}

/**
 * A statement the SDK sent from the client failed: `wh.db.query`, `tx.query`, the BEGIN or COMMIT of
 * `wh.transaction`, or a query of a function run with `.local()`. `code` is PostgreSQL's SQLSTATE, and
 * the fields that name what failed are kept (see PgErrorFields).
 */
export class QueryError extends WormholeError implements PgErrorFields {
  readonly detail?: string;
  readonly hint?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly dataType?: string;
  readonly constraint?: string;
  readonly position?: number;
  readonly where?: string;

  constructor(message: string, options: { code?: string; cause?: unknown; fields?: PgErrorFields } = {}) {
    super(message, { code: options.code, cause: options.cause });
    Object.assign(this, options.fields);
  }
}

/** Where something is in a file: 1-based line and column. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** What the server said about a failure inside a remote function (the DETAIL JSON of docs/protocol.md). */
export interface RemoteErrorDetail {
  kind: 'throw' | 'sql' | string;
  /** The error's class name inside PostgreSQL (Error, TypeError…). */
  name?: string;
  /** 1-based position within the function's source; null or absent when the server could not tell. */
  line?: number | null;
  column?: number | null;
  /** The stack as the runtime saw it (positions inside `<remote function>`). */
  stack?: string;
  /** For `sql`: PostgreSQL's own DETAIL of the failing statement. For `throw`: the thrown error's `detail`. */
  detail?: unknown;
  /** For `sql`: PostgreSQL's CONTEXT of the failing statement (the ERROR's own names Wormhole's wrapper on upstream PL/v8). */
  where?: string;
  /** For `sql` on upstream PL/v8: the failed statement, whose position the SDK asks PostgreSQL's parser for. */
  statement?: string;
  /** For `throw` of an Error: its own enumerable properties (`Object.assign(new Error('x'), { status: 409 })`). */
  properties?: Record<string, unknown>;
  /** For `throw` of a value that is not an Error (`throw { status: 409 }`): the value, as JSON data. */
  value?: unknown;
  /** The hash of the function that failed. */
  function?: string;
  /**
   * For `throw`: the SQLSTATE the thrown object asked for (`code`/`sqlerrcode`) when the server
   * refused it, because it is not a SQLSTATE or its class is reserved (08, 53, 57, 58, XX…); the
   * error's code is then WH010.
   */
  requestedCode?: string;
  /** True when the server cut the DETAIL to its size limit (docs/protocol.md "Limits"). */
  truncated?: boolean;
}

export interface RemoteErrorInit {
  code?: string;
  detail: RemoteErrorDetail;
  /** The user's function name (remote(fn, { name }) or fn.name). */
  functionName: string;
  /** The failing position mapped into the user's file, when the definition site is known. */
  location?: SourcePosition;
  /** The user's function with the failing line marked. */
  frame?: string;
  hint?: string;
  cause?: unknown;
  /** PostgreSQL's fields naming what failed (kept by RemoteSqlError). */
  fields?: PgErrorFields;
}

export class RemoteError extends WormholeError {
  /** The server's DETAIL, parsed. */
  readonly remote: RemoteErrorDetail;
  readonly functionName: string;
  /** Where in the user's file the failure happened (see `stack`). */
  readonly location?: SourcePosition;
  /** A code frame of the user's function with the failing line marked. */
  readonly frame?: string;
  readonly hint?: string;

  constructor(message: string, init: RemoteErrorInit) {
    super(message, { code: init.code, cause: init.cause });
    this.remote = init.detail;
    this.functionName = init.functionName;
    if (init.location) this.location = init.location;
    if (init.frame) this.frame = init.frame;
    if (init.hint) this.hint = init.hint;
  }
}

export class RemoteFunctionError extends RemoteError {
  /** The SQLSTATE the function asked for when the server refused it (the error's `code` is then WH010). */
  get requestedCode(): string | undefined {
    return typeof this.remote.requestedCode === 'string' ? this.remote.requestedCode : undefined;
  }

  /** The class of what the function threw, as named inside PostgreSQL (`InsufficientFunds`, `TypeError`, `object`…). */
  get remoteName(): string | undefined {
    return typeof this.remote.name === 'string' ? this.remote.name : undefined;
  }

  /** The thrown Error's own enumerable properties (`{ status: 409 }`), or {} when it had none. */
  get properties(): Record<string, unknown> {
    const p = this.remote.properties;
    return p && typeof p === 'object' && !Array.isArray(p) ? p : {};
  }

  /** What was thrown when it was not an Error (`throw { status: 409 }` gives `{ status: 409 }`); undefined otherwise. */
  get value(): unknown {
    return this.remote.value;
  }
}

export class RemoteSqlError extends RemoteError implements PgErrorFields {
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly dataType?: string;
  readonly constraint?: string;
  readonly where?: string;
  /**
   * 1-based position in the failing statement (inside the function) where PostgreSQL found the error.
   * Upstream PL/v8 does not pass it to JavaScript; there the SDK has PostgreSQL parse the statement
   * again on the call's connection once its transaction has ended (nothing runs) and takes the
   * position of the same error.
   * Absent when that was not possible: caught inside a transaction that went on, through another
   * driver's adapter, or the error did not recur on the second Parse.
   */
  readonly position?: number;

  constructor(message: string, init: RemoteErrorInit) {
    super(message, init);
    // detail and hint are RemoteError's own (the DETAIL JSON, the HINT); the rest name what failed.
    // pgErrorFields leaves absent fields out.
    const { detail: _detail, hint: _hint, ...named } = init.fields ?? {};
    Object.assign(this, named);
  }

  /** PostgreSQL's own DETAIL of the failing statement, if it had one. */
  get sqlDetail(): string | undefined {
    return typeof this.remote.detail === 'string' ? this.remote.detail : undefined;
  }
}

export class RemoteTimeoutError extends RemoteError {}
