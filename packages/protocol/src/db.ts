/**
 * The `db` API a remote function receives (docs/protocol.md "The `db` API"): the same methods
 * inside PostgreSQL (the runtime's db.ts) and on the client (the SDK's local mode), so one function
 * runs unchanged in both places. The runtime's `db` is typed from these declarations; the SDK
 * re-exports them, and its build writes them into the published dist/index.d.ts.
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
  /**
   * The rows of a query, read a batch at a time, for a stream to pass on as they come:
   * `yield* db.rows(text, values)` in an async generator. Inside PostgreSQL a cursor reads them
   * (the server never holds the whole result); in local mode the query runs whole, then its rows go.
   */
  rows<Row = Record<string, any>>(text: string | QueryConfig, values?: unknown[]): AsyncIterable<Row>;
}
