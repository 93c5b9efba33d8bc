/**
 * Prepared plans cached per SQL text (LRU, freed on eviction).
 *
 * plv8.execute parses and plans its statement on every call; a plan prepared once and reused skips
 * both (see README for the measured difference). Plans are prepared without parameter type names so
 * PostgreSQL infers `$n` types from the statement, as node-postgres does on the client.
 * This relies on the Wormhole PL/v8 (plv8-compat) behaviour documented in its README; upstream PL/v8
 * wants type names for parameters (see this package's README for how a port would supply them).
 */
import { Lru } from './lru';
import { commandOf } from './command';

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

/** The cached plan of `sql`, prepared on first use. */
export function planFor(sql: string): CachedPlan {
  let entry = plans.get(sql);
  if (entry === undefined) {
    entry = { plan: plv8.prepare(sql), command: commandOf(sql) };
    plans.set(sql, entry);
  }
  return entry;
}

/** Runs `sql` with `params` through a cached plan. */
export function executeCached(sql: string, params: unknown[]): unknown[] | number {
  return planFor(sql).plan.execute(params);
}

/** Frees every cached plan (plv8 keeps plans for the backend's life otherwise). */
export function clearPlans(): void {
  plans.clear();
}

export function cachedPlanCount(): number {
  return plans.size;
}
