/**
 * The DETAIL of a Wormhole error (docs/protocol.md "Errors"): a JSON object the runtime writes and
 * the SDK reads, so the SDK can point at the user's line. `wormhole` is the format's version.
 */

/** One problem the validator found: what it returns and what a WH001 DETAIL lists. */
export interface Diagnostic {
  /** Stable rule id (see the README's rules table), e.g. 'free-variable'. */
  rule: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based line within the function's own source. */
  line: number;
  /** 1-based column (UTF-16 code units) within that line. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A few lines of the source around the problem, marked with `>` and `^`. */
  frame: string;
}

/** WH001: the first diagnostics (at most ERROR_LIMITS.maxDiagnostics) and how many more there were. */
export interface ValidationDetail {
  kind: 'validation';
  omitted: number;
  diagnostics: Diagnostic[];
}

/** Fields of a failure inside the remote function; `line`/`column` are within its source, or null. */
interface RemoteFailure {
  name: string;
  line: number | null;
  column: number | null;
  /** The function's hash. */
  function: string;
  /** The stack with positions inside `<remote function>`. */
  stack: string;
}

/** The function threw (WH010, or a SQLSTATE it chose). */
export interface ThrowDetail extends RemoteFailure {
  kind: 'throw';
  /** The SQLSTATE the thrown object asked for when it may not choose it (the code is then WH010). */
  requestedCode?: string;
  /** The thrown Error's own extra properties. */
  properties?: Record<string, unknown>;
  /** A thrown non-Error value itself (`throw { status: 409 }`). */
  value?: unknown;
  /** The thrown object's `detail`. */
  detail: unknown;
}

/** A statement inside the function failed: PostgreSQL's SQLSTATE, MESSAGE and HINT; its DETAIL here. */
export interface SqlDetail extends RemoteFailure {
  kind: 'sql';
  /**
   * PostgreSQL's CONTEXT of the failed statement (`SQL statement "…"`), when it had one. The ERROR
   * carries it as its own CONTEXT on plv8-compat, but upstream PL/v8 raises Wormhole's errors from a
   * PL/pgSQL wrapper (wormhole._raise), whose CONTEXT names the wrapper; the SDK reads this one.
   */
  where?: string;
  /**
   * The failed statement's text, sent only when the engine found a position in it but could not
   * pass the position to JavaScript (upstream PL/v8 keeps only `internalquery`): the SDK then asks
   * PostgreSQL's parser for it with a Parse of this text once the call's transaction has ended
   * (packages/sdk/src/statement-position.ts).
   */
  statement?: string;
  detail: string | null;
}

/** What the runtime builds; detailJson adds the version and, when it cut the DETAIL, `truncated`. */
export type ErrorDetailBody = ValidationDetail | ThrowDetail | SqlDetail;

/** What the SDK parses. */
export type ErrorDetail = ErrorDetailBody & {
  wormhole: typeof DETAIL_VERSION;
  /** Set when the DETAIL was cut to ERROR_LIMITS.maxDetailBytes. */
  truncated?: true;
};

export const DETAIL_VERSION = 1;
