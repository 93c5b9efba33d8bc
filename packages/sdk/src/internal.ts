/**
 * Markers shared between modules without import cycles: a remote function carries its definition,
 * a transaction object carries a marker so `fn.with(tx)` can recognise it.
 */
import type { FunctionDefinition } from './definition';

export const DEFINITION = Symbol('wormhole.definition');
export const TRANSACTION = Symbol('wormhole.transaction');

export function definitionOf(fn: unknown): FunctionDefinition {
  const def = (fn as { [DEFINITION]?: FunctionDefinition } | null)?.[DEFINITION];
  if (!def) {
    throw new TypeError('Expected a function returned by wh.remote(…). Wrap the function first: const f = wh.remote(async (db, …) => …).');
  }
  return def;
}

export function isTransaction(value: unknown): boolean {
  return typeof value === 'object' && value !== null && TRANSACTION in value;
}
