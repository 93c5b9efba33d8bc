/**
 * The server-side `db` object a remote function receives: the same API as the SDK's client `db`
 * (node-postgres signatures: `query(text, values?)` or `query({ text, values })`), backed by
 * synchronous PL/v8 calls. Methods return settled SyncPromises so `await`, `.then` and
 * `Promise.all` behave as on the client.
 */
import { planFor } from './plans';
import { objectFieldsOf, sqlError, wormholeError } from './errors';
import type { Db as ProtocolDb, QueryConfig, QueryResult as ProtocolQueryResult } from '@wormhole/protocol';
import { encode, SQLSTATES, TAGS, WIRE_LIMITS } from '@wormhole/protocol';
import { settledPromise, SyncPromise } from './sync-promise';
import { engine } from './engine';
import { hintAfterFailedQuery, noteFailedQuery } from './direct-statements';

type QueryResult = ProtocolQueryResult<Record<string, unknown>>;

/** @wormhole/protocol's `Db`, each method returning a SyncPromise of what the protocol's resolves to. */
export type Db = {
  [K in Exclude<keyof ProtocolDb, 'rows'>]: (text: string | QueryConfig, values?: unknown[]) => SyncPromise<Awaited<ReturnType<ProtocolDb[K]>>>;
} & {
  /** A synchronous iterable here: the stream driver reads `yield* db.rows(…)` row by row (stream.ts). */
  rows(text: string | QueryConfig, values?: unknown[]): Iterable<Record<string, unknown>>;
};

function normalise(text: unknown, values: unknown): { sql: string; params: unknown[] } {
  let sql = text;
  let params = values;
  if (typeof text === 'object' && text !== null) {
    sql = (text as { text?: unknown }).text;
    if (params === undefined) params = (text as { values?: unknown }).values;
  }
  if (typeof sql !== 'string') {
    throw new TypeError('db.query needs the SQL text as a string, e.g. db.query("SELECT $1::int AS n", [1]) or db.query({ text, values })');
  }
  if (params === undefined || params === null) return { sql, params: [] };
  if (!Array.isArray(params)) {
    throw new TypeError(`db.query values must be an array (got ${typeof params}); pass [value1, value2] for $1, $2`);
  }
  // The caller's array goes to the engine as it is unless a value needs converting (no copy per query).
  return { sql, params: needsConversion(params) ? params.map(toParam) : params };
}

/** Whether any value (or hole) must be converted for the engine (toParam). */
function needsConversion(params: unknown[]): boolean {
  for (let i = 0; i < params.length; i++) {
    const value = params[i];
    if (value === undefined || typeof value === 'bigint') return true;
  }
  return false;
}

/** BigInt travels as its decimal text (PostgreSQL parses it for int8/numeric parameters); undefined is NULL. */
function toParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  return value;
}

function runQuery(text: unknown, values: unknown): QueryResult {
  const { sql, params } = normalise(text, values);
  let out: unknown[] | number;
  let command: string;
  try {
    const entry = planFor(sql);
    command = entry.command;
    out = entry.plan.execute(params);
  } catch (error) {
    // The stack here runs through the user's frame that made this call; errors.ts maps it back.
    return rethrowSql(error, new Error().stack ?? '');
  }
  if (typeof out === 'number') return { rows: [], rowCount: out, command, fields: [] };
  const rows = out as Record<string, unknown>[];
  if (rows.length === 0) return { rows, rowCount: 0, command, fields: [] };
  return { rows, rowCount: rows.length, command, fields: fieldsOf(int8sAsNumbers(rows)) };
}

/** A SQL error from the engine as the SqlError the function sees (`stack`: where its query was made); anything else as it is. */
function rethrowSql(error: unknown, stack: string): never {
  const e = error as { message?: string; sqlerrcode?: string; detail?: string; hint?: string };
  if (typeof e?.sqlerrcode !== 'string') {
    if (error instanceof Error && e.message === CURSOR_GONE) throw cursorGone(stack);
    throw error;
  }
  const failed = sqlError(
    String(e.message),
    e.sqlerrcode,
    e.detail ?? undefined,
    e.sqlerrcode === SQLSTATES.inFailedTransaction ? hintAfterFailedQuery(e.hint ?? undefined) : (e.hint ?? undefined),
    stack,
    objectFieldsOf(error as Record<string, unknown>),
  );
  noteFailedQuery(failed);
  throw failed;
}

/** What both engines' cursor.fetch throws (a plain Error) once the cursor's portal is gone. */
const CURSOR_GONE = 'cannot find cursor';

/**
 * A db.rows cursor read after its portal was dropped: only a stream read a batch per statement
 * (wormhole.stream_next) can get there, when a ROLLBACK TO SAVEPOINT undid the statement whose
 * batch opened the cursor. A SQL error the function can catch, at its db.rows line, not a bare one.
 */
