/**
 * Which remote functions run their queries without a subtransaction each.
 *
 * Both engines run every statement in a subtransaction of its own, so that JavaScript which catches
 * a failed query can go on using the transaction, with the failed statement undone and the earlier
 * ones kept. Each one costs the backend CPU, and each write in one takes a transaction ID of its own
 * (past 64 in a transaction, PostgreSQL's per-backend subtransaction cache overflows and every
 * session's snapshots get slower). A function that cannot catch gains nothing from them: its failed
 * query ends the call with that query's error, which fails the caller's statement anyway.
 *
 * So on plv8-compat, whose `plv8.without_statement_subtransactions(fn)` runs fn's statements directly
 * (plv8-compat/README.md), the runtime calls such a function through it when its source also names a
 * method of `db` that runs SQL (a function without queries has nothing to save). Whether a function
 * can catch is read from its source, conservatively: any of the words below, wherever they appear
 * (code, strings, comments, property names), keeps the subtransactions. They are every way the
 * language offers to see a rejected `await` or a thrown error and go on: `try … catch/finally`,
 * `.catch`, `.then(…, onRejected)`, `.finally`, and the Promise combinators that can settle past a
 * rejection (`allSettled`, `any`, `race`).
 *
 * A function that catches without these words (a computed name, `p['ca' + 'tch']`) is still safe:
 * the engine lets no SQL run after the failed statement (its next query fails with 25P02, with the
 * hint below) and ends the call with the failed query's error, so nothing half-applied survives.
 * Only going on after the failure needs the words.
 */

/** The engine's plv8.without_statement_subtransactions, or null (upstream PL/v8 has none). */
const engineDirect = typeof plv8 === 'object' && plv8 !== null ? (plv8.without_statement_subtransactions ?? null) : null;

const MAY_CATCH = /\b(?:catch|finally|then|allSettled|any|race)\b/;

/**
 * The methods of the server `db` that run SQL (db.ts, createDb; a unit test fails when they drift).
 * A source that names none of them runs no query through `db` (a computed name keeps the
 * subtransactions), so it has none to save and does not pay for the switch.
 */
export const QUERY_METHODS = ['query', 'queryOne', 'queryValue', 'rows'] as const;
const MAY_QUERY = new RegExp(`\\b(?:${QUERY_METHODS.join('|')})\\b`);

/** True when `source` may catch a failed query and go on (see above): its queries keep their subtransactions. */
export function mayCatchQueryErrors(source: string): boolean {
  return MAY_CATCH.test(source);
}

/** True when `source` names a method of `db` that runs SQL. */
export function mayQuery(source: string): boolean {
  return MAY_QUERY.test(source);
}

/** True when a function with this source runs without statement subtransactions: the engine can, it may query, it cannot catch. */
export function runsDirectly(source: string): boolean {
  return engineDirect !== null && mayQuery(source) && !mayCatchQueryErrors(source);
}

let directDepth = 0;
/** The first failed query of the innermost runDirectly, as the SqlError the function was given. */
let firstFailure: { error: unknown } | null = null;

/**
 * Runs fn with its queries outside statement subtransactions where the engine can, else as it is.
 * When a query failed and fn still returned (it caught the error in a way the source did not
 * show), the call fails with that query's error: the engine would raise it anyway, and this way it
 * carries the function's line like any other failed query.
 */
export function runDirectly<T>(fn: () => T): T {
  if (engineDirect === null) return fn();
  const outer = firstFailure;
  firstFailure = null;
  directDepth++;
  try {
    const result = engineDirect.call(plv8, fn) as T;
    if (firstFailure !== null) throw (firstFailure as { error: unknown }).error;
    return result;
  } finally {
    directDepth--;
    firstFailure = outer;
  }
}

/** db.ts hands every failed query's error here before the function sees it. */
export function noteFailedQuery(error: unknown): void {
  if (directDepth > 0 && firstFailure === null) firstFailure = { error };
}

/**
 * The hint of a query refused because an earlier query of the same call failed (25P02), while the
 * function runs without statement subtransactions: the engine's own hint speaks of
 * plv8.subtransaction(), which a remote function cannot reach.
 */
export function hintAfterFailedQuery(engineHint: string | undefined): string | undefined {
  if (directDepth === 0) return engineHint;
  return (
    'An earlier query of this call failed and the function went on after catching it in a way Wormhole did not see. ' +
    'Catch query errors with try/catch, .catch(), .then(…, onRejected), .finally() or Promise.allSettled/any/race: ' +
    'a function whose source uses one of these runs each query in a subtransaction, so it can go on after a failed one'
  );
}
