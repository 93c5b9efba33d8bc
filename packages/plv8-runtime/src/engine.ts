/**
 * Which PL/v8 the runtime runs on, and the few things that differ because of it.
 *
 * plv8-compat (this project's engine) names itself in its version string (`3.2.0-wormhole-compat`);
 * upstream PL/v8 reports a bare number (`3.2.2`, `3.1.10`). @wormhole/protocol's engineKindOf owns
 * that rule for the runtime and the SDK; the SQL side reads the same marker from plv8_version()
 * (wormhole.engine(), extension/sql), so the marker has one meaning everywhere.
 *
 * What the runtime does differently on upstream PL/v8:
 *   - plans are prepared with parameter type names (plans.ts): upstream keeps an untyped plan's
 *     parameter types in memory freed at the end of the call that prepared it, so a cached plan
 *     read garbage ("plan expected 1702126437 argument(s)") on the next call;
 *   - after a statement that ran a plv8 function of another role (a SECURITY DEFINER install or
 *     revalidation, or any user statement that calls such a function), one empty plv8 call as the
 *     caller puts upstream's "current context" back (reenter()): upstream switches it on entry and
 *     never restores it, so the next plv8.prepare of the caller returned an object of the other
 *     role's isolate, without `execute`. The runtime re-enters after its own such statements and
 *     before each new plan (plans.ts), which is where a user's statement could have left it.
 * Errors need no switch: raise.ts builds one thrown shape that both engines read.
 */

import { engineKindOf, type EngineKind } from '@wormhole/protocol';

export type { EngineKind };

export interface Engine {
  kind: EngineKind;
  /** plv8.version as the engine reports it. */
  version: string;
}

/** The engine a `plv8.version` string names. */
export function engineOf(version: unknown): Engine {
  const text = typeof version === 'string' ? version : 'unknown';
  return { kind: engineKindOf(text), version: text };
}

let current: Engine = engineOf(typeof plv8 === 'object' && plv8 !== null ? (plv8 as unknown as { version?: unknown }).version : undefined);

export function engine(): Engine {
  return current;
}

/** For tests outside PostgreSQL: pretend to run on `version`. */
export function setEngineVersion(version: unknown): void {
  current = engineOf(version);
}

/** Upstream: prepare with parameter type names (see the top of this file). */
export function needsTypedPlans(): boolean {
  return current.kind === 'upstream';
}

/**
 * Runs `sql`, which calls a plv8 function as another role (SECURITY DEFINER), then, on upstream,
 * puts the caller's PL/v8 context back with one empty plv8 call as the caller (wormhole._reenter()).
 */
export function executeAsOtherRole(sql: string, params: unknown[]): unknown[] | number {
  if (current.kind !== 'upstream') return plv8.execute(sql, params);
  let result: unknown[] | number;
  try {
    result = plv8.execute(sql, params);
  } catch (error) {
    // The statement's own error is what the caller must see; a failing re-entry must not replace it.
    try {
      plv8.execute(REENTER_SQL);
    } catch {
      // The call is failing anyway; the next call's own entry resets the context.
    }
    throw error;
  }
  plv8.execute(REENTER_SQL);
  return result;
}

const REENTER_SQL = 'SELECT wormhole._reenter()';

/** Upstream: puts the caller's PL/v8 context back (one empty plv8 call as the caller); a no-op elsewhere. */
export function reenter(): void {
  if (current.kind === 'upstream') plv8.execute(REENTER_SQL);
}
