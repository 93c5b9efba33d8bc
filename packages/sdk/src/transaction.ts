/**
 * `wh.transaction(async (tx) => …)`: one connection, BEGIN … COMMIT, retried as a whole when
 * PostgreSQL aborts it for concurrency (40001, 40P01). Inside, `tx` offers the `db` API and runs
 * remote functions in the same transaction (`tx.run(transfer, 1, 2, 50)` or
 * `transfer.with(tx)(1, 2, 50)`). `tx.transaction(…)` nests with a savepoint: if the inner work
 * throws, only its writes are undone and the outer transaction can go on.
 */
import { AsyncLocalStorage } from 'async_hooks';
import type { CallEngine } from './call-engine';
import { CallerStack, captureCallerStack } from './call-site';
import { CallOptions, Deadline } from './deadline';
import type { FunctionDefinition } from './definition';
import { setLocalTimeout } from './call-statement';
import { isConnectionError, mapCallError } from './error-mapping';
import { withStatementPosition } from './statement-position';
import { WormholeError } from './errors';
import type { Executor } from './executor';
import { definitionOf, TRANSACTION } from './internal';
import { createLocalDb } from './local-db';
import type { ClientLike } from './executor';
import { ResolvedRetry, withRetry, RetryHooks } from './retry';
import { runLocal } from './local-run';
import type { Db, QueryConfig, QueryResult } from './types';

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

export interface TransactionOptions {
  isolation?: IsolationLevel;
  readOnly?: boolean;
  /** Overrides the Wormhole's retry settings for this transaction (`false`: try once). */
  retry?: import('./retry').RetryOptions | false;
}

/** A remote function, as `remote()` returns it (typed structurally here to avoid an import cycle). */
type AnyRemote<A extends unknown[], R> = { (...args: A): Promise<R>; readonly hash: string };

export interface Transaction extends Db {
  /** Runs a remote function inside this transaction (one round trip). */
  run<A extends unknown[], R>(fn: AnyRemote<A, R>, ...args: A): Promise<R>;
  /** Runs a remote function's code on the client, inside this transaction (under a savepoint). */
  runLocal<A extends unknown[], R>(fn: AnyRemote<A, R>, ...args: A): Promise<R>;
  /** A nested transaction: a savepoint, rolled back alone if `work` throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}

const BEGIN: Record<IsolationLevel, string> = {
  'read committed': 'BEGIN ISOLATION LEVEL READ COMMITTED',
  'repeatable read': 'BEGIN ISOLATION LEVEL REPEATABLE READ',
  serializable: 'BEGIN ISOLATION LEVEL SERIALIZABLE',
};

/** Marks the async work inside a wh.transaction callback, so a plain call there is refused at once. */
export type TransactionGuard = AsyncLocalStorage<{ finished: boolean }>;

/** What a transaction needs from its Wormhole. */
export interface TransactionContext {
  executor: Executor;
  engine: CallEngine;
  guard: TransactionGuard;
  /** statement_timeout (ms) for the whole transaction, sent as SET LOCAL with the BEGIN. */
  statementTimeout?: number;
  /** Runs on the connection right after a COMMIT of a read-write transaction (read-your-writes). */
  afterCommit?: (client: ClientLike) => Promise<void>;
}

/**
 * Throws when called inside a wh.transaction callback of the same Wormhole: a plain call there would
 * run on another connection, outside the transaction, and wait forever for a lock the transaction
 * holds (or for a pool connection the transaction's callers all hold).
 */
export function refuseInsideTransaction(guard: TransactionGuard, what: string, instead: string): void {
  const scope = guard.getStore();
  if (scope && !scope.finished) {
    throw new WormholeError(
      `${what} was called inside wh.transaction(), where it would run outside the transaction on another ` +
        `connection (and could wait forever for a lock or a connection the transaction holds). ${instead}`,
    );
  }
}

export async function runTransaction<T>(
  ctx: TransactionContext,
  work: (tx: Transaction) => Promise<T>,
  options: TransactionOptions,
  retry: ResolvedRetry,
  hooks?: RetryHooks,
): Promise<T> {
  const { executor, engine, guard } = ctx;
  if (typeof work !== 'function') throw new TypeError('wh.transaction expects a function: wh.transaction(async (tx) => { … })');
  const isolation = options.isolation ?? 'read committed';
  if (!(isolation in BEGIN)) {
    throw new RangeError(`Unknown isolation level "${isolation}"; use one of: ${Object.keys(BEGIN).join(', ')}`);
  }
  // One simple-protocol string: the timeout is part of the transaction, never session state a pooler would leak.
  const begin =
    BEGIN[isolation] +
    (options.readOnly ? ' READ ONLY' : '') +
    (ctx.statementTimeout !== undefined ? `; ${setLocalTimeout(ctx.statementTimeout)}` : '');
  return withRetry(
    () =>
      executor.withLease(async (lease) => {
        try {
          await lease.client.query({ text: begin });
        } catch (error) {
          throw mapCallError(error, { name: 'the transaction (BEGIN)', source: '' });
        }
        const tx = new TransactionScope(lease.client, engine, 0);
        const scope = { finished: false };
        let result: T;
        try {
          result = await guard.run(scope, () => work(tx));
        } catch (error) {
          tx.finish();
          scope.finished = true;
          if (isConnectionError(error)) lease.release(error);
          else {
            let rolledBack = true;
            await lease.client.query({ text: 'ROLLBACK' }).catch((e) => {
              rolledBack = false;
              lease.release(e);
            });
            // Outside the failed transaction now: a statement's position upstream PL/v8 dropped can be found.
            if (rolledBack) await withStatementPosition(lease.client, error);
          }
          throw error;
        }
        tx.finish();
        scope.finished = true;
        try {
          await lease.client.query({ text: 'COMMIT' });
        } catch (error) {
          // A serialization failure found at COMMIT is the same RemoteSqlError (40001) as one raised mid-function;
          // a connection lost at COMMIT leaves the outcome unknown (ConnectionLostError).
          // (A failed COMMIT has ended the transaction: there is nothing to roll back.)
          if (isConnectionError(error)) lease.release(error);
          throw mapCallError(error, { name: 'the transaction (COMMIT)', source: '' });
        }
        if (ctx.afterCommit && !options.readOnly) await ctx.afterCommit(lease.client).catch(() => undefined);
        return result;
      }),
    retry,
    hooks,
  );
}

class TransactionScope implements Transaction {
  readonly [TRANSACTION] = true;
  private finished = false;
  private readonly db: Db;