function cursorGone(stack: string): Error {
  return sqlError(
    'db.rows: the cursor of this query is gone: the subtransaction that opened it rolled back ' +
      '(a ROLLBACK TO SAVEPOINT past the wormhole.stream_next that read its first rows)',
    SQLSTATES.invalidCursorName,
    undefined,
    "Do not roll back to a savepoint set before a stream's batches that read db.rows, or open the stream again",
    stack,
  );
}

/**
 * int8 values of non-empty `rows` as numbers (int8AsNumber); answers the column names.
 *
 * A column's values all come from one PostgreSQL type, so its first non-null value says whether the
 * column can hold an int8 (a BigInt) or an int8[] (an array; json arrays are arrays too, and scanning
 * them changes nothing): only such columns are read in every row. Reading every column of every row
 * by name was a keyed lookup per value, visible in the profile of a call returning a few rows.
 */
function int8sAsNumbers(rows: Record<string, unknown>[]): string[] {
  // Every row of a result has the same columns: their names are read once, from the first row.
  const names = Object.keys(rows[0]);
  let undecided = names.length;
  const check: string[] = [];
  // Filled by a loop: Array.prototype.fill on a new holey array runs in the engine's C++ runtime,
  // which showed per query in the profile of a transfer inside PostgreSQL.
  const decided = new Array<boolean>(names.length);
  for (let c = 0; c < names.length; c++) decided[c] = false;
  for (let r = 0; r < rows.length && undecided > 0; r++) {
    const row = rows[r];
    for (let c = 0; c < names.length; c++) {
      if (decided[c]) continue;
      const value = row[names[c]];
      if (value === null || value === undefined) continue;
      decided[c] = true;
      undecided--;
      if (typeof value === 'bigint' || Array.isArray(value)) check.push(names[c]);
    }
  }
  if (check.length === 0) return names;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < check.length; c++) {
      const value = row[check[c]];
      if (typeof value === 'bigint' || Array.isArray(value)) row[check[c]] = int8AsNumber(value);
    }
  }
  return names;
}

/** The `fields` of a result: PL/v8's API reports no column types, so each has only its name. */
function fieldsOf(names: string[]): Array<{ name: string; dataTypeID: number }> {
  const fields: Array<{ name: string; dataTypeID: number }> = [];
  for (let i = 0; i < names.length; i++) fields.push({ name: names[i], dataTypeID: 0 });
  return fields;
}

/** Rows fetched per cursor read: few first (the first values leave soon), then more per read. */
const FIRST_FETCH = 100;
const MAX_FETCH = 5000;

/**
 * db.rows: the query's rows through a cursor, fetched as the reader asks for them, so a stream
 * that passes them on (`yield* db.rows(…)`) holds one fetch at a time. The cursor opens here, in
 * the caller's frame (so an error in the query points at its line), and closes when the rows end
 * or the reader stops.
 */
function cursorRows(text: unknown, values: unknown): Iterable<Record<string, unknown>> {
  const { sql, params } = normalise(text, values);
  const stack = new Error().stack ?? '';
  const { plan } = planFor(sql);
  // Upstream's unprepared multi-statement stand-in has no cursor: its rows come whole.
  if (plan.cursor === undefined) return runQuery(text, values).rows;
  let cursor: Plv8Cursor;
  try {
    cursor = plan.cursor(params);
  } catch (error) {
    return rethrowSql(error, stack);
  }
  const iterable = { [Symbol.iterator]: read };
  wireReaders.set(iterable, wireReader(cursor, stack));
  function* read(): Generator<Record<string, unknown>, void, unknown> {
    wireReaders.delete(iterable); // read row by row from here on
    try {
      for (let size = FIRST_FETCH; ; size = Math.min(size * 4, MAX_FETCH)) {
        let rows: Record<string, unknown>[];
        try {
          rows = (cursor.fetch(size) ?? []) as Record<string, unknown>[];
        } catch (error) {
          return rethrowSql(error, stack);
        }
        if (rows.length === 0) return;
        int8sAsNumbers(rows);
        yield* rows;
        if (rows.length < size) return;
      }
    } finally {
      try {
        cursor.close();
      } catch {
        // Closed already: its transaction or subtransaction ended.
      }
    }
  }
  return iterable;
}

/**
 * The rows of a db.rows cursor as wire text, a fetch at a time, for a stream that passes them on
 * (`yield* db.rows(…)`, stream.ts): `read(n)` answers the wire text of the next up to n rows, or
 * null once they end. The first fetch goes through JS rows (their column names tell whether the
 * engine's own JSON can stand for them: not for a single column named like a wire tag); later
 * ones, on plv8-compat and for the column types it writes (cursor.fetchJson), are the engine's
 * JSON text itself, which is the rows' wire text (no value in them needs a tag).
 */
