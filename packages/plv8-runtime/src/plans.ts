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

export const PLAN_CACHE_SIZE = 256;

const plans = new Lru<string, Plv8Plan>(PLAN_CACHE_SIZE, (_sql, plan) => {
  try {
    plan.free();
  } catch {
    // A plan from an aborted transaction may already be gone; nothing else holds it.
  }
});

/** Runs `sql` with `params` through a cached plan. */
export function executeCached(sql: string, params: unknown[]): unknown[] | number {
  let plan = plans.get(sql);
  if (plan === undefined) {
    plan = plv8.prepare(sql);
    plans.set(sql, plan);
  }
  return plan.execute(params);
}

/** Frees every cached plan (plv8 keeps plans for the backend's life otherwise). */
export function clearPlans(): void {
  plans.clear();
}

export function cachedPlanCount(): number {
  return plans.size;
}
