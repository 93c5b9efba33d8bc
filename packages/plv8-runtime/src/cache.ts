/**
 * The per-backend function cache: content hash -> compiled callable. A warm call looks its function
 * up here and compiles nothing; a cold call reads the stored generated code (one indexed query) and
 * evaluates it. Bounded (LRU) so a backend serving many functions does not grow without limit.
 */
import { fromStoredArity, type ArgumentCount } from './arity';
import { compileFunction, type RemoteFunction } from './compile';
import { runsDirectly } from './direct-statements';
import type { SourceInfo } from './errors';
import { Lru } from './lru';
import type { Segment } from './linemap';

export const FUNCTION_CACHE_SIZE = 1000;

export interface CachedFunction {
  fn: RemoteFunction;
  info: SourceInfo;
  /** Parameters after db, in the validator's meaning (converted from the stored column once, here). */
  params: ArgumentCount;
  name: string | null;
  /** Its queries run without a subtransaction each: its source may query and cannot catch their errors (direct-statements.ts). */
  direct: boolean;
}

export interface StoredFunction {
  hash: string;
  name: string | null;
  source: string;
  compiled: string;
  segments: Segment[];
  /** The wormhole.functions.arity column as stored (see arity.ts). */
  arity: number;
}

const functions = new Lru<string, CachedFunction>(FUNCTION_CACHE_SIZE);
/**
 * The entry lookup last returned, compared before the LRU's Map for the reason validity.ts gives
 * for `lastValid`. Entries are content-addressed, so this one stays right for its hash even once
 * the LRU has let it go; forget() clears it.
 */
let lastHash: string | null = null;
let lastEntry: CachedFunction | undefined;

export function lookup(hash: string): CachedFunction | undefined {
  if (hash === lastHash) return lastEntry;
  const entry = functions.get(hash);
  if (entry !== undefined) {
    lastHash = hash;
    lastEntry = entry;
  }
  return entry;
}

export function remember(row: StoredFunction): CachedFunction {
  const entry: CachedFunction = {
    fn: compileFunction(row.hash, row.compiled),
    info: { hash: row.hash, source: row.source, code: row.compiled, segments: row.segments },
    params: fromStoredArity(row.arity),
    name: row.name,
    direct: runsDirectly(row.source),
  };
  functions.set(row.hash, entry);
  if (lastHash === row.hash) forgetLast();
  return entry;
}

export function forget(hash?: string): void {
  if (hash === undefined) functions.clear();
  else functions.delete(hash);
  if (hash === undefined || hash === lastHash) forgetLast();
}

function forgetLast(): void {
  lastHash = null;
  lastEntry = undefined;
}

export function cachedFunctionCount(): number {
  return functions.size;
}