export interface WireRowsReader {
  read(maxRows: number): string | null;
  close(): void;
}

const wireReaders = new WeakMap<object, WireRowsReader>();

/** The wire reader of a db.rows iterable not read yet, else undefined. Taking it makes it the iterable's only reader. */
export function takeWireReader(rows: unknown): WireRowsReader | undefined {
  if (typeof rows !== 'object' || rows === null) return undefined;
  const reader = wireReaders.get(rows);
  wireReaders.delete(rows);
  return reader;
}

function wireReader(cursor: Plv8Cursor, stack: string): WireRowsReader {
  let engineJson: boolean | null = null; // decided by the first fetch
  let ended = false;
  const close = (): void => {
    if (ended) return;
    ended = true;
    try {
      cursor.close();
    } catch {
      // Closed already: its transaction or subtransaction ended.
    }
  };
  return {
    close,
    read(maxRows: number): string | null {
      if (ended) return null;
      try {
        if (engineJson === true) {
          const json = cursor.fetchJson!(maxRows);
          if (json !== undefined) {
            if (json === '[]') {
              close();
              return null;
            }
            if (json.length > WIRE_LIMITS.maxTextLength) {
              throw wormholeError(
                SQLSTATES.badResult,
                `db.rows: ${maxRows} rows make ${json.length} characters of wire text, more than the limit of ${WIRE_LIMITS.maxTextLength}`,
                'Select fewer or smaller columns',
              );
            }
            return json;
          }
          engineJson = false;
        }
        const rows = (cursor.fetch(engineJson === null ? Math.min(maxRows, FIRST_FETCH) : maxRows) ?? []) as Record<string, unknown>[];
        if (rows.length === 0) {
          close();
          return null;
        }
        const names = int8sAsNumbers(rows);
        if (engineJson === null)
          engineJson = typeof cursor.fetchJson === 'function' && !(names.length === 1 && (TAGS as readonly string[]).includes(names[0]));
        return encode(rows, 'result');
      } catch (error) {
        close();
        return rethrowSql(error, stack);
      }
    },
  };
}

/**
 * The `db` contract (docs/protocol.md) gives int8 as a number on both sides, as node-postgres does
 * in `.local()`; PL/v8 3.2 (and plv8-compat) pass int8 values, also inside int8[], as BigInt.
 */
function int8AsNumber(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = int8AsNumber(value[i]);
  }
  return value;
}

function exactlyOne(result: QueryResult, what: string): Record<string, unknown> {
  if (result.rows.length !== 1) {
    throw new Error(
      `${what} expected exactly one row but the query returned ${result.rows.length}; ` +
        'use db.query for zero or many rows, or add a WHERE/LIMIT that selects one',
    );
  }
  return result.rows[0];
}

/**
 * The query's outcome as a settled promise. What the queries return (a result object, a row, a
 * column value) is data, never a thenable, so it is the fulfilled value as it is.
 */
function attempt<T>(fn: () => T): SyncPromise<T> {
  try {
    return settledPromise<T>('fulfilled', fn());
  } catch (error) {
    return settledPromise<T>('rejected', error);
  }
}

/**
 * Returned rows as the engine's JSON text. transform.ts passes ROWS_TOKEN as a third argument to
 * `db.query` only where the root function returns `(await db.query(…)).rows` itself (no user code
 * can see those rows before they are sent back), so the rows need not become JS objects only to be
 * stringified again: on plv8-compat, cursor.readJson writes the rows' wire text from the tuples
 * (a 50,000-row result: ~20 ms instead of ~60 ms for plan.execute's JS rows + encode). ROWS_TOKEN
 * is a parameter of the compiled code's wrapper (compile.ts), out of reach of the user's code.
 */
export const ROWS_TOKEN: object = Object.freeze({});

/** Stands for rows whose wire text is in `wireTexts`; only the call entry (index.ts) reads it. */
class WireRows {}
/** The rows' wire text, or its length when that is over the limit (the text is not kept then). */
const wireTexts = new WeakMap<object, string | number>();

/** What rows returned through ROWS_TOKEN send: their wire text, or its length when over the limit; else undefined. */
export function wireResultOf(value: unknown): string | number | undefined {
  return typeof value === 'object' && value !== null ? wireTexts.get(value) : undefined;
}

/** More rows than any result holds: a fetch of JS rows reads to the end. */
const ALL_ROWS = 0x7fffffff;
/**
 * Rows per fetch while the engine writes a result's text (cursor.readJson): a few thousand at a
 * time keep its tuple table small and reused (one fetch of 50,000 rows spent a quarter of its time
 * growing memory: 16.5 -> 12 ms).
 */
