/**
 * `connect()` and the Wormhole object: the entry point of the SDK.
 *
 *   const wh = await connect(process.env.DATABASE_URL);      // own pool, closed by wh.close()
 *   const wh = await connect({ pool });                       // your pool, left open
 *   const wh = await connect(client);                         // your connected pg.Client
 *   const wh = await connect({ primary: url, replicas: [replicaUrl] });   // read-only functions on replicas
 */
import { FUNCTION_HASH } from '@wormhole/protocol';
import { AsyncLocalStorage } from 'async_hooks';
import type { Pool, PoolConfig } from 'pg';
import { BatchCall, runBatch } from './batch';
import { CallEngine, CallStats } from './call-engine';
import { checkStatementTimeout } from './call-statement';
import { checkCallOptions } from './deadline';
import { FunctionDefinition, DefinitionOptions } from './definition';
import { ASSUMED_ENGINE, EngineLevel, engineFromPlv8Version, ENGINE_QUERY } from './engine-level';
import { FunctionEntry, installFunction, InstallResult, listFunctions } from './catalog';
import { Observer, ObservabilityOptions } from './observability';
import { closedError, WormholeError } from './errors';
import { mapCallError } from './error-mapping';
import { ClientLike, Executor, PoolLike } from './executor';
import { createLocalDb } from './local-db';
import { checkPolicy } from './precheck';
import { createRemoteFunction, RemoteFunction } from './remote-function';
import { DEFINITION } from './internal';
import { resolveRetry, ResolvedRetry, RetryOptions } from './retry';
import { ReplicaOptions, ReplicaRouter } from './replicas';
import { refuseInsideTransaction, runTransaction, Transaction, TransactionGuard, TransactionOptions } from './transaction';
import type { Db, NeedsDbParameter, RemotableFunction, RemoteArgs, RemoteResult } from './types';
import type { Policy } from './public-types';
import { encodeArgs } from './wire-codec';
import { DEFAULT_USAGE_REPORT_MS, UsageReporter, UsageReportStats } from './usage-report';

export interface WormholeOptions extends ReplicaOptions, ObservabilityOptions {
  /** Retrying of serialization failures and deadlocks (calls and transactions); `false` to disable. */
  retry?: RetryOptions | false;
  /** Validator policy overrides for the client-side precheck (the server enforces its own). */
  policy?: Partial<Policy>;
  /**
   * statement_timeout in ms for every call and transaction (stops endless loops), whatever the
   * connection (own pool, your pool, your client): sent as SET LOCAL inside the call's or the
   * transaction's own transaction, never as a connection setting, so it works through poolers.
   */
  statementTimeout?: number;
  /**
   * Named prepared statements for calls (default false). They save the parse of a tiny SELECT per
   * call, but break transaction poolers (PgBouncer in transaction mode): use only on direct
   * connections or session pooling.
   */
  preparedStatements?: boolean;
  /** Skip the check at connect time that the wormhole extension is installed. */
  skipExtensionCheck?: boolean;
  /**
   * The server's JavaScript engine, when connect() cannot tell (it reads plv8_version(); upstream
   * PL/v8 does not report its V8): builtins this engine lacks are refused at remote() time.
   */
  serverEngine?: EngineLevel;
  /**
   * The app's functions were installed ahead of time (`wormhole deploy`, `wh.install`): calls send
   * only the hash, so production sends no source; a function the server lacks after all is sent
   * once with its source (one extra round trip).
   */
  deployed?: boolean;
  /**
   * How often (ms) the SDK reports to the primary which functions it called, for `wormhole prune`
   * (default 60000; 0 never): on upstream PL/v8 (no shared call counters) every call, on plv8-compat
   * only calls answered by replicas (the primary's counters see the rest). A statement of its own on
   * the primary pool, never inside a call or transaction; also sent by wh.close() and wh.reportUsage().
   * Nothing is reported through a single pg.Client you manage.
   */
  usageReportMs?: number;
}

export interface RemoteOptions extends DefinitionOptions {
  /** Retrying for this function's calls (default: the Wormhole's). */
  retry?: RetryOptions | false;
  /**
   * The function only reads: its calls go to a healthy replica (round-robin) when the Wormhole has
   * replicas, else to the primary. On a replica a write fails with 25006 (read-only transaction).
   */
  readOnly?: boolean;
  /** Default per-call timeout (ms) for this function: the SDK cancels the call on the server when it passes. */
  timeout?: number;
}

