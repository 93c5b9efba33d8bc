/**
 * Prepared plans cached per SQL text (LRU, freed on eviction).
 *
 * On upstream PL/v8, plv8.execute parses and plans its statement on every call (plv8-compat caches
 * them per SQL text, see its README); a plan prepared once and reused skips both on either engine. On plv8-compat, plans are prepared without
 * parameter type names so PostgreSQL infers `$n` types from the statement, as node-postgres does on
 * the client (plv8-compat keeps those types with the plan; see its README). Upstream PL/v8 does not
 * (engine.ts), so there a plan gets type names: the caller's, or the ones PostgreSQL infers for the
 * statement (paramTypesOf), asked once per SQL text when the plan is first prepared.
 */
import { SQLSTATES } from '@wormhole/protocol';
import { Lru } from './lru';
import { commandOf } from './command';
import { needsTypedPlans, reenter } from './engine';

export const PLAN_CACHE_SIZE = 256;

/** A prepared plan and the command tag of its statement (computed once, not per call). */
export interface CachedPlan {
  plan: Plv8Plan;
  command: string;
}

const plans = new Lru<string, CachedPlan>(PLAN_CACHE_SIZE, (_sql, entry) => {
  try {
    entry.plan.free();
  } catch {
    // A plan from an aborted transaction may already be gone; nothing else holds it.
  }
});

/** The cached plan of `sql`, prepared on first use (with `types` on upstream, when the caller knows them). */
export function planFor(sql: string, types?: string[]): CachedPlan {
  let entry = plans.get(sql);
  if (entry === undefined) {
    entry = { plan: prepare(sql, types), command: commandOf(sql) };
    plans.set(sql, entry);
  }
  return entry;
}

/** plv8.prepare as the engine needs it: with the caller's type names if any; else untyped on plv8-compat, inferred ones on upstream. */
export function prepare(sql: string, types?: string[]): Plv8Plan {
  if (!needsTypedPlans()) return types === undefined ? plv8.prepare(sql) : plv8.prepare(sql, types);
  if (types === undefined && MAY_HAVE_MORE_STATEMENTS.test(sql)) return unpreparedPlan(sql);
  const typeNames = types ?? paramTypesOf(sql);
  // Any earlier statement of this call may have run another role's plv8 function (a user's
  // SECURITY DEFINER function, say), after which upstream makes plans from that role's context.
  reenter();
  return plv8.prepare(sql, typeNames);
}

/**
 * A `;` followed by more text may end one statement and start another; PREPARE would run the others
 * while inferring the types, so such a text is not prepared on upstream: plv8.execute plans it on each
 * run (correct, only slower; a `;` inside a literal also lands here).
 */
const MAY_HAVE_MORE_STATEMENTS = /;\s*\S/;

function unpreparedPlan(sql: string): Plv8Plan {
  return { execute: (params?: unknown[]) => plv8.execute(sql, params ?? []), free: () => undefined };
}

/** No `$n` anywhere in the text: nothing to infer (most statements without parameters). */
const MAY_HAVE_PARAMS = /\$[0-9]/;
let inferred = 0;

/**
 * The parameter types PostgreSQL infers for `sql`, as type names (`integer`, `text[]`…): the statement
 * is PREPAREd under a name of this backend's own, read back from pg_prepared_statements, and
 * DEALLOCATEd. A statement PREPARE cannot take (a utility statement) has no parameters to infer.
 */
export function paramTypesOf(sql: string): string[] {
  if (!MAY_HAVE_PARAMS.test(sql)) return [];
  const name = `wormhole_infer_${++inferred}`;
  try {
    plv8.execute(`PREPARE ${name} AS ${sql}`);
  } catch (error) {
    // 42601: not a statement PREPARE accepts; the typed prepare that follows reports any real error.
    if ((error as { sqlerrcode?: unknown })?.sqlerrcode === SQLSTATES.syntaxError) return [];
    throw error;
  }
  try {
    const rows = plv8.execute('SELECT parameter_types::text[] AS types FROM pg_catalog.pg_prepared_statements WHERE name = $1', [name]) as Array<{
      types: string[] | null;
    }>;
    return rows[0]?.types ?? [];
  } finally {
    plv8.execute(`DEALLOCATE ${name}`);
  }
}

/** Runs `sql` with `params` through a cached plan. */
export function executeCached(sql: string, params: unknown[], types?: string[]): unknown[] | number {
  return planFor(sql, types).plan.execute(params);
}

/** Frees every cached plan (plv8 keeps plans for the backend's life otherwise). */
export function clearPlans(): void {
  plans.clear();
}

export function cachedPlanCount(): number {
  return plans.size;
}