  constructor(
    private readonly client: ClientLike,
    private readonly engine: CallEngine,
    private readonly depth: number,
  ) {
    this.db = createLocalDb(client, { server: engine.server });
  }

  finish(): void {
    this.finished = true;
  }

  async query<Row = Record<string, any>>(text: string | QueryConfig, values?: unknown[]): Promise<QueryResult<Row>> {
    this.assertActive('query');
    return this.db.query<Row>(text, values);
  }

  async queryOne<Row = Record<string, any>>(text: string | QueryConfig, values?: unknown[]): Promise<Row> {
    this.assertActive('queryOne');
    return this.db.queryOne<Row>(text, values);
  }

  async queryValue<Value = any>(text: string | QueryConfig, values?: unknown[]): Promise<Value> {
    this.assertActive('queryValue');
    return this.db.queryValue<Value>(text, values);
  }

  rows<Row = Record<string, any>>(text: string | QueryConfig, values?: unknown[]): AsyncIterable<Row> {
    this.assertActive('rows');
    return this.db.rows<Row>(text, values);
  }

  async run<A extends unknown[], R>(fn: AnyRemote<A, R>, ...args: A): Promise<R> {
    const callStack = captureCallerStack(this.run);
    return (await this.runWith(definitionOf(fn), args, undefined, callStack)) as R;
  }

  /** tx.run with a per-call timeout or signal (fn.with(tx, { timeout, signal })). */
  async runWith(def: FunctionDefinition, args: unknown[], options: CallOptions | undefined, callStack?: CallerStack): Promise<unknown> {
    this.assertActive('run');
    const argsText = this.engine.prepareArgs(def, args);
    const deadline = Deadline.start(options, def.name);
    try {
      return await this.engine.call(this.client, def, argsText, callStack, { deadline });
    } finally {
      deadline?.dispose();
    }
  }

  async runLocal<A extends unknown[], R>(fn: AnyRemote<A, R>, ...args: A): Promise<R> {
    this.assertActive('runLocal');
    return (await runLocal(this.engine, definitionOf(fn), args, this.client, true)) as R;
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    this.assertActive('transaction');
    const savepoint = `wormhole_sp_${this.depth + 1}`;
    await this.client.query({ text: `SAVEPOINT ${savepoint}` });
    const inner = new TransactionScope(this.client, this.engine, this.depth + 1);
    try {
      const result = await work(inner);
      inner.finish();
      await this.client.query({ text: `RELEASE SAVEPOINT ${savepoint}` });
      return result;
    } catch (error) {
      inner.finish();
      if (!isConnectionError(error)) {
        await this.client.query({ text: `ROLLBACK TO SAVEPOINT ${savepoint}` });
        await this.client.query({ text: `RELEASE SAVEPOINT ${savepoint}` });
      }
      throw error;
    }
  }

  private assertActive(method: string): void {
    if (this.finished) {
      throw new WormholeError(
        `tx.${method}() was called after its transaction finished. ` +
          'Use tx only inside the callback, and await every call before the callback returns.',
      );
    }
  }
}
