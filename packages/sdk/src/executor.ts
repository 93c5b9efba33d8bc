/**
 * Where queries go: a pg.Pool (each call borrows a connection), or a single pg.Client / pool client
 * (calls and transactions take turns, so a transaction never sees another call's statements).
 * `end()` closes only what the SDK created itself.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { Pool, PoolConfig } from 'pg';
import { ConnectionLostError, WormholeError } from './errors';
import { isConnectionError } from './error-mapping';
import type { Queryable } from './local-db';

export interface PoolLike extends Queryable {
  connect(): Promise<ClientLike>;
  end(): Promise<void>;
  totalCount: number;
  on(event: 'error', listener: (error: Error) => void): unknown;
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
  private turn: Promise<void> = Promise.resolve();
  /** Set while a unit of work holds the single client, to catch calls that would wait for it forever. */
  private readonly holding = new AsyncLocalStorage<true>();

  private constructor(private readonly pool: PoolLike | undefined, private readonly client: ClientLike | undefined, private readonly owned: boolean) {}

  static ownPool(config: PoolConfig): Executor {
    const pool = new Pool(config) as unknown as PoolLike;
    // An idle connection that dies (server restart, pg_terminate_backend) must not crash the process;
    // the pool discards it and the next call opens a new one.
    pool.on('error', () => undefined);
    return new Executor(pool, undefined, true);
  }

  static pool(pool: PoolLike): Executor {
    return new Executor(pool, undefined, false);
  }

  static client(client: ClientLike): Executor {
    return new Executor(undefined, client, false);
  }

  /**
   * Runs one statement outside any transaction of ours. (Not pool.query: that discards the
   * connection after any failed statement, so every error in a remote function would cost a new
   * backend, and a cold one.)
   */
  async query<R>(run: (q: Queryable) => Promise<R>): Promise<R> {
    return this.withLease((lease) => run(lease.client));
  }

  /** Runs `work` with a connection of its own (a transaction, a local run), then gives it back. */
  async withLease<T>(work: (lease: Lease) => Promise<T>): Promise<T> {
    const lease = await this.acquire();
    let broken: unknown;
    try {
      const lent: Lease = { client: lease.client, release: (b) => (broken = b) };
      // Only a single shared client can be waited for by the work holding it; a pool needs no guard.
      return await (this.client ? this.holding.run(true, () => work(lent)) : work(lent));
    } catch (error) {
      // A connection that failed under us must not go back to the pool; any other error leaves it healthy.
      if (error instanceof ConnectionLostError || isConnectionError(error)) broken ??= error;
      throw error;
    } finally {
      lease.release(broken);
    }
  }

  /** A connection for a unit of work; with a single client, waits for its turn. */
  private async acquire(): Promise<Lease> {
    if (this.client && this.holding.getStore()) {
      // The single client is held by the transaction we are inside of: waiting would never end.
      throw new WormholeError('This call was made inside wh.transaction() on a Wormhole that has a single pg.Client, ' +
        'so it would wait for the transaction to finish. Run it in the transaction: tx.run(fn, ...args) or fn.with(tx)(...args).');
    }
    if (this.pool) {
      const client = await this.pool.connect();
      // A borrowed connection that dies while idle (e.g. inside a transaction callback awaiting
      // something else) emits 'error'; without a listener that would crash the process. Note it,
      // and discard the connection on release; the next statement on it fails on its own.
      let lost: Error | undefined;
      const onError = (error: Error) => (lost = error);
      client.on?.('error', onError);
      return {
        client,
        release: (broken) => {
          client.off?.('error', onError);
          const reason = broken ?? lost;
          client.release?.(reason ? (reason instanceof Error ? reason : true) : undefined);
        },
      };
    }
    let done!: () => void;
    const previous = this.turn;
    this.turn = new Promise<void>((resolve) => (done = resolve));
    await previous;
    return { client: this.client!, release: () => done() };
  }

  async end(): Promise<void> {
    if (this.owned && this.pool) await this.pool.end();
  }
}
