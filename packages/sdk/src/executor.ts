/**
 * Where queries go: a pg.Pool (each call borrows a connection), or a single pg.Client / pool client
 * (calls and transactions take turns, so a transaction never sees another call's statements).
 * `end()` closes only what the SDK created itself.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { Pool, PoolConfig } from 'pg';
import { closedError, ConnectionFailedError, ConnectionLostError, WormholeError } from './errors';
import { isConnectionError } from './error-mapping';
import { Deadline, raceDeadline } from './deadline';
import type { Queryable } from './local-db';

export interface PoolLike extends Queryable {
  connect(): Promise<ClientLike>;
  end(): Promise<void>;
  totalCount: number;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'connect', listener: (client: ClientLike) => void): unknown;
}

export interface ClientLike extends Queryable {
  release?: (destroy?: boolean | Error) => void;
  end?: () => Promise<void>;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}

/** A connection lent for one unit of work; `release(broken)` marks it to be discarded (pass the error). */
export interface Lease {
  client: ClientLike;
  release(broken?: unknown): void;
}

export class Executor {
  /** The single client is lent to someone; `waiting` are the next turns, in order. */
  private taken = false;
  private readonly waiting: Array<() => void> = [];
  private ended = false;
  /** Set while a unit of work holds the single client, to catch calls that would wait for it forever. */
  private readonly holding = new AsyncLocalStorage<true>();

  private constructor(
    private readonly pool: PoolLike | undefined,
    private readonly client: ClientLike | undefined,
    private readonly owned: boolean,
    label: string,
  ) {
    this.label = label;
    // Every connection the pool opens from now on carries the loss listener from its first moment
    // (watchForLoss), on a pool of yours too: pg-pool hands a new client over from inside the
    // socket's data handler, and a FATAL read in the same chunk as the server's ReadyForQuery (a
    // backend terminated as it started) is emitted before the SDK's await resumes to listen.
    pool?.on('connect', watchForLoss);
  }

  /** `label` names the server in messages (e.g. "replica 127.0.0.1:5433"). */
  readonly label: string;

  /**
   * Each unit of work gets a connection of its own from a pool (own or yours). Not so for a single
   * client you manage, which may be inside a transaction of yours between the SDK's turns.
   */
  get pooled(): boolean {
    return this.pool !== undefined;
  }

  static ownPool(config: PoolConfig, label?: string): Executor {
    // Without a limit, a call waiting for a free connection of an exhausted pool would wait forever.
    const pool = new Pool({ connectionTimeoutMillis: DEFAULT_CONNECTION_TIMEOUT_MS, ...config }) as unknown as PoolLike;
    // An idle connection that dies (server restart, pg_terminate_backend) must not crash the process;
    // the pool discards it and the next call opens a new one.
    pool.on('error', () => undefined);
    return new Executor(pool, undefined, true, label ?? describeServer(config));
  }

  static pool(pool: PoolLike, label?: string): Executor {
    return new Executor(pool, undefined, false, label ?? describeServer((pool as { options?: PoolConfig }).options ?? {}));
  }

  static client(client: ClientLike, label?: string): Executor {
    return new Executor(undefined, client, false, label ?? describeServer(client as PoolConfig));
  }

  /**
   * Runs one statement outside any transaction of ours. (Not pool.query: that discards the
   * connection after any failed statement, so every error in a remote function would cost a new
   * backend, and a cold one.) `arg` is handed to `run` as is, so a caller on the hot path can pass
   * its per-call values without creating a closure per call.
   */
  query<R, A = undefined>(run: (q: Queryable, lease: Lease, arg: A) => Promise<R>, deadline?: Deadline, arg?: A): Promise<R> {
    // No user code runs while the connection is held here, so nothing can wait for it from inside:
    // no AsyncLocalStorage scope, whose first use would turn on async hooks for every promise of
    // the process (a measurable cost on each call of the SDK and of pg itself).
    return this.lend(run, deadline, arg as A, false);
  }

  /** Runs `work` with a connection of its own (a transaction, a local run), then gives it back. */
  withLease<T>(work: (lease: Lease) => Promise<T>, deadline?: Deadline): Promise<T> {
    return this.lend(leaseOnly, deadline, work, true);
  }

  private async lend<R, A>(
    run: (q: Queryable, lease: Lease, arg: A) => Promise<R>,
    deadline: Deadline | undefined,
    arg: A,
    hold: boolean,
  ): Promise<R> {
    const acquired = await this.acquire(deadline);
    const lent = new LentConnection(acquired.client);
    try {
      // Only a single shared client can be waited for by the work holding it; a pool needs no guard.
      return await (hold && this.client ? this.holding.run(true, () => run(lent.client, lent, arg)) : run(lent.client, lent, arg));
    } catch (error) {
      // A connection that failed under us must not go back to the pool; any other error leaves it healthy.
      if (error instanceof ConnectionLostError || isConnectionError(error)) lent.broken ??= error;
      throw error;
    } finally {
      acquired.release(lent.broken);
    }
  }

