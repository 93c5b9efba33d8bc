/**
 * The `db` API implemented over node-postgres, for local mode (`fn.local(...)`): the same methods,
 * result shape and value mapping the function gets inside PostgreSQL, so it can be debugged and
 * tested on the client.
 */
import type { Db, FieldInfo, QueryConfig, QueryResult } from './types';
import { plv8TypeParsers } from './type-parsers';

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

export function createLocalDb(client: Queryable): Db {
  async function query<Row>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<Row>> {
    const config = toQueryConfig('query', text, values);
    const answer = await client.query({ ...config, types: plv8TypeParsers });
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
    const { rows } = await query<Row>(toQueryConfig('queryOne', text, values));
    if (rows.length !== 1) throw new Error(exactlyOneRowMessage('queryOne', rows.length));
    return rows[0];
  }

  async function queryValue<Value>(text: string | QueryConfig, values?: unknown[]): Promise<Value> {
    const result = await query<Record<string, unknown>>(toQueryConfig('queryValue', text, values));
    if (result.rows.length !== 1) throw new Error(exactlyOneRowMessage('queryValue', result.rows.length));
    if (result.fields.length === 0) throw new Error('db.queryValue: the statement returned no columns; select the value you want');
    return result.rows[0][result.fields[0].name] as Value;
  }

  return { query, queryOne, queryValue } as Db;
}

export function exactlyOneRowMessage(method: string, count: number): string {
  return `db.${method} expected exactly one row, but the query returned ${count}` +
    (count === 0 ? '; check the WHERE clause, or use db.query when no row is a valid answer' : '; add a WHERE or LIMIT 1, or use db.query');
}

/** Accepts both node-postgres call shapes: (text, values) and ({ text, values }). */
function toQueryConfig(method: string, text: string | QueryConfig, values?: unknown[]): QueryConfig {
  const config = typeof text === 'string' ? { text, values } : text;
  if (!config || typeof config.text !== 'string') {
    throw new TypeError(`db.${method} expects SQL text or { text, values }, got ${describe(text)}`);
  }
  const params = config.values ?? values;
  if (params !== undefined && !Array.isArray(params)) {
    throw new TypeError(`db.${method}: values must be an array (for $1, $2, …), got ${describe(params)}`);
  }
  return params === undefined ? { text: config.text } : { text: config.text, values: params };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