/** One server: a connection string, pg Pool settings, a pg.Pool, a pg.Client, or { pool }. */
export type ServerTarget = string | PoolConfig | Pool | { pool: Pool } | ClientLike;

/** A primary and its streaming replicas (each one a server target of its own). */
export interface ClusterTarget {
  primary: ServerTarget;
  replicas?: ServerTarget[];
}

/** What connect() accepts: one server, or a primary with replicas. */
export type ConnectTarget = ServerTarget | ClusterTarget;

export class Wormhole {
  private readonly engine: CallEngine;
  private readonly retry: ResolvedRetry;
  private readonly guard: TransactionGuard = new AsyncLocalStorage();
  private readonly router?: ReplicaRouter;
  /** The `db` API over this Wormhole's connections, with the same value mapping as inside PostgreSQL. */
  readonly db: Db;
  private closed = false;
  /** The server's engine as connect() found it (builtins it lacks are refused at remote()). */
  serverEngine: EngineLevel;
  private readonly observer: Observer;
  private readonly usage: UsageReporter;
  /** Every path where a function ran notes it here (call engine, streams): usage-report.ts. */
  private readonly noteUse = (hash: string, onReplica?: boolean): void => this.usage.note(hash, onReplica);

  constructor(
    private readonly executor: Executor,
    private readonly options: WormholeOptions = {},
    replicas: Executor[] = [],
  ) {
    this.retry = resolveRetry(options.retry);
    this.serverEngine = options.serverEngine ?? ASSUMED_ENGINE;
    this.observer = new Observer(options);
    if (options.policy) checkPolicy(options.policy);
    const statementTimeout = checkStatementTimeout(options.statementTimeout);
    this.usage = new UsageReporter(
      {
        knownKind: () => this.engine.server.known(),
        askKind: () => executor.query((q) => this.engine.server.of(q)),
        send: async (sql) => {
          await executor.query((q) => q.query({ text: sql }));
        },
      },
      // A client you manage may be inside your transaction between our turns: never report there.
      executor.pooled ? checkUsageReportMs(options.usageReportMs) : 0,
    );
    this.engine = new CallEngine({
      preparedStatements: options.preparedStatements === true,
      statementTimeout,
      reportWrites: !!options.readYourWrites && replicas.length > 0,
      deployed: options.deployed === true,
      used: this.noteUse,
      // Calls in wh.transaction reach the engine without an observation of their own.
      observe: this.observer.active
        ? (def, q) => {
            const observation = this.observer.start(def.name, def.hash);
            observation.listen(q);
            return observation;
          }
        : undefined,
    });
    if (replicas.length > 0) this.router = new ReplicaRouter(replicas, executor, this.engine, options);
    const onDb = (run: (db: Db) => Promise<any>) => {
      refuseInsideTransaction(this.guard, 'wh.db', 'Use tx.query / tx.queryOne / tx.queryValue inside the transaction.');
      return executor.query((q) => run(createLocalDb(q, { server: this.engine.server })));
    };
    this.db = {
      query: (text, values) => onDb((db) => db.query(text, values)),
      queryOne: (text, values) => onDb((db) => db.queryOne(text, values)),
      queryValue: (text, values) => onDb((db) => db.queryValue(text, values)),
    } as Db;
  }

  /**
   * Wraps `fn` so calling it runs it inside PostgreSQL. Checks the function now (the same
   * validator the server runs) and throws a ValidationError listing every problem.
   */
  remote<F extends RemotableFunction>(fn: F & NeedsDbParameter<F>, options: RemoteOptions = {}): RemoteFunction<F> {
    this.assertOpen();
    const policy = options.policy ? { ...this.options.policy, ...options.policy } : this.options.policy;
    const def = new FunctionDefinition(fn, { ...options, policy, caller: this.remote, engine: this.serverEngine });
    const retry = options.retry === undefined ? this.retry : resolveRetry(this.options.retry, options.retry);
    if (options.timeout !== undefined) checkCallOptions({ timeout: options.timeout });
    return createRemoteFunction<F>(
      {
        engine: this.engine,
        executor: this.executor,
        retry,
        guard: this.guard,
        router: this.router,
        readOnly: options.readOnly === true,
        timeout: options.timeout,
        observer: this.observer,
        used: this.noteUse,
      },
      def,
    );
  }

