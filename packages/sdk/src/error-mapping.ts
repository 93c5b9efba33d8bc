/**
 * Turns what node-postgres raised during a call into the SDK's errors (see errors.ts), and points
 * errors from inside the remote function at the user's own file: the server reports a line/column
 * within the function's source (the DETAIL JSON of docs/protocol.md); we map it through the
 * function's definition site and rebuild the stack so it reads
 *
 *   RemoteFunctionError: insufficient funds
 *       at transfer (/app/src/app.ts:12:7)          <- inside the remote function
 *       at main (/app/src/app.ts:30:3)              <- where the client called it
 */
import { codeFrame, SQLSTATES } from '@wormhole/protocol';
import type { CallerStack } from './call-site';
import type { FunctionLocation } from './function-location';
import {
  ArgumentError,
  CancelledError,
  ConnectionLostError,
  PgErrorFields,
  pgErrorFields,
  PolicyError,
  ProtocolError,
  QueryError,
  RemoteError,
  RemoteErrorDetail,
  RemoteFunctionError,
  RemoteSqlError,
  RemoteTimeoutError,
  ResultError,
  SourcePosition,
  ValidationError,
  WormholeError,
} from './errors';
import { mapToFile } from './function-location';
import type { Diagnostic } from './public-types';

/** What error mapping needs to know about the function that failed (a FunctionDefinition fits). */
export interface FailedFunction {
  name: string;
  /** The function's source, for code frames and position mapping ('' when unknown, e.g. a call by hash). */
  source: string;
  location?: FunctionLocation;
}

/** The fields node-postgres puts on a DatabaseError (and on connection errors). */
interface PgError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  /** Present on errors the server sent (ERROR, FATAL…); absent on socket and client errors. */
  severity?: string;
}

/** SQLSTATEs by which the server says it is closing the connection (admin/crash shutdown, cannot connect now). */
const SERVER_CLOSING_CODES = new Set<string>([SQLSTATES.adminShutdown, SQLSTATES.crashShutdown, SQLSTATES.cannotConnectNow]);
const CONNECTION_LOST_CODES = new Set([...SERVER_CLOSING_CODES, 'ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT']);

/** True when the error means the connection is gone (the client must not be reused). */
export function isConnectionError(error: unknown): boolean {
  const e = error as PgError | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : undefined;
  // An error the server sent is judged by its SQLSTATE alone: its message may be a remote
  // function's own text ("Connection terminated"), and 'EPIPE' is a well-formed SQLSTATE too.
  // (The server never lets a remote function choose class 08 or 57: docs/protocol.md.)
  if (typeof e.severity === 'string') return code !== undefined && (SERVER_CLOSING_CODES.has(code) || code.startsWith('08'));
  if (code !== undefined && (CONNECTION_LOST_CODES.has(code) || code.startsWith('08'))) return true;
  return /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|Client was closed/i.test(e.message ?? '');
}

/**
 * An Error from any realm. `instanceof Error` is false for errors made in another realm: node:net
 * creates socket errors (ECONNRESET) in Node's own, which under jest or in a vm context is not the
 * caller's, and such a lost connection must still become a ConnectionLostError.
 */
