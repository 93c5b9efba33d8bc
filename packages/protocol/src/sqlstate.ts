/**
 * Which SQLSTATE a remote function may choose for its own throw (`throw { code: '23514', … }` or
 * `sqlerrcode`): the one owner of that rule, documented in docs/protocol.md ("Chosen SQLSTATEs").
 *
 * Clients, poolers and the SDK act on the class of an error: 08 and 57P0x mean "the connection is
 * gone, reconnect", 40001/40P01 "rolled back, run the whole transaction again" (the SDK's retry
 * helper does), 53 "the server is out of resources", XX "PostgreSQL itself is broken", and WH0xx
 * are Wormhole's own protocol answers. A function that could raise those would make a pooler
 * drop healthy connections or an SDK misreport what happened, so those classes are reserved for
 * the server: a thrown object asking for one gets WH010 (the function threw), and the code it asked
 * for is kept in DETAIL as `requestedCode`. Every other well-formed SQLSTATE passes through, so a
 * function can still signal e.g. 23505, 22023 or P0001 on purpose.
 */

/** SQLSTATE classes a thrown object may not choose, and why. */
export const RESERVED_SQLSTATE_CLASSES: Readonly<Record<string, string>> = Object.freeze({
  '00': 'successful completion (not an error)',
  '01': 'warning (not an error)',
  '02': 'no data (not an error)',
  '08': 'connection exception',
  '40': 'transaction rollback (the SDK retries 40001 and 40P01: a throw must not ask for a retry)',
  '53': 'insufficient resources',
  '57': 'operator intervention (admin shutdown, crash shutdown, cannot connect now, query canceled)',
  '58': 'system error',
  XX: 'internal error',
  WH: "Wormhole's own protocol codes",
});

/** The SQLSTATE raised for a throw that did not (validly) choose one. */
export const THROWN_SQLSTATE = 'WH010';

/** Five digits or upper-case letters, as PostgreSQL writes every SQLSTATE. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A requested code is kept in DETAIL for the user to see; it is theirs, so it is cut to a sane size. */
const MAX_REQUESTED_LENGTH = 64;

export interface ChosenSqlState {
  /** The SQLSTATE to raise. */
  code: string;
  /** What the thrown object asked for, when that was refused (shown as DETAIL's `requestedCode`). */
  requestedCode?: string;
}

/**
 * The SQLSTATE for a thrown object that asked for `requested` (its `sqlerrcode`, else its `code`;
 * undefined or null when it asked for none).
 */
export function chooseSqlState(requested: unknown): ChosenSqlState {
  if (requested === undefined || requested === null) return { code: THROWN_SQLSTATE };
  if (typeof requested !== 'string' && typeof requested !== 'number') return { code: THROWN_SQLSTATE };
  const text = String(requested);
  // A number is never a SQLSTATE (23505 as a number would lose 00123's zeros): it is shown, not used.
  if (typeof requested === 'string' && SQLSTATE.test(text) && !Object.prototype.hasOwnProperty.call(RESERVED_SQLSTATE_CLASSES, text.slice(0, 2))) {
    return { code: text };
  }
  return { code: THROWN_SQLSTATE, requestedCode: text.length > MAX_REQUESTED_LENGTH ? `${text.slice(0, MAX_REQUESTED_LENGTH)}…` : text };
}

/** The code a thrown value asks for: `sqlerrcode` (PL/v8's name) wins over `code` (node-postgres's). */
export function requestedSqlState(thrown: unknown): unknown {
  if ((typeof thrown !== 'object' && typeof thrown !== 'function') || thrown === null) return undefined;
  const carried = thrown as { sqlerrcode?: unknown; code?: unknown };
  const sqlerrcode = carried.sqlerrcode;
  return sqlerrcode !== undefined && sqlerrcode !== null ? sqlerrcode : carried.code;
}

/**
 * The SQLSTATEs of the contract (docs/protocol.md "Errors"): Wormhole's own WH0xx, and PostgreSQL's
 * codes that the runtime raises or the SDK acts on. Code compares against these names, not literals.
 */
export const SQLSTATES = Object.freeze({
  /** Validation failed; DETAIL is a ValidationDetail. */
  validation: 'WH001',
  /** A policy limit was hit (functions per role, source size). */
  policyLimit: 'WH002',
  /** The hash does not match the source, or the function vanished while loading it. */
  hashMismatch: 'WH003',
  /** Bad arguments (count, undecodable or oversized wire text). */
  badArguments: 'WH004',
  /** The result cannot be sent back. */
  badResult: 'WH005',
  /** The remote function threw; DETAIL is a ThrowDetail. */
  thrown: THROWN_SQLSTATE,
  /** PostgreSQL: invalid_parameter_value (an unusable wormhole policy). */
  invalidParameterValue: '22023',
  /** PostgreSQL: syntax_error. */
  syntaxError: '42601',
  /** PostgreSQL: query_canceled (statement_timeout, a cancel request). */
  queryCanceled: '57014',
  /** PostgreSQL: serialization_failure and deadlock_detected, the codes a transaction is retried on. */
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  /** PostgreSQL: the server is closing the connection (admin_shutdown, crash_shutdown, cannot_connect_now). */
  adminShutdown: '57P01',
  crashShutdown: '57P02',
  cannotConnectNow: '57P03',
  /** PostgreSQL: undefined_function and invalid_schema_name (the extension is not installed). */
  undefinedFunction: '42883',
  invalidSchemaName: '3F000',
  /** PostgreSQL: insufficient_privilege. */
  insufficientPrivilege: '42501',
  /** PostgreSQL: invalid_cursor_name (a stream id that is unknown, closed, or another transaction's or role's). */
  invalidCursorName: '34000',
  /** PostgreSQL: invalid_cursor_state (a stream asked for by its own function while it runs). */
  invalidCursorState: '24000',
  /** PostgreSQL: program_limit_exceeded (too many streams open in one transaction). */
  programLimitExceeded: '54000',
  /** PostgreSQL: in_failed_sql_transaction (a query after a failed one, in a function run without statement subtransactions). */
  inFailedTransaction: '25P02',
  /** PostgreSQL: feature_not_supported (wormhole.stream_open on plv8-compat, which reads streams with wormhole.stream). */
  featureNotSupported: '0A000',
} as const);
