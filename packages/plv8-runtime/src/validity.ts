/**
 * Is a function still allowed to run? Every call must only run a function that is installed in
 * the caller's snapshot (not deleted, not rolled back) and validated under the current policy.
 *
 * The check is one catalog query (VISIBILITY_SQL, its own plan). On plv8-compat the engine also
 * offers a catalog epoch (plv8.catalog_epoch, plv8-compat/src/catalog_epoch.cc): a number that
 * changes whenever wormhole.functions or wormhole.policy may have changed in a way this backend's
 * next statement can see (a commit by anyone, this transaction's own writes, a rollback, DDL,
 * GRANT/REVOKE, a change of role), and is -1 while it cannot be trusted (a writer is committing, a
 * hot standby, the engine not preloaded). A check that passed is remembered with the epoch read
 * BEFORE its query; while the epoch is unchanged the query is skipped. The epoch's changes rely on
 * a statement trigger on both tables (wormhole_catalog_epoch, created by the extension script where
 * the engine has it), so nothing is remembered unless both tables carry that trigger in a form that
 * fires on every change: the engine says so from the tables' relation cache entries
 * (plv8.catalog_watched); an engine without that call has the query read pg_trigger instead
 * (ARMED_SQL: name and enabled ALWAYS only, and on a fresh backend about 2 ms more to plan and run
 * than WATCHED_SQL). Upstream PL/v8 has no epoch: every call queries.
 */

export interface Visibility {
  /** The policy version the function was last validated under. */
  validated: number;
  /** The current policy version. */
  version: number;
}

// One statement: each one through SPI costs about 1 µs before it does anything. The policy is read
// as a scalar subquery (an InitPlan), measured ~0.5 µs cheaper than joining it. The three forms
// differ only in what they read besides: `extra` is a list of further columns.
const checkSql = (extra = ''): string =>
  `SELECT f.policy_version AS validated, (SELECT version FROM wormhole.policy) AS version${extra} FROM wormhole.functions f WHERE f.hash = $1`;
const VISIBILITY_SQL = checkSql();
const ARMED_SQL = checkSql(
  ", (SELECT count(*) FROM pg_catalog.pg_trigger t WHERE t.tgname = 'wormhole_catalog_epoch' AND t.tgenabled = 'A' " +
    "AND t.tgrelid IN ('wormhole.functions'::pg_catalog.regclass, 'wormhole.policy'::pg_catalog.regclass)) = 2 AS armed",
);
// With plv8.catalog_watched: the tables' oids, for the engine to look their triggers up.
const WATCHED_SQL = checkSql(
  ", 'wormhole.functions'::pg_catalog.regclass::pg_catalog.oid AS functions_oid" +
    ", 'wormhole.policy'::pg_catalog.regclass::pg_catalog.oid AS policy_oid",
);

/** A row of the check: WATCHED_SQL adds the tables' oids, ARMED_SQL whether both carry the trigger. */
interface CheckRow extends Visibility {
  functions_oid?: number;
  policy_oid?: number;
  armed?: boolean;
}

/** Checks remembered at most: a backend calling more distinct functions than this re-checks some. */
const REMEMBERED_MAX = 1000;

let catalogEpoch: (() => number) | null = null;
/** plv8.catalog_watched(relid): the table carries the epoch trigger in a form that fires on every change. */
let catalogWatched: ((relid: number) => boolean) | null = null;
let plan: Plv8Plan | null = null;
/** hash -> the epoch at which the function was found visible and current. */
const remembered = new Map<string, number>();
/**
 * The hash stillValid last confirmed and the epoch it was remembered at. A backend often calls the
 * same function again: comparing the 64 characters with this one costs far less than the Map
 * lookup, for which V8 hashes the argument (a new string every call) character by character.
 * Cleared wherever `remembered` loses an entry, so it never says more than `remembered` does.
 */
let lastValid: string | null = null;
let lastValidAt = -1;

/**
 * Takes plv8.catalog_epoch and plv8.catalog_watched (plv8-compat, private contexts only) out of the
 * plv8 object, so remote code never sees an API upstream PL/v8 does not have. Returns whether the
 * engine has the epoch.
 */
export function takeCatalogEpoch(host: Record<string, unknown>): boolean {
  const candidate = host.catalog_epoch;
  if (typeof candidate !== 'function') return false;
  catalogEpoch = candidate as () => number;
  delete host.catalog_epoch;
  // A plv8-compat older than plv8.catalog_watched: ARMED_SQL reads pg_trigger instead.
  if (typeof host.catalog_watched === 'function') catalogWatched = host.catalog_watched as (relid: number) => boolean;
  delete host.catalog_watched;
  return true;
}

/**
 * True when a check of `hash` passed at the current epoch: the function may run without a query.
 * Takes any value: only well-formed hashes are ever remembered, so anything else is false.
 */
export function stillValid(hash: unknown): boolean {
  if (catalogEpoch === null) return false;
  const now = catalogEpoch();
  if (hash === lastValid && lastValidAt === now) return true;
  const at = remembered.get(hash as string);
  if (at === undefined || at !== now) return false;
  lastValid = hash as string;
  lastValidAt = at;
  return true;
}

/**
 * Is `hash` installed (in the caller's snapshot)? With the version it was validated under and the
 * current one. `prepare` makes the plan (once per backend; the runtime's own, which knows the engine).
 */
export function visibility(hash: string, prepare: (sql: string, types: string[]) => Plv8Plan): Visibility | null {
  // The epoch before the query: a change during or after the query makes the next epoch differ.
  const epoch = catalogEpoch === null ? -1 : catalogEpoch();
  plan ??= prepare(catalogEpoch === null ? VISIBILITY_SQL : catalogWatched !== null ? WATCHED_SQL : ARMED_SQL, ['text']);
  const rows = plan.execute([hash]) as CheckRow[];
  if (rows.length === 0) {
    forgetValidity(hash);
    return null;
  }
  const seen = rows[0];
  if (epoch >= 0 && seen.validated === seen.version && armed(seen)) {
    if (remembered.size >= REMEMBERED_MAX && !remembered.has(hash)) forgetValidity();
    remembered.set(hash, epoch);
  } else forgetValidity(hash);
  return seen;
}

/** Whether both tables carry the epoch trigger, so that the epoch covers every change to them. */
function armed(row: CheckRow): boolean {
  if (catalogWatched === null) return row.armed === true;
  return catalogWatched(row.functions_oid as number) && catalogWatched(row.policy_oid as number);
}

/** Forgets remembered checks (one hash, or all). */
export function forgetValidity(hash?: string): void {
  if (hash === undefined) remembered.clear();
  else remembered.delete(hash);
  if (hash === undefined || hash === lastValid) lastValid = null;
}

/** Drops the plan (wormhole reset): the next check prepares it again. */
export function resetValidity(): void {
  forgetValidity();
  plan?.free();
  plan = null;
}
