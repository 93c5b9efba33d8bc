/**
 * The SQL text of a call, in the shape the connection can take:
 *   - default, a warm call (hash and arguments): one simple-protocol Query,
 *     `SELECT wormhole.call('<hash>', '<args>') AS result`, the values as quoted literals. No
 *     prepared statement at all, so it works through transaction poolers such as PgBouncer, which
 *     hand each transaction to any server connection (a named statement prepared on one server
 *     connection is unknown on, or already exists on, the next). Measured against an unnamed
 *     extended-protocol statement with parameters, which is just as pooler-safe: one message instead
 *     of Parse/Bind/Describe/Execute/Sync, less client and server CPU per call (bench: the
 *     wormhole-raw variants; the SDK sends what wormhole-raw sends).
 *   - default, the installing form (with source and name): an unnamed statement with parameters
 *     (extended protocol): the source is the user's text, sent as it is, never spliced into SQL.
 *   - `preparedStatements: true`: a named statement, prepared once per connection (saves the parse
 *     and plan of a tiny SELECT; bench/production.mjs measures it). Only for direct connections or
 *     session pooling.
 *   - with a statement timeout, for a call that is its own transaction: one simple-protocol string
 *     `SET LOCAL statement_timeout = …; SELECT wormhole.call(…)`. Both statements share the implicit
 *     transaction of the string, so the timeout holds for this call only and leaves no session state
 *     behind (no startup parameter, which poolers refuse), still in one round trip.
 */

export interface StatementOptions {
  named: boolean;
  /** statement_timeout for this call (ms), set with SET LOCAL inside the call's own transaction. */
  timeoutMs?: number;
  /** Also report whether the call wrote (it has a transaction id), for read-your-writes. */
  reportWrites: boolean;
}

export interface Statement {
  text: string;
  values?: unknown[];
  name?: string;
}

/** `values`: hash, args (and source, name for the installing form). */
export function callStatement(values: Array<string | null>, options: StatementOptions): Statement {
  const form = values.length;
  const extra = options.reportWrites ? WROTE_COLUMN : '';
  if (options.timeoutMs !== undefined) {
    return { text: `${setLocalTimeout(options.timeoutMs)}; SELECT wormhole.call(${values.map(quoteLiteral).join(', ')}) AS result${extra}` };
  }
  if (!options.named && form === 2) {
    // Hash (64 hex digits) and the arguments' wire text (JSON: no raw control characters) as literals.
    return { text: `SELECT wormhole.call(${quoteLiteral(values[0])}, ${quoteLiteral(values[1])}) AS result${extra}` };
  }
  // The parameterised texts are few (2 or 4 parameters, with or without `wrote`): built once.
  const key = form * 2 + (options.reportWrites ? 1 : 0);
  const text = (CALL_TEXTS[key] ??= `SELECT wormhole.call(${values.map((_, i) => `$${i + 1}`).join(', ')}) AS result${extra}`);
  return options.named ? { name: `wormhole_call_${form}${options.reportWrites ? 'w' : ''}`, text, values } : { text, values };
}

const WROTE_COLUMN = ', pg_current_xact_id_if_assigned() IS NOT NULL AS wrote';
const CALL_TEXTS: string[] = [];

/** `wormhole.call_batch($1)`: the batch of calls as one wire text (same forms as callStatement). */
export function batchStatement(callsText: string, options: StatementOptions): Statement {
  if (options.timeoutMs !== undefined) {
    return { text: `${setLocalTimeout(options.timeoutMs)}; SELECT wormhole.call_batch(${quoteLiteral(callsText)}) AS result` };
  }
  return { text: 'SELECT wormhole.call_batch($1) AS result', values: [callsText] };
}

/** `SET LOCAL statement_timeout = N`, N a whole number of milliseconds. */
export function setLocalTimeout(ms: number): string {
  return `SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(ms))}`;
}

/**
 * A SQL string literal that reads the same whatever standard_conforming_strings is: with a backslash
 * inside, the E'' form with backslashes doubled; otherwise a plain literal. Quotes are doubled.
 */
export function quoteLiteral(value: string | null): string {
  if (value === null) return 'NULL';
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return value.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}

export function checkStatementTimeout(ms: unknown): number | undefined {
  if (ms === undefined) return undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`statementTimeout must be a number of milliseconds ≥ 0 (got ${String(ms)}); 0 means no limit`);
  }
  return ms === 0 ? undefined : ms;
}
