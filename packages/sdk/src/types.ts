/**
 * The public shapes shared by every part of the SDK: the `db` API a remote function receives, the
 * result of a query, and the typed function that `remote()` hands back.
 *
 * The `db` API is the contract of docs/protocol.md: the same three methods exist inside PostgreSQL
 * (PL/v8 runtime) and on the client (local mode), so one function runs unchanged in both places.
 * Its owner is @wormhole/protocol (src/db.ts); these are the published copies (declarations may not
 * name a private package), and test/public-types.test.ts fails to compile if they drift.
 */

/** One column of a result, as node-postgres describes it (trimmed to what both sides can report). */
export interface FieldInfo {
  name: string;
  dataTypeID: number;
}

/** The result of `db.query`, with the node-postgres field names. */
export interface QueryResult<Row = Record<string, any>> {
  rows: Row[];
  rowCount: number;
  command: string;
  fields: FieldInfo[];
}

/** `db.query({ text, values })`, the object form node-postgres also accepts. */
export interface QueryConfig {
  text: string;
  values?: unknown[];
}

/** What a remote function receives as its first parameter. */
export interface Db {
  query<Row = Record<string, any>>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<Row>>;
  /** Exactly one row, else an error saying how many came back. */
  queryOne<Row = Record<string, any>>(text: string | QueryConfig, values?: unknown[]): Promise<Row>;
  /** The first column of exactly one row. */
  queryValue<Value = any>(text: string | QueryConfig, values?: unknown[]): Promise<Value>;
}

/** Any function usable with `remote()`: `db` first, then the call's own arguments. */
export type RemotableFunction = (db: Db, ...args: any[]) => unknown;

/**
 * The call's arguments: the function's parameters without the leading `db`, each one required.
 * The server takes exactly the parameters the function declares (the validator's arity): a default
 * value (`b = 5`) or TypeScript's `b?:` does not make an argument optional on the wire, so the call
 * type does not either (`-?` also removes the `undefined` that `?` adds). A rest parameter takes
 * any number, as at run time.
 */
export type RemoteArgs<F> = F extends (db: Db, ...args: infer A) => unknown ? { [K in keyof A]-?: A[K] } : never;

/**
 * What remote() accepts: a function whose first parameter is `db`. A function without parameters
 * type-checks as a RemotableFunction (TypeScript lets fewer parameters through), but the validator
 * refuses it, so it is refused here too, with the reason as the error.
 */
export type NeedsDbParameter<F> = F extends () => unknown
  ? F extends (db: never, ...rest: never[]) => unknown
    ? (Parameters<F> extends [] ? { 'a remote function takes db as its first parameter: async (db, …) => …': never } : unknown)
    : unknown
  : unknown;

/** What a call resolves to: the function's (awaited) return value. */
export type RemoteResult<F> = F extends (...args: any[]) => infer R ? Awaited<R> : never;
