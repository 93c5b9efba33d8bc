/**
 * The parts of PL/v8's documented JavaScript API (https://plv8.github.io/) the runtime uses.
 * Declared here, not imported: the `plv8` global exists only inside PostgreSQL.
 */
interface Plv8Plan {
  execute(args?: unknown[]): unknown[] | number;
  /** Absent on the runtime's unprepared stand-in for upstream's multi-statement texts (plans.ts). */
  cursor?(args?: unknown[]): Plv8Cursor;
  free(): void;
}

interface Plv8Cursor {
  fetch(count: number): unknown[] | undefined;
  /** plv8-compat: the rows as JSON text written by the engine; undefined when a column type has no such form. */
  fetchJson?(count: number): string | undefined;
  /**
   * plv8-compat: every remaining row (fetched `count` at a time) as one JSON text; its length when
   * longer than maxLength; undefined when a column type has no such form.
   */
  readJson?(count: number, maxLength: number): string | number | undefined;
  close(): void;
}

interface Plv8 {
  execute(sql: string, args?: unknown[]): unknown[] | number;
  prepare(sql: string, types?: string[]): Plv8Plan;
  subtransaction<T>(fn: () => T): T;
  /** plv8-compat only: fn's statements run without a subtransaction each (direct-statements.ts). */
  without_statement_subtransactions?<T>(fn: () => T): T;
  elog(level: number, ...message: unknown[]): void;
  find_function(name: string): (...args: unknown[]) => unknown;
}

declare const plv8: Plv8;
declare const NOTICE: number;
declare const WARNING: number;