  /** A connection for a unit of work; with a single client, waits for its turn. */
  private async acquire(deadline?: Deadline): Promise<Lease> {
    // After wh.close(), also for a pool or client the user owns (which close() leaves open).
    if (this.ended) throw closedError();
    if (this.client && this.holding.getStore()) {
      // The single client is held by the transaction we are inside of: waiting would never end.
      throw new WormholeError(
        'This call was made inside wh.transaction() on a Wormhole that has a single pg.Client, ' +
          'so it would wait for the transaction to finish. Run it in the transaction: tx.run(fn, ...args) or fn.with(tx)(...args).',
      );
    }
    if (this.pool) {
      const pool = this.pool;
      const checkout = pool.connect().catch((error: unknown) => {
        // pool.connect fails before anything is sent: say so, as the SDK's own error.
        throw new ConnectionFailedError(
          `Could not get a connection to ${this.label}: ${(error as Error)?.message ?? error}. ` +
            'Nothing was sent, so the call can be retried. ' +
            (/timeout/i.test(String((error as Error)?.message))
              ? `Every connection of the pool (max ${(pool as { options?: { max?: number } }).options?.max ?? '?'}) stayed busy: ` +
                'raise max, or find what holds connections (a call awaited inside wh.transaction?).'
              : 'Is the server up and the address right?'),
          { code: (error as { code?: string })?.code, cause: error },
        );
      });
      const client = await raceDeadline(checkout, deadline, releaseLate);
      // A borrowed connection that dies while idle (e.g. inside a transaction callback awaiting
      // something else) emits 'error'; without a listener that would crash the process. Note it,
      // and discard the connection on release; the next statement on it fails on its own. A
      // connection the pool opened before the SDK saw it has no listener yet: one for this lease.
      const watched = (client as ClientWithLoss)[WATCHED] === true;
      if (!watched) client.on?.('error', noteLoss);
      return new PooledLease(client, !watched);
    }
    // The single client's turns, first come first served. When it is free the turn is taken at
    // once, without a promise to wait for.
    if (this.taken) {
      const turn = new Promise<void>((resolve) => this.waiting.push(resolve));
      // A caller that gives up waiting (timeout, signal) passes its turn on as soon as it comes.
      await raceDeadline(turn, deadline, () => this.passTurn());
    } else this.taken = true;
    return new SingleClientTurn(this.client!, this);
  }

  /** Hands the single client to the next waiter, or marks it free. */
  passTurn(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.taken = false;
  }

  async end(): Promise<void> {
    this.ended = true;
    if (this.owned && this.pool) await this.pool.end();
  }
}

/** The single client, lent for one turn; releasing it hands it to the next waiter. */
class SingleClientTurn implements Lease {
  constructor(
    readonly client: ClientLike,
    private readonly owner: { passTurn(): void },
  ) {}
  release(): void {
    this.owner.passTurn();
  }
}

/** A connection lent to one unit of work; `release(broken)` only notes that it must be discarded. */
class LentConnection implements Lease {
  broken: unknown;
  constructor(readonly client: ClientLike) {}
  release(broken?: unknown): void {
    this.broken = broken;
  }
}

function leaseOnly<T>(_q: Queryable, lease: Lease, work: (lease: Lease) => Promise<T>): Promise<T> {
  return work(lease);
}

function releaseLate(late: ClientLike): void {
  late.release?.();
}

/** Where a pooled client's 'error' is noted (one listener function for all clients). */
const LOST = Symbol('wormhole lost connection');
/** The client has noteLoss for its whole life (watchForLoss). */
const WATCHED = Symbol('wormhole watched connection');
type ClientWithLoss = ClientLike & { [LOST]?: Error; [WATCHED]?: true };

function noteLoss(this: ClientWithLoss, error: Error): void {
  this[LOST] = error;
}

/** A pool's 'connect' listener: the new client notes its loss from now on, lent or idle. */
function watchForLoss(client: ClientLike): void {
  client.on?.('error', noteLoss);
  (client as ClientWithLoss)[WATCHED] = true;
}

/** A pooled client for one unit of work; released to the pool, destroyed when broken or lost meanwhile. */
class PooledLease implements Lease {
  constructor(
    readonly client: ClientLike,
    /** noteLoss was added for this lease only (the client is not watched). */
    private readonly listening: boolean,
  ) {}
  release(broken?: unknown): void {
    const client = this.client as ClientWithLoss;
    if (this.listening) client.off?.('error', noteLoss);
    const reason = broken ?? client[LOST];
    client[LOST] = undefined;
    client.release?.(reason ? (reason instanceof Error ? reason : true) : undefined);
  }
}

/** How long a call waits for a free connection of a pool the SDK creates (pg's connectionTimeoutMillis). */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 30_000;

function describeServer(config: PoolConfig & { host?: string; port?: number }): string {
  if (config.connectionString) {
    try {
      const url = new URL(config.connectionString);
      return `${url.hostname || 'localhost'}:${url.port || 5432}`;
    } catch {
      return 'the database';
    }
  }
  return config.host ? `${config.host}:${config.port ?? 5432}` : 'the database';
}