function isErrorObject(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

/**
 * Maps an error from a call of `def`. `callStack` is a stack captured when the user called the
 * function, so the rebuilt stack also shows the client-side caller.
 */
export function mapCallError(error: unknown, def: FailedFunction, callStack?: CallerStack): unknown {
  if (error instanceof WormholeError || !isErrorObject(error)) return error;
  const e = error as PgError;
  if (isConnectionError(e)) {
    return new ConnectionLostError(
      `The connection to PostgreSQL was lost while ${def.name} was running (${e.message}). ` +
        'The call may or may not have been applied: a call that is its own transaction was rolled back if the server ' +
        'did not reach its commit; check before retrying, and reconnect if the database restarted.',
      { code: e.code, cause: e },
    );
  }
  const detail = parseDetail(e.detail);
  const code = e.code;
  // 57014 is both statement_timeout and a cancel request (pg_cancel_backend): only the message tells them apart.
  if (code === SQLSTATES.queryCanceled && !/statement timeout/i.test(e.message)) {
    return new CancelledError(
      `${def.name} was cancelled on the server (${e.message}), e.g. by pg_cancel_backend. ` +
        'A call that is its own transaction left nothing behind.',
      'server',
      'run',
      { code, cause: e },
    );
  }
  if (detail?.kind === 'validation' || code === SQLSTATES.validation) {
    const listed = detail as { diagnostics?: Diagnostic[]; omitted?: unknown } | undefined;
    const omitted = typeof listed?.omitted === 'number' ? listed.omitted : 0;
    return new ValidationError(`The server refused ${def.name}: ${e.message}`, listed?.diagnostics ?? [], { cause: e, omitted });
  }
  if (detail && (detail.kind === 'throw' || detail.kind === 'sql')) return remoteError(e, detail, def, callStack);
  switch (code) {
    case SQLSTATES.policyLimit:
      return new PolicyError(`${e.message}${e.hint ? ` (${e.hint})` : ''}`, { code, cause: e });
    case SQLSTATES.hashMismatch:
      return new ProtocolError(`The server says the hash of ${def.name} does not match its source: ${e.message}`, { code, cause: e });
    case SQLSTATES.badArguments:
      return new ArgumentError(`${def.name}: ${e.message}`, { cause: e });
    case SQLSTATES.badResult:
      return new ResultError(`${def.name}: ${e.message}`, { cause: e });
    case SQLSTATES.queryCanceled:
    // A serialization failure or deadlock found at COMMIT (no DETAIL: no statement of the function
    // failed) is the same condition as one raised mid-function, so it gets the same class.
    case SQLSTATES.serializationFailure:
    case SQLSTATES.deadlockDetected:
      return remoteError(e, { kind: 'sql' }, def, callStack);
    case SQLSTATES.undefinedFunction:
    case SQLSTATES.invalidSchemaName:
      if (/wormhole/.test(e.message)) {
        return new WormholeError(
          `The wormhole extension is not installed in this database (${e.message}). ` +
            'Run CREATE EXTENSION wormhole CASCADE as a superuser, then GRANT wormhole_user TO <your app role>.',
          { code, cause: e },
        );
      }
      break;
    case SQLSTATES.insufficientPrivilege:
      if (/wormhole/.test(e.message)) {
        return new WormholeError(`This role may not use wormhole (${e.message}). ` + 'Grant it with: GRANT wormhole_user TO <your app role>.', {
          code,
          cause: e,
        });
      }
      break;
  }
  return new WormholeError(`${def.name} failed: ${e.message}`, { code, cause: e });
}

/**
 * Maps an error of a statement the SDK sent from the client (`wh.db.query`, `tx.query`, `.local()`'s
 * `db`): a lost connection is a ConnectionLostError, anything else PostgreSQL (or node-postgres)
 * raised a QueryError with its SQLSTATE and fields. `what` names the statement for the message.
 */
export function mapQueryError(error: unknown, what: string): unknown {
  if (error instanceof WormholeError || !isErrorObject(error)) return error;
  const e = error as PgError;
  if (isConnectionError(e)) {
    return new ConnectionLostError(
      `The connection to PostgreSQL was lost during ${what} (${e.message}). ` +
        'Inside a transaction, the transaction is gone; outside one, the statement may or may not have been applied.',
      { code: e.code, cause: e },
    );
  }
  return new QueryError(e.message, { code: e.code, cause: e, fields: pgErrorFields(e) });
}

/** The DETAIL JSON, when the server sent one (`{"wormhole":1,…}`). */
export function parseDetail(detail: string | undefined): RemoteErrorDetail | undefined {
  if (!detail || detail[0] !== '{') return undefined;
  try {
    const parsed = JSON.parse(detail) as { wormhole?: unknown } & RemoteErrorDetail;
    return parsed && parsed.wormhole === 1 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function remoteError(e: PgError, detail: RemoteErrorDetail, def: FailedFunction, callStack?: CallerStack): RemoteError {
  const located = def.location;
  const hasPosition = typeof detail.line === 'number' && typeof detail.column === 'number';
  const position = located && hasPosition ? mapToFile(located, def.source, detail.line!, detail.column!) : undefined;
  const frame =
    position && located?.text !== undefined
      ? codeFrame(located.text, position.line, position.column, { title: `${position.file}:${position.line}:${position.column}` })
      : hasPosition
        ? codeFrame(def.source, detail.line!, detail.column!, { title: `${def.name} (line ${detail.line} of the function)` })
        : undefined;
  const timeout = e.code === SQLSTATES.queryCanceled;
  const message = timeout
    ? `${def.name} was stopped by statement_timeout (${e.message}). An endless loop? ` +
      'Otherwise raise the limit: connect(url, { statementTimeout }) or SET statement_timeout.'
    : e.message;
  const Kind = timeout ? RemoteTimeoutError : detail.kind === 'throw' ? RemoteFunctionError : RemoteSqlError;
  const error = new Kind(message, {
    code: e.code,
    detail,
    functionName: def.name,
    location: position,
    frame,
    hint: e.hint,
    cause: e,
    fields: remoteSqlFields(e, detail),
  });
  error.stack = buildStack(error, def, detail, position, callStack);
  return error;
}

/** `Name: message`, the frames inside the remote function (mapped to the file), then the caller's frames, then the code frame. */
function buildStack(
  error: RemoteError,
  def: FailedFunction,
  detail: RemoteErrorDetail,
  top: SourcePosition | undefined,
  callStack?: CallerStack,
): string {
  const lines = [`${error.name}: ${error.message}`];
  const remoteFrames = mapRemoteFrames(detail.stack, def);
  if (remoteFrames.length > 0) lines.push(...remoteFrames);
  else if (top) lines.push(`    at ${def.name} (${top.file}:${top.line}:${top.column})`);
  else lines.push(`    at ${def.name} (<remote function>${detail.line ? `:${detail.line}:${detail.column}` : ''})`);
  const caller = callStack?.stack;
  if (caller) lines.push(...caller.split('\n').filter((l) => /^\s+at /.test(l)));
  let stack = lines.join('\n');
  if (error.frame) stack += `\n\n${error.frame}`;
  return stack;
}

/** Rewrites `at fn (<remote function>:3:27)` frames of the server-side stack into the user's file. */
function mapRemoteFrames(stack: string | undefined, def: FailedFunction): string[] {
  if (!stack) return [];
  const out: string[] = [];
  for (const line of stack.split('\n')) {
    const m = /^\s*at (?:(.*?) \()?<remote function>:(\d+):(\d+)\)?\s*$/.exec(line);
    if (!m) continue;
    const name = !m[1] || m[1] === 'anonymous' || m[1].startsWith('<') ? def.name : m[1];
    const located = def.location;
    const p = located ? mapToFile(located, def.source, Number(m[2]), Number(m[3])) : undefined;
    out.push(p ? `    at ${name} (${p.file}:${p.line}:${p.column})` : `    at ${name} (<remote function>:${m[2]}:${m[3]})`);
  }
  return out;
}

/**
 * The statement whose failure position the SDK must find itself, if any: the engine found one but
 * could not pass it on (upstream PL/v8; SqlDetail.statement). statement-position.ts finds it.
 */
export function statementToLocate(error: unknown): string | undefined {
  if (!(error instanceof RemoteSqlError) || error.position !== undefined) return undefined;
  return typeof error.remote.statement === 'string' ? error.remote.statement : undefined;
}

/** Sets the position statement-position.ts found (the error is built before it is known). */
export function setStatementPosition(error: RemoteSqlError, position: number): void {
  Object.defineProperty(error, 'position', { value: position, enumerable: true, configurable: true, writable: false });
}

/**
 * PostgreSQL's fields of an error raised inside a remote function. A failed statement's position is
 * within that statement (the ERROR's internal position, node-postgres's internalPosition), not within
 * the client's `SELECT wormhole.call(…)`.
 */
function remoteSqlFields(e: PgError, detail: RemoteErrorDetail): PgErrorFields {
  const fields = pgErrorFields(e);
  // The failed statement's CONTEXT as the runtime saw it: on upstream PL/v8 the ERROR's own CONTEXT
  // is that of the PL/pgSQL wrapper that raised it (docs/protocol.md "Errors").
  if (typeof detail.where === 'string' && detail.where !== '') fields.where = detail.where;
  delete fields.position;
  const position = Number((e as { internalPosition?: unknown }).internalPosition);
  if (Number.isInteger(position) && position > 0) fields.position = position;
  return fields;
}
