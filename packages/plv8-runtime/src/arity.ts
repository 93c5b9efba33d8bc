/**
 * Argument counts. The runtime uses @wormhole/validator's meaning everywhere: `arity` is the number
 * of parameters AFTER `db`, and `hasRestParameter` makes any count acceptable.
 *
 * The one exception is the stored column wormhole.functions.arity, whose meaning is frozen by the
 * released 0.1.0 schema (rows installed by earlier versions keep it): parameters INCLUDING `db`, or
 * -1 for a rest parameter. These two functions are the only place that converts, in each direction.
 */
import type { FunctionInfo } from '@wormhole/validator';

/** What a call checks its arguments against. */
export interface ArgumentCount {
  /** Parameters after db (a rest parameter counts as one), as the validator's info.arity. */
  arity: number;
  hasRestParameter: boolean;
}

/** The validator's info → the value stored in wormhole.functions.arity. */
export function toStoredArity(info: Pick<FunctionInfo, 'arity' | 'hasRestParameter'>): number {
  return info.hasRestParameter ? -1 : info.arity + 1;
}

/** wormhole.functions.arity → the validator's meaning. A rest parameter's own count does not matter then. */
export function fromStoredArity(stored: number): ArgumentCount {
  return stored < 0 ? { arity: 0, hasRestParameter: true } : { arity: Math.max(0, stored - 1), hasRestParameter: false };
}
