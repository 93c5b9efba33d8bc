/**
 * Validation cached by source: the first definition of a source text parses and validates it
 * (0.3–1 ms); every later definition of the same text, with the same policy overrides and server
 * engine, is a Map lookup. This is what makes `wh.remote(…)` inside a request handler cheap
 * (bench/definition.mjs prints the figures). Only successes are cached: a refused function is
 * rechecked each time, so its message always points at the current call site.
 */
import { stripInstrumentation } from '@wormhole/validator';
import type { EngineLevel } from './engine-level';
import { hashSource } from './hash';
import { precheck, type PrecheckOptions } from './precheck';
import type { FunctionInfo, Policy } from './public-types';

export interface CheckedSource {
  /** The text to send: the function's text without known instrumentation. */
  source: string;
  hash: string;
  info: FunctionInfo;
  /** A name found for this source earlier (from the variable it was assigned to), reused by later definitions. */
  inferredName?: string;
}

/** Enough for every function of a large app; beyond it the oldest entry goes. */
const MAX_ENTRIES = 2000;
const cache = new Map<string, CheckedSource>();

/** Policy overrides and engine as part of the key: the same text may be valid under one and not the other. */
function keyOf(text: string, policy: Partial<Policy> | undefined, engine: EngineLevel | undefined): string {
  const p = policy && Object.keys(policy).length > 0 ? JSON.stringify(policy) : '';
  return `${engine?.v8 ?? ''}\u0000${p}\u0000${text}`;
}

/** The checked form of `text` when it was checked before (with the same policy and engine). */
export function cachedSource(text: string, policy: Partial<Policy> | undefined, engine: EngineLevel | undefined): CheckedSource | undefined {
  return cache.get(keyOf(text, policy, engine));
}

/**
 * The checked form of `text`, from the cache or by validating it now; throws the precheck's
 * ValidationError when it cannot run. `describe` is only called when a message is needed.
 */
export function checkedSource(
  text: string,
  policy: Partial<Policy> | undefined,
  engine: EngineLevel | undefined,
  describe: (stripped: string) => Omit<PrecheckOptions, 'policy' | 'engine'>,
): CheckedSource {
  const key = keyOf(text, policy, engine);
  const hit = cache.get(key);
  if (hit) return hit;
  const stripped = stripInstrumentation(text).source;
  // precheck reads the name and call site only when it has something to report.
  const info = precheck(stripped, { policy, engine, lazy: () => describe(stripped) });
  const checked: CheckedSource = { source: stripped, hash: hashSource(stripped), info };
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, checked);
  return checked;
}

/** For tests and benchmarks: forget every checked source. */
export function clearDefinitionCache(): void {
  cache.clear();
}
