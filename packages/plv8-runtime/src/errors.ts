/**
 * Errors: from the user's function or from SQL, to the error object PL/v8 raises as a PostgreSQL
 * ERROR (PL/v8 reads `sqlerrcode`, `message`, `detail` and `hint` off a thrown object).
 * The DETAIL is the JSON described in docs/protocol.md, with the line and column inside the user's
 * own source, so the SDK can point at the user's file.
 *
 * Every error made here is bounded (ERROR_LIMITS, docs/protocol.md "Limits"): MESSAGE, HINT and
 * DETAIL are cut however large the thrown value was, and the SQLSTATE a thrown object may choose
 * follows @wormhole/protocol's sqlstate.ts.
 */
import {
  chooseSqlState,
  clipBytes,
  clipChars,
  DETAIL_VERSION,
  ERROR_LIMITS,
  OBJECT_FIELDS as PROTOCOL_OBJECT_FIELDS,
  offsetOf,
  requestedSqlState,
  SQLSTATES,
  type ErrorDetailBody,
  type SqlDetail,
  type ThrowDetail,
} from '@wormhole/protocol';
import { boundedJson, boundedValueJson } from './bounded-json';
import { scriptName, SCRIPT_LINE_OFFSET } from './compile';
import { isInserted, toOriginalPosition, type Segment } from './linemap';

/** A DETAIL that is already small is kept as it is; a larger one is re-built within the limit. */
function boundedDetailText(detail: string | undefined): string | undefined {
  if (detail === undefined || detail.length * 3 <= ERROR_LIMITS.maxDetailBytes) return detail;
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return clipBytes(detail, ERROR_LIMITS.maxDetailBytes);
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? boundedJson(parsed as Record<string, unknown>)
    : clipBytes(detail, ERROR_LIMITS.maxDetailBytes);
}

/** The fields PL/v8 reads off a thrown object, each cut to its limit. */
export interface BoundedErrorFields {
  sqlerrcode: string;
  message: string;
  detail?: string;
  hint?: string;
}

/**
 * Cuts an error's MESSAGE, HINT and DETAIL to ERROR_LIMITS. For code that builds its own thrown
 * objects (the installer's `fail`): `throw boundError({ sqlerrcode, message, hint, detail })`.
 */
export function boundError(fields: BoundedErrorFields): BoundedErrorFields {
  const out: BoundedErrorFields = { sqlerrcode: fields.sqlerrcode, message: clipBytes(String(fields.message), ERROR_LIMITS.maxMessageBytes) };
  const detail = boundedDetailText(fields.detail);
  if (detail !== undefined) out.detail = detail;
  if (fields.hint !== undefined) out.hint = clipBytes(String(fields.hint), ERROR_LIMITS.maxHintBytes);
  return out;
}

/** An error PL/v8 turns into an ERROR with this SQLSTATE; message, detail and hint are bounded on construction. */
export class WormholeError extends Error {
  readonly detail?: string;
  readonly hint?: string;

  constructor(
    readonly sqlerrcode: string,
    message: string,
    detail?: string,
    hint?: string,
  ) {
    super(clipBytes(String(message), ERROR_LIMITS.maxMessageBytes));
    const detailText = boundedDetailText(detail);
    if (detailText !== undefined) this.detail = detailText;
    if (hint !== undefined) this.hint = clipBytes(String(hint), ERROR_LIMITS.maxHintBytes);
  }
}

/** The DETAIL JSON of docs/protocol.md (`{"wormhole":1,…}`), within ERROR_LIMITS.maxDetailBytes. */
export function detailJson(detail: ErrorDetailBody): string {
  return boundedJson({ wormhole: DETAIL_VERSION, ...detail });
}

export function wormholeError(code: string, message: string, hint?: string, detail?: ErrorDetailBody): WormholeError {
  return new WormholeError(code, message, detail === undefined ? undefined : detailJson(detail), hint);
}

/**
 * The fields of a failed statement that travel with its error: @wormhole/protocol's OBJECT_FIELDS
 * (schema, table, column, dataType, constraint) and the CONTEXT (`where`: for a failed statement,
 * `SQL statement "…"` and the levels it came through), by node-postgres's name -> PL/v8's.
 */
