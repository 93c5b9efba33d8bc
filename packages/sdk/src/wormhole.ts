/**
 * `connect()` and the Wormhole object: the entry point of the SDK.
 *
 *   const wh = await connect(process.env.DATABASE_URL);      // own pool, closed by wh.close()
 *   const wh = await connect({ pool });                       // your pool, left open
 *   const wh = await connect(client);                         // your connected pg.Client
 */
import type { Pool, PoolConfig } from 'pg';
import { CallEngine, CallStats } from './call-engine';
import { FunctionDefinition, DefinitionOptions } from './definition';
import { WormholeError } from './errors';
import { mapCallError } from './error-mapping';
import { ClientLike, Executor, PoolLike } from './executor';
import { createLocalDb } from './local-db';
import { checkPolicy } from './precheck';
import { createRemoteFunction, RemoteFunction } from './remote-function';
import { resolveRetry, ResolvedRetry, RetryOptions } from './retry';
import { runTransaction, Transaction, TransactionOptions } from './transaction';
import type { Db, RemotableFunction } from './types';
import type { Policy } from './public-types';
import { encodeArgs } from './wire-codec';

export interface WormholeOptions {
  /** Retrying of serialization failures and deadlocks (calls and transactions); `false` to disable. */
  retry?: RetryOptions | false;
  /** Validator policy overrides for the client-side precheck (the server enforces its own). */
  policy?: Partial<Policy>;
  /** statement_timeout in ms for the connections of a pool the SDK creates (stops endless loops). */
  statementTimeout?: number;
  /** Skip the check at connect time that the wormhole extension is installed. */
  skipExtensionCheck?: boolean;
}

export interface RemoteOptions extends DefinitionOptions {
  /** Retrying for this function's calls (default: the Wormhole's). */
  retry?: RetryOptions | false;
}

/** What connect() accepts: a connection string, pg Pool settings, a pg.Pool, a pg.Client, or { pool }. */
export type ConnectTarget = string | PoolConfig | Pool | { pool: Pool } | ClientLike;

export class Wormhole {
  private readonly engine = new CallEngine();
  private readonly retry: ResolvedRetry;
  /** The `db` API over this Wormhole's connections, with the same value mapping as inside PostgreSQL. */
  readonly db: Db;
  private closed = false;

  constructor(private readonly executor: Executor, private readonly options: WormholeOptions = {}) {
    this.retry = resolveRetry(options.retry);
    if (options.policy) checkPolicy(options.policy);
    this.db = {
      query: (text, values) => executor.query((q) => createLocalDb(q).query(text, values)),
      queryOne: (text, values) => executor.query((q) => createLocalDb(q).queryOne(text, values)),
      queryValue: (text, values) => executor.query((q) => createLocalDb(q).queryValue(text, values)),
    } as Db;
  }

  /**
   * Wraps `fn` so calling it runs it inside PostgreSQL. Checks the function now (the same
   * validator the server runs) and throws a ValidationError listing every problem.
   */
  remote<F extends RemotableFunction>(fn: F, options: RemoteOptions = {}): RemoteFunction<F> {
    this.assertOpen();
    const policy = options.policy ? { ...this.options.policy, ...options.policy } : this.options.policy;
    const def = new FunctionDefinition(fn, { ...options, policy, caller: this.remote });
    const retry = options.retry === undefined ? this.retry : resolveRetry(this.options.retry, options.retry);
    return createRemoteFunction<F>({ engine: this.engine, executor: this.executor, retry }, def);
  }

  /** Runs `work` in one transaction, retried on serialization failures and deadlocks. */
  transaction<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    this.assertOpen();
    const retry = options.retry === undefined ? this.retry : resolveRetry(this.options.retry, options.retry);
    return runTransaction(this.executor, this.engine, work, options, retry);
  }

  /**
   * Calls a function the server already has, by hash (e.g. installed by a deploy step). Throws
   * UnknownFunctionError when the server does not know the hash.
   */
  async call(hash: string, ...args: unknown[]): Promise<unknown> {
    this.assertOpen();
    if (!/^[0-9a-f]{64}$/.test(hash)) {
      throw new WormholeError(`wh.call expects a SHA-256 hash (64 lower-case hex characters), got ${JSON.stringify(hash)}.`);
    }
    const argsText = encodeArgs(args, `function ${hash.slice(0, 12)}…`);
    try {
      return await this.executor.query((q) => this.engine.callByHash(q, hash, argsText));
    } catch (error) {
      if (error instanceof WormholeError) throw error;
      throw mapCallError(error, { name: `function ${hash.slice(0, 12)}…`, source: '' });
    }
  }

  /** How many calls, round trips, installs and re-teachings this Wormhole made so far. */
  get stats(): Readonly<CallStats> {
    return { ...this.engine.stats };
  }

  /** Ends the pool the SDK created (a pool or client you passed in stays open). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.executor.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new WormholeError('This Wormhole was closed (wh.close()); connect() again to make more calls.');
  }
}

/** Connects and checks that the wormhole extension is installed in the database. */
export async function connect(target?: ConnectTarget, options: WormholeOptions = {}): Promise<Wormhole> {
  const executor = toExecutor(target ?? process.env.DATABASE_URL, options);
  const wh = new Wormhole(executor, options);
  if (!options.skipExtensionCheck) {
    try {
      await checkExtension(wh.db);
    } catch (error) {
      await wh.close();
      throw error;
    }
  }
  return wh;
}

function toExecutor(target: ConnectTarget | undefined, options: WormholeOptions): Executor {
  if (target === undefined || target === null || target === '') {
    throw new WormholeError('connect() needs a database: a connection string, pg Pool settings, a pg.Pool or a pg.Client ' +
      '(or set DATABASE_URL).');
  }
  const timeout = options.statementTimeout === undefined ? {} : { statement_timeout: options.statementTimeout };
  if (typeof target === 'string') return Executor.ownPool({ connectionString: target, ...timeout });
  if (typeof target !== 'object') throw new WormholeError(`connect() does not understand a ${typeof target}; pass a connection string, a pg.Pool or a pg.Client.`);
  if ('pool' in target && isPool((target as { pool: unknown }).pool)) return Executor.pool((target as { pool: PoolLike }).pool);
  if (isPool(target)) return Executor.pool(target as unknown as PoolLike);
  if (typeof (target as ClientLike).query === 'function') return Executor.client(target as ClientLike);
  return Executor.ownPool({ ...(target as PoolConfig), ...timeout });
}

function isPool(value: unknown): boolean {
  const v = value as Partial<PoolLike> | null;
  return !!v && typeof v.query === 'function' && typeof v.connect === 'function' && typeof v.totalCount === 'number';
}

async function checkExtension(db: Db): Promise<void> {
  const { rows } = await db.query<{ extversion: string }>("SELECT extversion FROM pg_extension WHERE extname = 'wormhole'");
  if (rows.length === 0) {
    throw new WormholeError('The wormhole extension is not installed in this database. ' +
      'Run CREATE EXTENSION wormhole CASCADE as a superuser, then GRANT wormhole_user TO <your app role>.');
  }
}

