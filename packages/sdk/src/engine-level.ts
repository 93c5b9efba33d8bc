/**
 * The JavaScript feature level of the server's engine, for the precheck and `.local()`: builtins
 * it lacks are refused on the client with the server's version in the message (the validator's
 * engine-feature rule owns the list). Read from the server at connect time (plv8_version()); a
 * server that does not say is assumed to be the engine this project ships, V8 10.2.
 */
import { engineKindOf, type EngineKind } from '@wormhole/protocol';
import { DEFAULT_ENGINE } from '@wormhole/validator';

export interface EngineLevel {
  /** How messages name the engine, e.g. "V8 10.2 (plv8 3.2.0-wormhole-compat)". */
  label: string;
  /** V8 major.minor. */
  v8: string;
}

export const ASSUMED_ENGINE: EngineLevel = DEFAULT_ENGINE;

/**
 * The engine from plv8_version(): plv8-compat names itself `…-wormhole-compat` and runs on
 * Debian 12's libnode (V8 10.2). Upstream PL/v8 does not report its V8 version in SQL, so it is
 * assumed to be at least as old as ours unless the app says otherwise (connect option serverEngine).
 */
export function engineFromPlv8Version(plv8Version: string | null | undefined): EngineLevel {
  if (!plv8Version) return { label: `${ASSUMED_ENGINE.label} (assumed)`, v8: ASSUMED_ENGINE.v8 };
  if (engineKindOf(plv8Version) === 'plv8-compat') return { label: `V8 10.2 (plv8 ${plv8Version})`, v8: '10.2' };
  return { label: `plv8 ${plv8Version}, assumed V8 ${ASSUMED_ENGINE.v8}`, v8: ASSUMED_ENGINE.v8 };
}

/** Which PL/v8 plv8_version() names; a server that does not say is assumed to run this project's engine, as above. */
export function engineKindFromPlv8Version(plv8Version: string | null | undefined): EngineKind {
  return plv8Version ? engineKindOf(plv8Version) : 'plv8-compat';
}

/** SQL that answers plv8_version() when the function exists, NULL otherwise (one round trip, no error). */
export const ENGINE_QUERY = `SELECT CASE WHEN to_regprocedure('plv8_version()') IS NULL THEN NULL
  ELSE (xpath('//v/text()', query_to_xml('SELECT plv8_version() AS v', false, false, '')))[1]::text END AS plv8_version`;