export const OBJECT_FIELDS = {
  ...PROTOCOL_OBJECT_FIELDS,
  where: 'context',
  // Where in the statement PostgreSQL found the error (1-based, as text; e.g. a syntax error's), and
  // the statement it counts in: the ERROR's internal position and query.
  position: 'internalposition',
  internalQuery: 'internalquery',
} as const;

export type ObjectFieldName = keyof typeof OBJECT_FIELDS;
export type ObjectFields = Partial<Record<ObjectFieldName, string>>;

/** The object fields of an error PL/v8 made from a PostgreSQL error (`schema_name`…), by node-postgres's names. */
export function objectFieldsOf(error: Record<string, unknown>): ObjectFields {
  const out: ObjectFields = {};
  for (const [name, plv8Name] of Object.entries(OBJECT_FIELDS) as [ObjectFieldName, string][]) {
    const value = error[plv8Name];
    if (typeof value === 'string' && value !== '') out[name] = value;
  }
  return out;
}

/**
 * SqlError's fields that name what failed are OBJECT_FIELDS' keys, which the constructor assigns:
 * declared by this interface, merged with the class, so the list lives only in OBJECT_FIELDS (and
 * so in @wormhole/protocol). Type-only: the class emits no field for a declaration.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SqlError extends Readonly<ObjectFields> {}

/** A statement inside a remote function failed; thrown into the user's code (node-postgres has `code` too). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SqlError extends Error {
  readonly code: string;
  constructor(
    message: string,
    readonly sqlerrcode: string,
    readonly detail: string | undefined,
    readonly hint: string | undefined,
    /** Stack at the db call, so the error points at the user's query line. */
    readonly callStack: string,
    objectFields: ObjectFields = {},
  ) {
    super(message);
    this.code = sqlerrcode;
    Object.assign(this, objectFields);
  }
}
Object.defineProperty(SqlError.prototype, 'name', { value: 'SqlError', writable: true, configurable: true });

/**
 * The SqlErrors db.ts made from a real PostgreSQL error, with the SQLSTATE PostgreSQL reported.
 * User code can reach the SqlError class (error.constructor) and change a caught error's fields,
 * so neither `instanceof` nor `sqlerrcode` proves where an error came from; this map does.
 */
const fromPostgres = new WeakMap<SqlError, string>();
const sqlObjectFields = new WeakMap<SqlError, ObjectFields>();

/** A SqlError for an error PostgreSQL raised (db.ts); only these pass PostgreSQL's SQLSTATE through. */
export function sqlError(
  message: string,
  sqlerrcode: string,
  detail: string | undefined,
  hint: string | undefined,
  callStack: string,
  objectFields: ObjectFields = {},
): SqlError {
  const error = new SqlError(message, sqlerrcode, detail, hint, callStack, objectFields);
  fromPostgres.set(error, sqlerrcode);
  sqlObjectFields.set(error, { ...objectFields });
  return error;
}

/** What is needed to map a position back to the user's source. */
export interface SourceInfo {
  hash: string;
  source: string;
  code: string;
  segments: Segment[];
}

/** The first stack frame inside the user's function, mapped to a 1-based position in its source. */
export function locate(stack: string | undefined, info: SourceInfo): { line: number; column: number } | null {
  if (typeof stack !== 'string') return null;
  const name = scriptName(info.hash).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${name}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return null;
  const line = Number(match[1]) - SCRIPT_LINE_OFFSET;
  if (line < 1) return null;
  return toOriginalPosition(info.source, info.code, info.segments, line, Number(match[2]));
}

/** The stack with frames outside the user's function dropped and positions mapped to its source. */
export function userStack(stack: string | undefined, headline: string, info: SourceInfo): string {
  const frames: string[] = [];
  const name = scriptName(info.hash);
  for (const frame of (stack ?? '').split('\n').slice(1)) {
    const at = frame.indexOf(`${name}:`);
    if (at < 0) continue;
    const [line, column] = frame
      .slice(at + name.length + 1)
      .split(':')
      .map((n) => parseInt(n, 10));
    const mappedLine = line - SCRIPT_LINE_OFFSET;
    if (!(mappedLine >= 1)) continue;
    // Frames of the rewrite's own glue (the generator driver call) mean nothing to the user.
    if (isInserted(info.segments, offsetOf(info.code, mappedLine, column))) continue;
    const pos = toOriginalPosition(info.source, info.code, info.segments, mappedLine, column);
    frames.push(`    at <remote function>:${pos.line}:${pos.column}`);
  }
  return [headline, ...frames].join('\n');
}

