/**
 * What the database's JavaScript engine lacks. Node (where `.local()` runs and tests pass) is
 * usually newer than the V8 inside PostgreSQL (V8 10.2 with Debian 12's libnode), so a builtin added
 * since then passes locally and fails on the server with "x.toSorted is not a function". The
 * validator flags such builtins when it is told which engine the function is meant for
 * (ValidateOptions.engine); without an engine it does not guess.
 *
 * Only names that are distinctive enough to mean the builtin are listed: a generic method name
 * such as `with` or `union` could be the user's own method, and is left to the server's error.
 */

/** The server's engine as the SDK knows it, for the rule and its messages. */
export interface EngineLevel {
  /** How messages name the engine, e.g. "V8 10.2 (plv8 3.2.0-wormhole-compat)". */
  label: string;
  /** V8 major.minor, e.g. "10.2". */
  v8: string;
}

/** The engine this project ships (plv8-compat on Debian 12's libnode 18). */
export const DEFAULT_ENGINE: EngineLevel = Object.freeze({ label: 'V8 10.2', v8: '10.2' });

export interface EngineFeature {
  /** `Array.prototype.toSorted` — how messages name it. */
  name: string;
  /** The ECMAScript edition (or proposal year) that added it. */
  edition: string;
  /** First V8 version that ships it. */
  since: string;
  /** What to write instead. */
  instead: string;
}

/** Methods called on a value: `x.toSorted(…)`. */
export const METHODS: Readonly<Record<string, EngineFeature>> = {
  toSorted: { name: 'Array.prototype.toSorted', edition: 'ES2023', since: '11.0', instead: '[...array].sort(compare)' },
  toReversed: { name: 'Array.prototype.toReversed', edition: 'ES2023', since: '11.0', instead: '[...array].reverse()' },
  toSpliced: { name: 'Array.prototype.toSpliced', edition: 'ES2023', since: '11.0', instead: 'a copy ([...array]) and splice()' },
  isWellFormed: { name: 'String.prototype.isWellFormed', edition: 'ES2024', since: '11.1', instead: 'a regular expression for lone surrogates' },
  toWellFormed: { name: 'String.prototype.toWellFormed', edition: 'ES2024', since: '11.1', instead: 'a replace() of lone surrogates' },
  transferToFixedLength: { name: 'ArrayBuffer.prototype.transferToFixedLength', edition: 'ES2024', since: '11.4', instead: 'slice()' },
  symmetricDifference: { name: 'Set.prototype.symmetricDifference', edition: 'ES2025', since: '12.2', instead: 'a loop over both sets' },
  isSubsetOf: { name: 'Set.prototype.isSubsetOf', edition: 'ES2025', since: '12.2', instead: '[...a].every((x) => b.has(x))' },
  isSupersetOf: { name: 'Set.prototype.isSupersetOf', edition: 'ES2025', since: '12.2', instead: '[...b].every((x) => a.has(x))' },
  isDisjointFrom: { name: 'Set.prototype.isDisjointFrom', edition: 'ES2025', since: '12.2', instead: '![...a].some((x) => b.has(x))' },
};

/** Static members of a global: `Object.groupBy(…)`. Keyed "Global.member". */
export const STATICS: Readonly<Record<string, EngineFeature>> = {
  'Object.groupBy': { name: 'Object.groupBy', edition: 'ES2024', since: '11.7', instead: 'a reduce() into an object' },
  'Map.groupBy': { name: 'Map.groupBy', edition: 'ES2024', since: '11.7', instead: 'a loop filling a Map' },
  'Promise.withResolvers': { name: 'Promise.withResolvers', edition: 'ES2024', since: '12.2', instead: 'new Promise((resolve, reject) => …)' },
  'Array.fromAsync': { name: 'Array.fromAsync', edition: 'ES2024', since: '12.1', instead: 'a for await loop' },
};

/** The RegExp `v` flag (ES2024, V8 11.2). */
export const REGEXP_V_FLAG: EngineFeature = { name: 'the RegExp `v` flag', edition: 'ES2024', since: '11.2', instead: 'the `u` flag' };

function versionParts(v: string): [number, number] {
  const [major, minor] = v.split('.').map((x) => Number.parseInt(x, 10));
  return [Number.isFinite(major) ? major : 0, Number.isFinite(minor) ? minor : 0];
}

/** True when `engine` lacks a feature that first shipped in V8 `since`. */
export function lacks(engine: EngineLevel, feature: EngineFeature): boolean {
  const [a, b] = versionParts(engine.v8);
  const [c, d] = versionParts(feature.since);
  return a < c || (a === c && b < d);
}

export function featureMessage(engine: EngineLevel, feature: EngineFeature): string {
  return (
    `${feature.name} (${feature.edition}) is not available in the database's JavaScript engine (${engine.label}; it needs V8 ${feature.since} or newer). ` +
    `Node may have it, so .local() would run, but the server would fail. Use ${feature.instead} instead`
  );
}