  /**
   * Several remote calls in one round trip: `wh.batch((call) => [call(f, 1), call(g, 2)])`. Each call
   * keeps its own result or error; the batch is one transaction with a savepoint per call (batch.ts).
   */
  async batch<R>(build: (call: BatchCall) => R): Promise<Awaited<R>> {
    this.assertOpen();
    return runBatch({ engine: this.engine, executor: this.executor, guard: this.guard, retry: this.retry }, build);
  }

  /** Runs `work` in one transaction, retried on serialization failures and deadlocks. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    // async: a refusal below rejects the returned promise like any other failure, never throws synchronously.
    this.assertOpen();
    refuseInsideTransaction(this.guard, 'wh.transaction()', 'Nest with tx.transaction(async (inner) => …), which uses a savepoint.');
    const retry = options.retry === undefined ? this.retry : resolveRetry(this.options.retry, options.retry);
    const router = this.router;
    return runTransaction(
      {
        executor: this.executor,
        engine: this.engine,
        guard: this.guard,
        statementTimeout: checkStatementTimeout(this.options.statementTimeout),
        afterCommit: router?.readYourWrites ? (client) => router.recordCommit(client) : undefined,
      },
      work,
      options,
      retry,
    );
  }

  /**
   * Installs functions on the server without running them (a deploy step, or warming a new
   * database), so later calls never send source. Accepts what remote() returned, or a plain
   * function (checked like remote() would). Answers each function's hash and name.
   */
  async install(...fns: Array<RemoteFunction<any> | RemotableFunction>): Promise<InstallResult[]> {
    this.assertOpen();
    const defs = fns.map(
      (fn) =>
        (fn as { [DEFINITION]?: FunctionDefinition })[DEFINITION] ??
        new FunctionDefinition(fn, { caller: this.install, policy: this.options.policy, engine: this.serverEngine }),
    );
    return this.executor.query((q) => installFunction(q, this.engine, defs));
  }

  /** The functions installed on the server (the catalog wormhole.functions), with their live call statistics. */
  functions(): Promise<FunctionEntry[]> {
    this.assertOpen();
    return this.executor.query((q) => listFunctions(q));
  }

  /**
   * Calls a function: a remote function (typed like calling it), or by hash a function the server
   * already has (e.g. installed by `wormhole deploy`); then the result type is yours to give, and
   * UnknownFunctionError says the server does not know the hash.
   */
  call<F extends RemotableFunction>(fn: RemoteFunction<F>, ...args: RemoteArgs<F>): Promise<RemoteResult<F>>;
  call<Result = unknown>(hash: string, ...args: unknown[]): Promise<Result>;
  async call(target: string | RemoteFunction<any>, ...args: unknown[]): Promise<unknown> {
    this.assertOpen();
    if (typeof target === 'function') return (target as (...a: unknown[]) => Promise<unknown>)(...args);
    const hash = target;
    if (!FUNCTION_HASH.test(hash)) {
      throw new WormholeError(`wh.call expects a SHA-256 hash (64 lower-case hex characters), got ${JSON.stringify(hash)}.`);
    }
    refuseInsideTransaction(this.guard, 'wh.call()', 'Call the function through tx.run(fn, …) inside the transaction.');
    const argsText = encodeArgs(args, `function ${hash.slice(0, 12)}…`);
    try {
      return await this.executor.query((q) => this.engine.callByHash(q, hash, argsText, { autocommit: true }));
    } catch (error) {
      if (error instanceof WormholeError) throw error;
      throw mapCallError(error, { name: `function ${hash.slice(0, 12)}…`, source: '' });
    }
  }

  /** How many calls, round trips, installs and re-teachings this Wormhole made so far, and usage reports sent. */
  get stats(): Readonly<CallStats & UsageReportStats> {
    return { ...this.engine.stats, ...this.usage.stats };
  }

  /**
   * Sends the usage report now instead of at the next interval (usageReportMs): e.g.
   * before `wormhole prune` in a script. Never rejects: a failure counts in stats.usageReportFailures.
   */
  reportUsage(): Promise<void> {
    this.assertOpen();
    return this.usage.flush();
  }