const JSON_FETCH_ROWS = 2000;

/**
 * `(await db.query(text, values)).rows` for a result the function returns as it is: the same rows
 * (or the same error, at the same line), read through a cursor in a subtransaction (a failure rolls
 * back on its own, as plan.execute's does) as the engine's JSON text where it writes every column.
 * The engine writes the whole text in one buffer and hands it over as one string, not copied into
 * the JS heap (cursor.readJson); an engine without readJson gives JS rows, as plan.execute does.
 */
function returnedRows(text: unknown, values: unknown): { rows: unknown } {
  const { sql, params } = normalise(text, values);
  const stack = new Error().stack ?? '';
  let entry: ReturnType<typeof planFor>;
  try {
    entry = planFor(sql);
  } catch (error) {
    return rethrowSql(error, stack);
  }
  const plan = entry.plan;
  if (entry.command !== 'SELECT' || plan.cursor === undefined || engine().kind !== 'plv8-compat') return runQuery(text, values);
  // The rows' JSON text, or its length when over the limit (the text is not kept then); undefined: JS rows.
  let json: string | number | undefined;
  let rows: Record<string, unknown>[] = [];
  let opened = false;
  // What the subtransaction threw, as it was thrown (the rethrown copy may lack the SQL fields).
  let thrown: { error: unknown } | null = null;
  try {
    plv8.subtransaction(() => {
      try {
        const cursor = plan.cursor!(params);
        opened = true;
        try {
          json = cursor.readJson?.(JSON_FETCH_ROWS, WIRE_LIMITS.maxTextLength);
          if (json === undefined) rows = (cursor.fetch(ALL_ROWS) ?? []) as Record<string, unknown>[];
        } finally {
          cursor.close();
        }
      } catch (error) {
        thrown = { error };
        throw error;
      }
    });
  } catch (caught) {
    const error = thrown === null ? caught : (thrown as { error: unknown }).error;
    // Opening runs none of the query (a statement that cannot be a cursor, e.g. SELECT … INTO, or a
    // table the role cannot read, fails here), and the subtransaction undid the attempt: run it as
    // plan.execute, which fails or succeeds as db.query always did.
    if (!opened) return runQuery(text, values);
    return rethrowSql(asExecuteError(error, sql), stack);
  }
  if (json === undefined) {
    if (rows.length > 0) int8sAsNumbers(rows);
    return { rows };
  }
  // A first column named like a wire tag (the only way a row can read as one): the rows
  // themselves, so the encoder escapes (or refuses) them exactly as plan.execute's.
  if (typeof json === 'string' && json.startsWith('[{"$')) return { rows: JSON.parse(json) };
  const marker = Object.freeze(new WireRows());
  wireTexts.set(marker, json);
  return { rows: marker };
}

/**
 * A failure while the cursor fetched, as plan.execute reports it: SPI names the statement in the
 * CONTEXT (`SQL statement "…"`, the last line) of an execution, not of a cursor's fetch.
 */
function asExecuteError(error: unknown, sql: string): unknown {
  const e = error as { sqlerrcode?: unknown; context?: unknown } | null;
  if (typeof e !== 'object' || e === null || typeof e.sqlerrcode !== 'string') return error;
  const line = `SQL statement "${sql}"`;
  const context = typeof e.context === 'string' && e.context !== '' ? e.context : '';
  if (context === line || context.endsWith(`\n${line}`)) return error;
  const copy = Object.create(e) as object;
  Object.defineProperty(copy, 'context', { value: context === '' ? line : `${context}\n${line}`, enumerable: true });
  return copy;
}

/** A fresh frozen `db`; one per backend is enough since it holds no state of its own. */
export function createDb(): Db {
  return Object.freeze<Db>({
    // A method (length 2, not a constructor, as the arrow it replaces) that reads its hidden third argument.
    query(text: unknown, values?: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      if (arguments[2] === ROWS_TOKEN) return attempt(() => returnedRows(text, values) as QueryResult);
      return attempt(() => runQuery(text, values));
    },
    queryOne: (text: unknown, values?: unknown[]) => attempt(() => exactlyOne(runQuery(text, values), 'db.queryOne')),
    queryValue: (text: unknown, values?: unknown[]) =>
      attempt(() => {
        const row = exactlyOne(runQuery(text, values), 'db.queryValue');
        const keys = Object.keys(row);
        if (keys.length === 0) throw new Error('db.queryValue needs a query that returns at least one column');
        return row[keys[0]];
      }),
    rows: (text: unknown, values?: unknown[]) => cursorRows(text, values),
  });
}
