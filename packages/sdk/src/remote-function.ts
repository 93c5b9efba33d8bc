/**
 * The function `wh.remote(fn)` returns: call it like `fn` without `db`, and it runs inside
 * PostgreSQL in one round trip. It also carries its identity (`hash`, `source`, `name`), a local
 * mode (`local(...)`, the same code on the client), and `with(tx)` to run inside a transaction.
 */
import type { CallContext, CallEngine } from './call-engine';
import { CALLER_STACK_ON_ERROR, CallerStack, captureCallerStack } from './call-site';
import { CallOptions, Deadline } from './deadline';
import type { FunctionDefinition } from './definition';
import type { Executor, Lease } from './executor';
import { DEFINITION, isTransaction } from './internal';
import type { Queryable } from './local-db';
import type { Observer } from './observability';
import { runLocal } from './local-run';
import type { ReplicaRouter } from './replicas';
import { backoffDelay, isRetryable, ResolvedRetry } from './retry';
import { WormholeError } from './errors';
import { openLocalStream } from './local-stream';
import { openStream, type StreamContext } from './stream';
import { decodeValue } from './wire-codec';
import { refuseInsideTransaction, Transaction, TransactionGuard } from './transaction';
import type { RemoteArgs, RemoteResult, RemotableFunction } from './types';

