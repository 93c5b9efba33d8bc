/**
 * The `db` API implemented over node-postgres, for local mode (`fn.local(...)`): the same methods,
 * result shape and value mapping the function gets inside PostgreSQL, so it can be debugged and
 * tested on the client.
 */
import type { Db, FieldInfo, QueryConfig, QueryResult } from './types';
import { mapQueryError } from './error-mapping';
import { QueryError } from './errors';
import type { ServerKind } from './server-kind';
import { plv8TypeParsers, typeParsersFor } from './type-parsers';

/** Anything that runs a query: pg.Pool, pg.Client or a client checked out of a pool. */
export interface Queryable {
  query(config: { text: string; values?: unknown[]; types?: unknown; name?: string }): Promise<PgResult | PgResult[]>;
}

/** The part of a node-postgres result the SDK reads. */
export interface PgResult {
  rows: any[];
  rowCount: number | null;
  command: string;
  fields: Array<{ name: string; dataTypeID: number }>;
}

export interface LocalDbOptions {
  /**
   * Each query under a savepoint of its own, so a failed one rolls back only itself and the
   * transaction goes on, as a statement inside PostgreSQL does (a subtransaction per statement).
   * For local mode, which runs inside a transaction; two more round trips per query.
   */
  statementSavepoints?: boolean;
  /**
   * The server's engine, whose value mapping the results follow (multi-dimensional arrays: nested on
   * plv8-compat, flattened on upstream PL/v8). Absent: plv8-compat's.
   */
  server?: ServerKind;
}

const STATEMENT_SAVEPOINT = 'wormhole_local_statement';

export function createLocalDb(client: Queryable, options: LocalDbOptions = {}): Db {
  async function send(config: QueryConfig): Promise<PgResult | PgResult[]> {
    try {
      const types = options.server ? typeParsersFor(await options.server.of(client)) : plv8TypeParsers;
      if (!options.statementSavepoints) return await client.query({ ...config, types });
      await client.query({ text: `SAVEPOINT ${STATEMENT_SAVEPOINT}` });
      try {
        const answer = await client.query({ ...config, types });
        await client.query({ text: `RELEASE SAVEPOINT ${STATEMENT_SAVEPOINT}` });
        return answer;
      } catch (error) {
        await client.query({ text: `ROLLBACK TO SAVEPOINT ${STATEMENT_SAVEPOINT}; RELEASE SAVEPOINT ${STATEMENT_SAVEPOINT}` }).catch(() => undefined); // a lost connection: the error below says so
        throw error;
      }
    } catch (error) {
      throw mapQueryError(error, 'db.query');
    }
  }

  async function query<Row>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<Row>> {
    const answer = await send(toQueryConfig(text, values));
    // Several statements in one text (no parameters) give one result each; like SPI, report the last.
    const result = Array.isArray(answer) ? answer[answer.length - 1] : answer;
    return {
      rows: result.rows as Row[],
      rowCount: result.rowCount ?? 0,
      command: result.command,
      fields: result.fields.map((f): FieldInfo => ({ name: f.name, dataTypeID: f.dataTypeID })),
    };
  }

  async function queryOne<Row>(text: string | QueryConfig, values?: unknown[]): Promise<Row> {
    const { rows } = await query<Row>(toQueryConfig(text, values));
    if (rows.length !== 1) throw new QueryError(exactlyOneRowMessage('queryOne', rows.length));
    return rows[0];
  }

  async function queryValue<Value>(text: string | QueryConfig, values?: unknown[]): Promise<Value> {
    const result = await query<Record<string, unknown>>(toQueryConfig(text, values));
    if (result.rows.length !== 1) throw new QueryError(exactlyOneRowMessage('queryValue', result.rows.length));
    const row = result.rows[0];
    const keys = Object.keys(row);
    if (keys.length === 0) throw new QueryError('db.queryValue needs a query that returns at least one column');
    return row[keys[0]] as Value;
  }

  // Local mode runs the query whole, then hands its rows out (the server reads them through a cursor).
  async function* rows<Row>(text: string | QueryConfig, values?: unknown[]): AsyncGenerator<Row, void, undefined> {
    yield* (await query<Row>(toQueryConfig(text, values))).rows;
  }

  return { query, queryOne, queryValue, rows } as Db;
}

/** The same words as the server's runtime, so a function fails the same way in both places. */
export function exactlyOneRowMessage(method: string, count: number): string {
  return (
    `db.${method} expected exactly one row but the query returned ${count}; ` +
    'use db.query for zero or many rows, or add a WHERE/LIMIT that selects one'
  );
}

/** Accepts both node-postgres call shapes: (text, values) and ({ text, values }). */
function toQueryConfig(text: string | QueryConfig, values?: unknown[]): QueryConfig {
  const config = typeof text === 'string' ? { text, values } : text;
  if (!config || typeof config.text !== 'string') {
    throw new TypeError('db.query needs the SQL text as a string, e.g. db.query("SELECT $1::int AS n", [1]) or db.query({ text, values })');
  }
  const params = values ?? config.values;
  if (params !== undefined && params !== null && !Array.isArray(params)) {
    throw new TypeError(`db.query values must be an array (got ${describe(params)}); pass [value1, value2] for $1, $2`);
  }
  return params === undefined || params === null ? { text: config.text } : { text: config.text, values: params };
}

function describe(value: unknown): string {
  return typeof value;
}