/** An error's name is the user's: a class name, normally; the rest of a long one is noise. */
const MAX_NAME_CHARS = 200;

function describe(thrown: unknown): { name: string; message: string } {
  let name: string;
  let message: string;
  try {
    if (thrown instanceof Error) {
      name = errorClassName(thrown);
      message = String(thrown.message);
    } else if (typeof thrown === 'object' && thrown !== null && typeof (thrown as { message?: unknown }).message === 'string') {
      name = 'Error';
      message = (thrown as { message: string }).message;
    } else if (typeof thrown === 'string') {
      name = 'string';
      message = thrown;
    } else {
      name = thrown === null ? 'null' : Array.isArray(thrown) ? 'Array' : typeof thrown;
      // `throw { status: 409 }` reads as its JSON, not "[object Object]"; a value with a toString of
      // its own says what it wants to be called (run under the watchdog like any user code).
      message = hasOwnToString(thrown) ? String(thrown) : boundedValueJson(thrown, ERROR_LIMITS.maxMessageBytes);
    }
  } catch {
    return { name: typeof thrown, message: '(unprintable value)' };
  }
  return { name: clipChars(name, MAX_NAME_CHARS), message: clipBytes(message, ERROR_LIMITS.maxMessageBytes) };
}

/** True when `value` is an object whose toString is not one of the standard ones (Object's, Array's). */
function hasOwnToString(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const toString = (value as { toString?: unknown }).toString;
  return typeof toString === 'function' && toString !== Object.prototype.toString && toString !== Array.prototype.toString;
}

/**
 * The class an Error was made by: its `name`, unless that is only the inherited "Error" of a
 * subclass that did not set one (`class InsufficientFunds extends Error {}`), then the class's own name.
 */
function errorClassName(error: Error): string {
  const name = String(error.name);
  if (name !== 'Error') return name;
  const ctor = (error as { constructor?: unknown }).constructor;
  const ctorName = typeof ctor === 'function' ? (ctor as { name?: unknown }).name : undefined;
  return typeof ctorName === 'string' && ctorName !== '' ? ctorName : name;
}

/** Keys of an Error that the DETAIL already carries in fields of its own. */
const CARRIED_KEYS = new Set(['message', 'stack', 'detail', 'hint', 'code', 'sqlerrcode', 'name']);

/**
 * The user's own enumerable properties of a thrown Error (`Object.assign(new Error('conflict'), { status: 409 })`),
 * so they reach the client; undefined when there are none or they cannot be read.
 */
function ownProperties(thrown: unknown): Record<string, unknown> | undefined {
  if (!(thrown instanceof Error)) return undefined;
  try {
    const keys = Object.keys(thrown).filter((k) => !CARRIED_KEYS.has(k));
    if (keys.length === 0) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = (thrown as unknown as Record<string, unknown>)[key];
    return out;
  } catch {
    return undefined;
  }
}

