/**
 * wh.batch: several remote calls in one round trip.
 *
 *   const [a, b, c] = await wh.batch((call) => [call(getUser, 1), call(getOrders, 1), call(getStats)]);
 *
 * `build` gets `call(fn, ...args)`, which checks and encodes the arguments at once and returns a
 * promise for that call's own result or error; every call made while `build` runs goes out in one
 * statement, `wormhole.call_batch` (docs/protocol.md, "Batches"). wh.batch answers what `build`
 * returned, awaited (an array of promises becomes an array of results, like Promise.all; return
 * `Promise.allSettled([...])` to get every outcome even when some fail).
 *
 * Transactions: the batch is one transaction; each call runs in a savepoint of its own, in order.
 * A call that fails rolls back only its own writes, and only its promise rejects; the other calls'
 * writes commit together. Calls in a batch cannot use each other's results (they are not sent
 * yet): a dependent step belongs inside one remote function, which is one round trip already.
 */
import type { CallEngine } from './call-engine';
import { CALLER_STACK_ON_ERROR } from './call-site';
import { WormholeError } from './errors';
import type { Executor } from './executor';
import { definitionOf } from './internal';
import type { FunctionDefinition } from './definition';
import { isRetryable, backoffDelay, ResolvedRetry } from './retry';
import { refuseInsideTransaction, TransactionGuard } from './transaction';

/** `call` as wh.batch's builder receives it: typed like calling the remote function itself. */
export type BatchCall = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A) => Promise<R>;

export interface BatchContext {
  engine: CallEngine;
  executor: Executor;
  guard: TransactionGuard;
  retry: ResolvedRetry;
}

interface Entry {
  def: FunctionDefinition;
  argsText: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export async function runBatch<R>(ctx: BatchContext, build: (call: BatchCall) => R): Promise<Awaited<R>> {
  refuseInsideTransaction(ctx.guard, 'wh.batch()', 'Run the calls in the transaction: tx.run(fn, …) one after another.');
  if (typeof build !== 'function') throw new TypeError('wh.batch expects a function: wh.batch((call) => [call(fn, …), …])');
  const entries: Entry[] = [];
  let sealed = false;
  const call = ((fn: unknown, ...args: unknown[]) => {
    if (sealed) {
      throw new WormholeError(
        'This wh.batch call came after the batch was sent. Make every call while the function given to wh.batch runs (synchronously).',
      );
    }
    const def = definitionOf(fn);
    const argsText = ctx.engine.prepareArgs(def, args);
    return new Promise<unknown>((resolve, reject) => entries.push({ def, argsText, resolve, reject }));
  }) as BatchCall;
  let built: R;
  try {
    built = build(call);
  } finally {
    sealed = true;
  }
  if (entries.length > 0) await send(ctx, entries);
  return (Array.isArray(built) ? Promise.all(built) : built) as Awaited<R>;
}

/** Sends the batch; retries the whole statement after a serialization failure or deadlock (nothing applied). */
async function send(ctx: BatchContext, entries: Entry[]): Promise<void> {
  const calls = entries.map((e) => ({ def: e.def, argsText: e.argsText, callStack: CALLER_STACK_ON_ERROR }));
  for (let attempt = 1; ; attempt++) {
    let outcomes;
    try {
      outcomes = await ctx.executor.query((q) => ctx.engine.callBatch(q, calls, { autocommit: true }));
    } catch (error) {
      // Before anything was sent (no connection, say): every call fails the same way.
      for (const e of entries) e.reject(error);
      return;
    }
    const whole = outcomes.every((o) => !o.ok) && outcomes.length > 0 ? (outcomes[0] as { error: unknown }).error : undefined;
    if (whole !== undefined && isRetryable(whole, ctx.retry) && attempt < ctx.retry.attempts && sameError(outcomes)) {
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, ctx.retry)));
      continue;
    }
    outcomes.forEach((o, i) => (o.ok ? entries[i].resolve(o.value) : entries[i].reject(o.error)));
    return;
  }
}

/** Every call failed with the same cause: the statement itself failed (e.g. 40001 at commit), not one call. */
function sameError(outcomes: Array<{ ok: boolean; error?: unknown }>): boolean {
  const cause = (o: { error?: unknown }) => (o.error as { cause?: unknown })?.cause ?? o.error;
  return outcomes.every((o) => cause(o) === cause(outcomes[0]));
}
