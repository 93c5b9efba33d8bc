/**
 * Where queries go: a pg.Pool (each call borrows a connection), or a single pg.Client / pool client
 * (calls and transactions take turns, so a transaction never sees another call's statements).
 * `end()` closes only what the SDK created itself.
 */
import { Pool, PoolConfig } from 'pg';
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
}

/** A connection lent for one unit of work; `release(broken)` returns (or discards) it. */
export interface Lease {
  client: ClientLike;
  release(broken?: unknown): void;
}

export class Executor {
  private turn: Promise<void> = Promise.resolve();

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

  /** Runs one statement outside any transaction of ours. */
  async query<R>(run: (q: Queryable) => Promise<R>): Promise<R> {
    if (this.pool) return run(this.pool);
    const lease = await this.acquire();
    try {
      return await run(lease.client);
    } finally {
      lease.release();
    }
  }

  /** A connection for a transaction; with a single client, waits for its turn. */
  async acquire(): Promise<Lease> {
    if (this.pool) {
      const client = await this.pool.connect();
      return {
        client,
        release: (broken) => client.release?.(broken ? (broken instanceof Error ? broken : true) : undefined),
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