/** A property of a thrown object, or undefined when reading it throws (a hostile getter). */
function field(thrown: unknown, key: 'detail' | 'hint' | 'stack'): unknown {
  if ((typeof thrown !== 'object' && typeof thrown !== 'function') || thrown === null) return undefined;
  try {
    return (thrown as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL sets an error's internal query only together with its internal position (SPI's error
 * callback), so a query without a position means the engine dropped the position (upstream PL/v8
 * does): then the statement goes in the DETAIL for the SDK to locate (SqlDetail.statement). Whole
 * or not at all: a cut statement would be located wrongly.
 */
function statementToLocate(fields: ObjectFields | undefined): { statement?: string } {
  const query = fields?.internalQuery;
  if (query === undefined || fields?.position !== undefined) return {};
  return clipBytes(query, ERROR_LIMITS.maxHintBytes) === query ? { statement: query } : {};
}

/** A stack's frames are at its end; a huge message before them is not worth scanning. */
const MAX_STACK_SCAN = 64 * 1024;

/** The error to raise for anything a remote function threw (its own throw, or a failed statement). */
export function toRaisedError(thrown: unknown, info: SourceInfo): WormholeError {
  try {
    return describeThrown(thrown, info);
  } catch {
    // A Proxy whose traps throw, or a getter that does: the error must still be raised, bounded.
    return new WormholeError(
      SQLSTATES.thrown,
      'The remote function threw a value that cannot be inspected',
      detailJson({ kind: 'throw', name: 'unknown', line: null, column: null, function: info.hash, stack: '', detail: null }),
    );
  }
}

function describeThrown(thrown: unknown, info: SourceInfo): WormholeError {
  if (thrown instanceof WormholeError) return thrown;
  const postgresCode = thrown instanceof SqlError ? fromPostgres.get(thrown) : undefined;
  if (postgresCode !== undefined) {
    const sql = thrown as SqlError;
    const message = clipBytes(String(sql.message), ERROR_LIMITS.maxMessageBytes);
    const pos = locate(sql.callStack, info);
    // Read from the fields db.ts set, not the caught object's (user code may have changed those).
    const fields: ObjectFields = {};
    for (const [name, value] of Object.entries(sqlObjectFields.get(sql) ?? {}) as [ObjectFieldName, string | undefined][]) {
      if (value === undefined) continue;
      // Names are identifiers (63 bytes in PostgreSQL); CONTEXT quotes the statement, bounded like a HINT.
      const long = name === 'where' || name === 'internalQuery';
      fields[name] = long ? clipBytes(value, ERROR_LIMITS.maxHintBytes) : clipChars(value, MAX_NAME_CHARS);
    }
    const detail: SqlDetail = {
      kind: 'sql',
      name: 'SqlError',
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      function: info.hash,
      stack: clipChars(userStack(sql.callStack, `SqlError: ${message}`, info), ERROR_LIMITS.maxStackChars),
      // The statement's CONTEXT travels in the DETAIL too: upstream PL/v8 raises the ERROR from a
      // PL/pgSQL wrapper (wormhole._raise), whose own CONTEXT replaces it, so the SDK reads it here.
      ...(fields.where !== undefined ? { where: fields.where } : {}),
      ...statementToLocate(sqlObjectFields.get(sql)),
      detail: sql.detail ?? null,
    };
    const raised = new WormholeError(postgresCode, message, detailJson(detail), sql.hint);
    for (const [name, value] of Object.entries(fields) as [ObjectFieldName, string][]) {
      Object.defineProperty(raised, OBJECT_FIELDS[name], { value, enumerable: true });
    }
    return raised;
  }
  const { name, message } = describe(thrown);
  const rawStack = thrown instanceof Error ? field(thrown, 'stack') : undefined;
  const stack = typeof rawStack !== 'string' ? undefined : rawStack.length > MAX_STACK_SCAN ? rawStack.slice(-MAX_STACK_SCAN) : rawStack;
  const pos = locate(stack, info);
  let requested: unknown;
  try {
    requested = requestedSqlState(thrown);
  } catch {
    requested = undefined;
  }
  const chosen = chooseSqlState(requested);
  const carriedDetail = field(thrown, 'detail');
  const carriedHint = field(thrown, 'hint');
  // Small fields first, the user's own `detail` last: the DETAIL's budget is spent in this order.
  const userStackText = clipChars(userStack(stack, `${name}: ${message}`, info), ERROR_LIMITS.maxStackChars);
  const properties = ownProperties(thrown);
  // A non-Error value itself (`throw { status: 409 }`), for the client to read as data.
  const isValue =
    !(thrown instanceof Error) && typeof thrown === 'object' && thrown !== null && typeof (thrown as { message?: unknown }).message !== 'string';
  const detail: ThrowDetail = {
    kind: 'throw',
    name,
    line: pos?.line ?? null,
    column: pos?.column ?? null,
    function: info.hash,
    ...(chosen.requestedCode !== undefined ? { requestedCode: chosen.requestedCode } : {}),
    stack: userStackText,
    ...(properties !== undefined ? { properties } : {}),
    ...(isValue ? { value: thrown } : {}),
    detail: carriedDetail !== undefined ? carriedDetail : null,
  };
  return new WormholeError(chosen.code, message, detailJson(detail), typeof carriedHint === 'string' ? carriedHint : undefined);
}
