/**
 * Which PL/v8 a server runs, told from its version string (plv8_version() in SQL, plv8.version in
 * JavaScript). plv8-compat, this project's engine, puts a marker in it (`3.2.0-wormhole-compat`,
 * plv8-compat/src/plv8_object.cc); upstream PL/v8 reports a bare number (`3.2.2`, `3.1.10`).
 *
 * The runtime (what differs on upstream), the SDK (the feature level, local mode's value mapping,
 * the doctor) and the extension's wormhole.engine() (SQL: `strpos(v, 'wormhole') > 0`) read this
 * one marker (test/engine.test.ts checks wormhole.engine()'s answer against the server's plv8).
 */
export const OUR_ENGINE_MARKER = 'wormhole';

export type EngineKind = 'plv8-compat' | 'upstream';

/** The engine a PL/v8 version string names: ours when it carries the marker, else upstream. */
export function engineKindOf(version: string): EngineKind {
  return version.includes(OUR_ENGINE_MARKER) ? 'plv8-compat' : 'upstream';
}
