/**
 * The server's catalog of installed functions, as the SDK and the CLI read it: install ahead of
 * time (`wh.install`, `wormhole deploy`), list (`wh.functions`, `wormhole ls`). The tables and
 * views are the extension's (wormhole.functions, wormhole.function_stats).
 */
import type { CallEngine } from './call-engine';
import type { FunctionDefinition } from './definition';
import type { PgResult, Queryable } from './local-db';

export interface InstallResult {
  hash: string;
  name: string;
  /** False when the server had the function already (nothing was written). */
  installed: boolean;
}

/** One installed function, with its live call statistics (zero where the engine keeps none). */
export interface FunctionEntry {
  hash: string;
  name: string | null;
  /** Parameters after db; null for a rest parameter. */
  arity: number | null;
  isAsync: boolean;
  size: number;
  installedBy: string;
  installedAt: Date;
  calls: number;
  errors: number;
  totalMs: number;
  lastCalledAt: Date | null;
}

/** A row of FUNCTIONS_QUERY as node-postgres returns it. */
export interface FunctionRow {
  hash: string;
  name: string | null;
  arity: number;
  is_async: boolean;
  size: number;
  installed_by: string;
  installed_at: Date | string;
  calls: number;
  errors: number;
  total_ms: number;
  last_called_at: Date | string | null;
}

function rowsOf<Row>(answer: PgResult | PgResult[]): Row[] {
  return (Array.isArray(answer) ? answer[answer.length - 1] : answer).rows as Row[];
}

/** Installs each definition the server does not have yet, on `q`, one statement per function. */
export async function installFunction(q: Queryable, engine: CallEngine, defs: FunctionDefinition[]): Promise<InstallResult[]> {
  if (defs.length === 0) return [];
  const before = new Set(
    rowsOf<{ hash: string }>(
      await q.query({
        text: 'SELECT hash FROM wormhole.functions WHERE hash = ANY($1::text[])',
        values: [defs.map((d) => d.hash)],
      }),
    ).map((r) => r.hash),
  );
  const done = new Set<string>();
  const out: InstallResult[] = [];
  for (const def of defs) {
    const installed = !before.has(def.hash) && !done.has(def.hash);
    if (installed) await engine.installOnly(q, def);
    done.add(def.hash);
    out.push({ hash: def.hash, name: def.name, installed });
  }
  return out;
}

export const FUNCTIONS_QUERY = `
  SELECT f.hash, f.name, f.arity, f.is_async, f.size, f.installed_by, f.installed_at,
         coalesce(sum(s.calls), 0)::float8 AS calls, coalesce(sum(s.errors), 0)::float8 AS errors,
         coalesce(sum(s.total_ms), 0)::float8 AS total_ms, max(s.last_called_at) AS last_called_at
    FROM wormhole.functions f LEFT JOIN wormhole.function_stats s USING (hash)
   GROUP BY f.hash ORDER BY f.installed_at, f.hash`;

export function toEntry(r: FunctionRow): FunctionEntry {
  return {
    hash: r.hash,
    name: r.name,
    arity: r.arity < 0 ? null : Math.max(0, r.arity - 1),
    isAsync: r.is_async,
    size: r.size,
    installedBy: r.installed_by,
    installedAt: new Date(r.installed_at),
    calls: Number(r.calls),
    errors: Number(r.errors),
    totalMs: Number(r.total_ms),
    lastCalledAt: r.last_called_at ? new Date(r.last_called_at) : null,
  };
}

export async function listFunctions(q: Queryable): Promise<FunctionEntry[]> {
  return rowsOf<FunctionRow>(await q.query({ text: FUNCTIONS_QUERY })).map(toEntry);
}