/** A remote function bound to one place to run: a transaction or a connection you manage. */
export interface BoundRemoteFunction<F extends RemotableFunction> {
  (...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
  /** The same code on the client, in the same place. */
  local(...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
}

/**
 * What calling a remote function gives: a promise of its result, or, for an async generator (a
 * stream), an async iterator over the values it yields (stream.ts).
 */
export type RemoteCall<F> = F extends (...args: never[]) => AsyncIterable<infer Y> ? AsyncIterableIterator<Y> : Promise<RemoteResult<F>>;

export interface RemoteFunction<F extends RemotableFunction> {
  /**
   * Runs `fn` inside PostgreSQL: one round trip, atomic (its own transaction). An async generator
   * streams: `for await (const v of fn(…))` reads its values in batches as it yields them.
   */
  (...args: RemoteArgs<F>): RemoteCall<F>;
  /** SHA-256 of `source`: the function's identity on the server. */
  readonly hash: string;
  /** The exact text sent to the server (Function.prototype.toString of `fn`). */
  readonly source: string;
  readonly name: string;
  /** Marked `readOnly` at remote(): calls go to a replica when the Wormhole has healthy ones. */
  readonly readOnly: boolean;
  /** Runs the same function on the client against the same `db` API (for debugging and tests); a stream stays a stream. */
  local(...args: RemoteArgs<F>): RemoteCall<F>;
  /**
   * Binds the function to a transaction (`wh.transaction`) or to a pg client you manage, optionally
   * with a per-call `timeout` or `signal`; or, given only `{ timeout, signal }`, to those.
   */
  with(target: Transaction | Queryable, options?: CallOptions): BoundRemoteFunction<F>;
  with(options: CallOptions): BoundRemoteFunction<F>;
  readonly [DEFINITION]: FunctionDefinition;
}

export interface RemoteContext {
  engine: CallEngine;
  executor: Executor;
  retry: ResolvedRetry;
  guard: TransactionGuard;
  /** The replicas, when the Wormhole has some (read-only calls, read-your-writes). */
  router?: ReplicaRouter;
  readOnly: boolean;
  /** The function's default per-call timeout (ms). */
  timeout?: number;
  /** The Wormhole's logger / onCall / tracing (observability.ts). */
  observer?: Observer;
  /** A stream of this function ran (its calls are noted by the engine): usage-report.ts. */
  used?: (hash: string) => void;
}

/** One call's values on its way to the primary. */
interface PrimaryCall {
  argsText: string;
  callStack: CallerStack;
  deadline: Deadline | undefined;
  observation: ReturnType<NonNullable<RemoteContext['observer']>['start']> | undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

export function createRemoteFunction<F extends RemotableFunction>(ctx: RemoteContext, def: FunctionDefinition): RemoteFunction<F> {
  const { engine, executor, retry, guard, router } = ctx;
  const inTx = `Run it in the transaction: tx.run(${def.name}, …) or ${def.name}.with(tx)(…).`;

  const calledWhere = `${def.name}()`;

  function call(...args: unknown[]): Promise<unknown> {
    // The caller's stack is taken only if the call fails (call-site.ts).
    return callWith(args, undefined, CALLER_STACK_ON_ERROR);
  }

  // The hot path: no closure, template string or stack capture per call (each showed in the SDK's
  // CPU profile: bench --profile); the per-call values travel in one PrimaryCall object.
  async function callWith(args: unknown[], options: CallOptions | undefined, callStack: CallerStack): Promise<unknown> {
    refuseInsideTransaction(guard, calledWhere, inTx);
    const argsText = engine.prepareArgs(def, args);
    const deadline = options === undefined && ctx.timeout === undefined ? undefined : Deadline.start(withDefaultTimeout(options), def.name);
    const observation = ctx.observer?.start(def.name, def.hash);
    const primary: PrimaryCall = { argsText, callStack, deadline, observation };
    try {
      // A call is its own transaction, so retrying it after a serialization failure or deadlock is safe.
      for (let attempt = 1; ; attempt++) {
        try {
          const value =
            ctx.readOnly && router
              ? await router.call(def, argsText, callStack, deadline, () => executor.query(onPrimary, deadline, primary), observation)
              : await executor.query(onPrimary, deadline, primary);
          observation?.done();
          return value;
        } catch (error) {
          if (attempt >= retry.attempts || !isRetryable(error, retry)) throw error;
          await sleep(backoffDelay(attempt, retry));
        }
      }
    } catch (error) {
      observation?.done(error);
      throw error;
    } finally {
      deadline?.dispose();
    }
  }

  async function onPrimary(q: Queryable, lease: Lease, p: PrimaryCall): Promise<unknown> {
    p.observation?.listen(lease.client);
    const callCtx: CallContext = {
      autocommit: true,
      deadline: p.deadline,
      suspect: p.deadline ? lease.release.bind(lease, true) : undefined,
      observation: p.observation,
    };
    const value = await engine.call(q, def, p.argsText, p.callStack, callCtx);
    if (callCtx.wrote && router) await router.recordCommit(q);
    return value;
  }

  function withDefaultTimeout(options: CallOptions | undefined): CallOptions | undefined {
    if (ctx.timeout === undefined || options?.timeout !== undefined) return options;
    return { ...options, timeout: ctx.timeout };
  }

  function local(...args: unknown[]): Promise<unknown> | AsyncIterableIterator<unknown> {
    refuseInsideTransaction(guard, `${def.name}.local()`, `Run it in the transaction: tx.runLocal(${def.name}, …) or ${def.name}.with(tx).local(…).`);
    // A stream runs locally as a stream (local-stream.ts); its arguments are checked and travel as for the server.
    if (def.info.isGenerator) return openLocalStream(engine, executor, def, decodeValue(engine.prepareArgs(def, args)) as unknown[]);
    return executor.withLease((lease) => runLocal(engine, def, args, lease.client, false));
  }

  function bind(target: Transaction | Queryable | CallOptions, maybeOptions?: CallOptions): BoundRemoteFunction<F> {
    if (def.info.isGenerator) {
      throw new WormholeError(
        `${def.name} is a stream (an async generator): .with() is for calls. A stream runs on a connection of its own, ` +
          'outside transactions; give it a timeout with wh.remote(fn, { timeout }) (each batch) and stop it by leaving the for await loop.',
      );
    }
    if (isTransaction(target)) {
      const tx = target as Transaction & { runWith(def: FunctionDefinition, args: unknown[], o?: CallOptions, s?: CallerStack): Promise<unknown> };
      const options = withDefaultTimeout(maybeOptions);
      const bound = (...args: RemoteArgs<F>) => tx.runWith(def, args, options, captureCallerStack(bound)) as Promise<RemoteResult<F>>;
      return Object.assign(bound, {
        local: (...args: RemoteArgs<F>) => tx.runLocal(remote as unknown as Parameters<typeof tx.runLocal>[0], ...args) as Promise<RemoteResult<F>>,
      });
    }
    if (target && typeof target === 'object' && typeof (target as Queryable).query !== 'function') {
      // with({ timeout, signal }): the ordinary call, with these options.
      const options = target as CallOptions;
      Deadline.start(options, def.name)?.dispose(); // checks the options now, where the mistake is
      const bound = (...args: RemoteArgs<F>) => callWith(args, options, CALLER_STACK_ON_ERROR) as Promise<RemoteResult<F>>;
      return Object.assign(bound, { local: (...args: RemoteArgs<F>) => local(...args) as Promise<RemoteResult<F>> });
    }
    if (!target || typeof (target as Queryable).query !== 'function') {
      throw new TypeError(
        `${def.name}.with() expects a transaction (from wh.transaction), a pg Client/PoolClient, or call options { timeout, signal }.`,
      );
    }
    const client = target as Queryable;
    const options = withDefaultTimeout(maybeOptions);
    const bound = async (...args: RemoteArgs<F>): Promise<RemoteResult<F>> => {
      const callStack = CALLER_STACK_ON_ERROR;
      const argsText = engine.prepareArgs(def, args);
      const deadline = Deadline.start(options, def.name);
      const observation = ctx.observer?.start(def.name, def.hash);
      observation?.listen(client);
      try {
        const value = (await engine.call(client, def, argsText, callStack, { deadline, observation })) as RemoteResult<F>;
        observation?.done();
        return value;
      } catch (error) {
        observation?.done(error);
        throw error;
      } finally {
        deadline?.dispose();
      }
    };
    return Object.assign(bound, { local: (...args: RemoteArgs<F>) => runLocal(engine, def, args, client, false) as Promise<RemoteResult<F>> });
  }

  // A stream (async generator): `fn(…)` is an async iterator over what it yields (stream.ts).
  let streamKnown = false;
  const streamCtx: StreamContext = {
    executor,
    knows: () => streamKnown,
    learned: () => {
      streamKnown = true;
      ctx.used?.(def.hash);
    },
    forgot: () => (streamKnown = false),
    timeoutMs: ctx.timeout,
    serverKind: (client) => engine.server.of(client),
  };
  function openStreamCall(...args: unknown[]): AsyncIterableIterator<unknown> {
    refuseInsideTransaction(guard, calledWhere, `A stream runs on a connection of its own; read it outside the transaction.`);
    return openStream(streamCtx, def, engine.prepareArgs(def, args), CALLER_STACK_ON_ERROR);
  }

  const remote = Object.assign((def.info.isGenerator ? openStreamCall : call) as unknown as (...args: RemoteArgs<F>) => RemoteCall<F>, {
    local: local as (...args: RemoteArgs<F>) => Promise<RemoteResult<F>>,
    with: bind,
    [DEFINITION]: def,
  }) as unknown as RemoteFunction<F>;
  Object.defineProperties(remote, {
    hash: { value: def.hash, enumerable: true },
    source: { value: def.source, enumerable: true },
    name: { value: def.name },
    readOnly: { value: ctx.readOnly, enumerable: true },
  });
  return remote;
}
