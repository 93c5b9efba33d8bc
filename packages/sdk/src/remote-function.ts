/**
 * The function `wh.remote(fn)` returns: call it like `fn` without `db`, and it runs inside
 * PostgreSQL in one round trip. It also carries its identity (`hash`, `source`, `name`), a local
 * mode (`local(...)`, the same code on the client), and `with(tx)` to run inside a transaction.
 */
import type { CallEngine } from './call-engine';
import { captureCallerStack } from './call-site';
import type { FunctionDefinition } from './definition';
import type { Executor } from './executor';
import { DEFINITION, isTransaction } from './internal';
import type { Queryable } from './local-db';
import { runLocal } from './local-run';
import { ResolvedRetry, withRetry } from './retry';
import type { Transaction } from './transaction';
import type { RemoteArgs, RemoteResult, RemotableFunction } from './types';

/** A remote function bound to one place to run: a transaction or a connection you manage. */
export interface BoundRemoteFunction<F extends RemotableFunction> {
  (...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
  /** The same code on the client, in the same place. */
  local(...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
}

export interface RemoteFunction<F extends RemotableFunction> {
  /** Runs `fn` inside PostgreSQL: one round trip, atomic (its own transaction). */
  (...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
  /** SHA-256 of `source`: the function's identity on the server. */
  readonly hash: string;
  /** The exact text sent to the server (Function.prototype.toString of `fn`). */
  readonly source: string;
  readonly name: string;
  /** Runs the same function on the client against the same `db` API (for debugging and tests). */
  local(...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
  /** Binds the function to a transaction (`wh.transaction`) or to a pg client you manage. */
  with(target: Transaction | Queryable): BoundRemoteFunction<F>;
  readonly [DEFINITION]: FunctionDefinition;
}

export interface RemoteContext {
  engine: CallEngine;
  executor: Executor;
  retry: ResolvedRetry;
}

export function createRemoteFunction<F extends RemotableFunction>(ctx: RemoteContext, def: FunctionDefinition): RemoteFunction<F> {
  const { engine, executor, retry } = ctx;

  async function call(...args: unknown[]): Promise<unknown> {
    const callStack = captureCallerStack(call); // the user's call site, for error stacks
    const argsText = engine.prepareArgs(def, args);
    // A call is its own transaction, so retrying it after a serialization failure or deadlock is safe.
    return withRetry(() => executor.query((q) => engine.call(q, def, argsText, callStack)), retry);
  }

  function local(...args: unknown[]): Promise<unknown> {
    return executor.withLease((lease) => runLocal(engine, def, args, lease.client, false));
  }

  function bind(target: Transaction | Queryable): BoundRemoteFunction<F> {
    if (isTransaction(target)) {
      const tx = target as Transaction;
      const bound = (...args: RemoteArgs<F>) => tx.run(remote, ...args);
      return Object.assign(bound, { local: (...args: RemoteArgs<F>) => tx.runLocal(remote, ...args) });
    }
    if (!target || typeof (target as Queryable).query !== 'function') {
      throw new TypeError(`${def.name}.with() expects a transaction (from wh.transaction) or a pg Client/PoolClient.`);
    }
    const client = target as Queryable;
    const bound = async (...args: RemoteArgs<F>): Promise<RemoteResult<F>> => {
      const callStack = captureCallerStack(bound);
      const argsText = engine.prepareArgs(def, args);
      return engine.call(client, def, argsText, callStack) as Promise<RemoteResult<F>>;
    };
    return Object.assign(bound, { local: (...args: RemoteArgs<F>) => runLocal(engine, def, args, client, false) as Promise<RemoteResult<F>> });
  }

  const remote = Object.assign(call as (...args: RemoteArgs<F>) => Promise<RemoteResult<F>>, {
    local: local as (...args: RemoteArgs<F>) => Promise<RemoteResult<F>>,
    with: bind,
    [DEFINITION]: def,
  }) as unknown as RemoteFunction<F>;
  Object.defineProperties(remote, {
    hash: { value: def.hash, enumerable: true },
    source: { value: def.source, enumerable: true },
    name: { value: def.name },
  });
  return remote;
}