  /** Sends the last usage report (waiting 2 s at most), then ends the pool the SDK created (a pool or client you passed in stays open). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.usage.close();
    await Promise.all([this.executor.end(), ...(this.router?.executors ?? []).map((e) => e.end())]);
  }

  /**
   * connect()'s check that the extension is installed, which reads the server's engine in the same
   * round trip: its feature level (unless the app set serverEngine) and the kind local mode maps
   * values for. @internal (connect() calls it)
   */
  async checkServer(): Promise<void> {
    const plv8Version = await this.executor.query((q) => checkExtension(createLocalDb(q)));
    if (!this.options.serverEngine) this.serverEngine = engineFromPlv8Version(plv8Version);
    this.engine.server.learn(plv8Version);
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

/** Connects and checks that the wormhole extension is installed in the database. */
export async function connect(target?: ConnectTarget, options: WormholeOptions = {}): Promise<Wormhole> {
  let primary: ServerTarget | undefined = target as ServerTarget | undefined;
  let replicas: Executor[] = [];
  if (isClusterTarget(target)) {
    if (!Array.isArray(target.replicas ?? [])) {
      throw new WormholeError(
        'connect({ primary, replicas }): replicas must be an array of connection strings, pg Pool settings, pg.Pools or pg.Clients.',
      );
    }
    primary = target.primary;
    replicas = (target.replicas ?? []).map((r, i) => toExecutor(r, `replica ${i + 1}`));
  }
  // Replicas are not checked here: one that is down must not stop the app; its calls go elsewhere.
  const executor = toExecutor(primary ?? process.env.DATABASE_URL, 'the primary');
  const wh = new Wormhole(executor, options, replicas);
  if (!options.skipExtensionCheck) {
    try {
      await wh.checkServer();
    } catch (error) {
      await wh.close();
      throw error;
    }
  }
  return wh;
}

function checkUsageReportMs(ms: number | undefined): number {
  if (ms === undefined) return DEFAULT_USAGE_REPORT_MS;
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > 2_147_483_647) {
    throw new WormholeError(`usageReportMs must be a whole number of ms from 0 (never report) to 2147483647, got ${String(ms)}.`);
  }
  return ms;
}

function isClusterTarget(target: unknown): target is ClusterTarget {
  return !!target && typeof target === 'object' && 'primary' in target;
}

/** `role` names the server in messages ("the primary", "replica 2"). */
function toExecutor(target: ServerTarget | undefined, role: string): Executor {
  if (target === undefined || target === null || target === '') {
    throw new WormholeError(
      `connect() needs a database${role === 'the primary' ? '' : ` for ${role}`}: a connection string, pg Pool settings, ` +
        'a pg.Pool or a pg.Client (or set DATABASE_URL).',
    );
  }
  // No statement_timeout here: a startup parameter is refused by transaction poolers; see statementTimeout.
  if (typeof target === 'string') return Executor.ownPool({ connectionString: target });
  if (typeof target !== 'object')
    throw new WormholeError(`connect() does not understand a ${typeof target}; pass a connection string, a pg.Pool or a pg.Client.`);
  if ('pool' in target && isPool((target as { pool: unknown }).pool)) return Executor.pool((target as { pool: PoolLike }).pool);
  if (isPool(target)) return Executor.pool(target as unknown as PoolLike);
  if (typeof (target as ClientLike).query === 'function') return Executor.client(target as ClientLike);
  return Executor.ownPool({ ...(target as PoolConfig) });
}

function isPool(value: unknown): boolean {
  const v = value as Partial<PoolLike> | null;
  return !!v && typeof v.query === 'function' && typeof v.connect === 'function' && typeof v.totalCount === 'number';
}

async function checkExtension(db: Db): Promise<string | null> {
  // One round trip: the extension, and the engine's version for the feature level (engine-level.ts).
  const { rows } = await db.query<{ extversion: string; plv8_version: string | null }>(
    `SELECT extversion, (${ENGINE_QUERY}) AS plv8_version FROM pg_extension WHERE extname = 'wormhole'`,
  );
  if (rows.length === 0) {
    throw new WormholeError(
      'The wormhole extension is not installed in this database. ' +
        'Run CREATE EXTENSION wormhole CASCADE as a superuser, then GRANT wormhole_user TO <your app role>.',
    );
  }
  return rows[0].plv8_version;
}
