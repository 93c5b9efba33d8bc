/**
 * Adapters from other drivers and query builders to the SDK's Queryable (local-db.ts): the one
 * method, `query({ text, values })` answering `{ rows, rowCount, command, fields }`, that
 * `fn.with(target)` needs to run a call on a connection the app already holds. So a remote call
 * joins the app's transaction:
 *
 *   await db.transaction().execute(async (trx) => transfer.with(fromKysely(trx))(1, 2, 50));   // Kysely
 *   await db.transaction(async (tx) => transfer.with(fromDrizzle(tx))(1, 2, 50));               // Drizzle
 *   await sql.begin(async (tx) => transfer.with(fromPostgresJs(tx))(1, 2, 50));                 // postgres.js
 *
 * Only the drivers' public APIs are used, and none of them is a dependency: each adapter takes the
 * object the app already has. What adapters cannot give: cancelling a running call on a per-call
 * timeout (pg's cancel request needs the pg connection; statement_timeout still applies), and in
 * `.local()` values are parsed by that driver, not mapped like inside PostgreSQL.
 */
import { inlineParameters } from './inline-parameters';
import type { PgResult, Queryable } from './local-db';

type Config = { text: string; values?: unknown[] };

function fieldsOf(rows: Array<Record<string, unknown>>): PgResult['fields'] {
  return Object.keys(rows[0] ?? {}).map((name) => ({ name, dataTypeID: 0 }));
}

function commandOf(text: string): string {
  return (/^\s*(\w+)/.exec(text)?.[1] ?? '').toUpperCase();
}

/** What Kysely's executeQuery needs of a compiled query (its CompiledQuery shape, built here so Kysely is not imported). */
interface KyselyLike {
  // `any`: Kysely's own signature is generic over its CompiledQuery, which is not imported here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  executeQuery(query: any): Promise<{ rows: unknown[]; numAffectedRows?: bigint }>;
}

/** A Kysely instance or transaction (`trx` inside `db.transaction().execute(async (trx) => …)`). */
export function fromKysely(db: KyselyLike): Queryable {
  if (!db || typeof db.executeQuery !== 'function')
    throw new TypeError('fromKysely() expects a Kysely instance or transaction (it calls executeQuery).');
  return {
    async query(config: Config): Promise<PgResult> {
      const result = await db.executeQuery({
        sql: config.text,
        parameters: config.values ?? [],
        // A raw node, as CompiledQuery.raw builds it: plugins see a raw query.
        query: { kind: 'RawNode', sqlFragments: [config.text], parameters: [] },
        queryId: { queryId: 'pg-wormhole' },
      });
      const rows = result.rows as Array<Record<string, unknown>>;
      return {
        rows,
        rowCount: result.numAffectedRows !== undefined ? Number(result.numAffectedRows) : rows.length,
        command: commandOf(config.text),
        fields: fieldsOf(rows),
      };
    },
  };
}

/** What Drizzle's databases and transactions have in common: execute(sql string). */
interface DrizzleLike {
  execute(query: string): PromiseLike<unknown>;
}

/**
 * A Drizzle database or transaction (`tx` inside `db.transaction(async (tx) => …)`), over
 * node-postgres or postgres.js. Drizzle's execute() takes a SQL string without parameters, so the
 * values are inlined as quoted literals (inline-parameters.ts).
 */
export function fromDrizzle(db: DrizzleLike): Queryable {
  if (!db || typeof db.execute !== 'function') throw new TypeError('fromDrizzle() expects a Drizzle database or transaction (it calls execute).');
  return {
    async query(config: Config): Promise<PgResult> {
      const answer = (await db.execute(inlineParameters(config.text, config.values))) as unknown;
      // node-postgres: a pg result; postgres.js: an array of rows with count and command.
      if (answer && typeof answer === 'object' && 'rows' in answer && Array.isArray((answer as PgResult).rows)) {
        const r = answer as PgResult;
        return {
          rows: r.rows,
          rowCount: r.rowCount ?? r.rows.length,
          command: r.command ?? commandOf(config.text),
          fields: r.fields ?? fieldsOf(r.rows),
        };
      }
      return fromRowList(answer as RowList, config.text);
    },
  };
}

interface RowList extends Array<Record<string, unknown>> {
  count?: number;
  command?: string;
  columns?: Array<{ name: string; type: number }>;
}

function fromRowList(list: RowList, text: string): PgResult {
  const rows = Array.from(list);
  return {
    rows,
    rowCount: list.count ?? rows.length,
    command: list.command ?? commandOf(text),
    fields: list.columns ? list.columns.map((c) => ({ name: c.name, dataTypeID: c.type })) : fieldsOf(rows),
  };
}

/** postgres.js's `sql` (or a transaction's, inside `sql.begin(async (tx) => …)`): unsafe(text, values). */
interface PostgresJsLike {
  unsafe(text: string, values?: unknown[]): PromiseLike<RowList>;
}

export function fromPostgresJs(sql: PostgresJsLike): Queryable {
  if (!sql || typeof sql.unsafe !== 'function')
    throw new TypeError("fromPostgresJs() expects postgres.js's sql, or a transaction's (it calls unsafe).");
  return {
    async query(config: Config): Promise<PgResult> {
      return fromRowList(await sql.unsafe(config.text, config.values ?? []), config.text);
    },
  };
}
