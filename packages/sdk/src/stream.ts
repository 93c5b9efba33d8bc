/**
 * Streams: a remote async generator (`wh.remote(async function* (db, …) { … yield v … })`) read as
 * an async iterator, `for await (const v of fn(…))` (docs/protocol.md, "Streams").
 *
 * The call is `SELECT wormhole.stream(hash, args[, source, name])`, sent with the extended protocol
 * through the unnamed portal and read one row (one batch of values) per Execute. Up to
 * PREFETCH_BATCHES Executes are outstanding, so the server produces the next batch while the client
 * decodes and consumes this one, and never runs more than that many batches ahead of the consumer
 * (on plv8-compat the generator stays suspended between batches). No Sync is sent until the end,
 * so the whole stream is one transaction. A consumer that stops early (`break`, `return`, a throw
 * in the loop) closes the portal: the server calls the generator's return(), its finally blocks
 * run, and what it wrote so far commits with the Sync. An error (the function's, a timeout) ends
 * the stream: it rolls back, and the iterator throws it, mapped like a call's error.
 *
 * Upstream PL/v8 cannot keep the generator suspended between the rows of wormhole.stream, so there
 * (the engine as connect() read it, server-kind.ts) the same stream is read with one statement per
 * batch instead (pulled-stream.ts), with the same transaction, demand and early stop.
 */
import type { EngineKind } from '@wormhole/protocol';
import type { CallerStack } from './call-site';
import type { FunctionDefinition } from './definition';
import { mapCallError } from './error-mapping';
import { ProtocolError, WormholeError } from './errors';
import type { ClientLike, Executor, Lease } from './executor';
import { PulledStreamStatement } from './pulled-stream';
import { OneTransactionStatement } from './stream-statement';
import { decodeValue } from './wire-codec';

/** Batches requested ahead of the consumer: one being produced while the previous one is consumed. */
export const PREFETCH_BATCHES = 2;

const STREAM_TEXT = 'SELECT wormhole.stream($1, $2) AS batch';
const STREAM_INSTALL_TEXT = 'SELECT wormhole.stream($1, $2, $3, $4) AS batch';

/** The part of node-postgres's Connection a stream writes to (pg/lib/connection.js). */
export interface PgConnection {
  /** The socket: corked around a group of messages so they leave in one write (sender CPU per batch). */
  stream?: { cork?(): void; uncork?(): void };
  parse(q: { text: string; name?: string; types?: unknown[] }): void;
  bind(q: { portal?: string; statement?: string; values?: unknown[] }): void;
  execute(q: { portal?: string; rows?: number }): void;
  close(q: { type: 'P' | 'S'; name?: string }): void;
  flush(): void;
  sync(): void;
}

/** What node-postgres hands a submitted query (its Submittable protocol, as pg-cursor uses it). */
export interface Submittable {
  submit(connection: PgConnection): void;
}

/**
 * A stream's statements on one connection, driven by demand: `pump(n)` asks for n more batches,
 * `close()` ends the stream early; `done` settles when the server is ready for the next statement.
 * StreamStatement reads wormhole.stream through a portal; PulledStreamStatement (pulled-stream.ts)
 * asks wormhole.stream_next for each batch, on upstream PL/v8.
 */
export interface BatchStatement extends Submittable {
  readonly done: Promise<void>;
  readonly outstanding: number;
  pump(n: number): void;
  close(): void;
}

/**
 * One `wormhole.stream` statement on one connection, driven by demand: `want()` asks for one more
 * batch, `close()` ends it early. Batches arrive through `onBatch`; `done` settles when the server
 * is ready for the next statement (after the Sync).
 */
class StreamStatement extends OneTransactionStatement {
  /** Results before the stream's own (the SET LOCAL statement_timeout). */
  private preamble = 0;

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.stream?.cork?.();
    if (this.sendTimeout(connection)) this.preamble = 1;
    const text = this.values.length === 2 ? STREAM_TEXT : STREAM_INSTALL_TEXT;
    connection.parse({ text, types: [] });
    connection.bind({ values: this.values });
    this.inFlight = 0;
    this.pump(1);
    connection.stream?.uncork?.();
  }

  /** Asks for `n` more batches (Execute with a one-row limit each), in one write. */
  pump(n: number): void {
    const connection = this.connection;
    if (connection === null || this.ended || this.closing) return;
    connection.stream?.cork?.();
    for (let i = 0; i < n; i++) {
      connection.execute({ rows: 1 });
      this.inFlight++;
    }
    connection.flush();
    connection.stream?.uncork?.();
  }

  /** The consumer stopped: close the portal (the server closes the generator), then Sync. */
  close(): void {
    if (this.ended || this.closing || this.connection === null) return;
    this.closing = true;
    this.connection.stream?.cork?.();
    this.connection.close({ type: 'P', name: '' });
    this.sync();
    this.connection.stream?.uncork?.();
  }

  // node-postgres's callbacks for the active query.
  handleRowDescription(): void {}

  handleDataRow(msg: { fields: Array<string | null> }): void {
    if (this.preamble > 0) return;
    if (this.closing) return; // batches already on their way when the consumer stopped
    this.onBatch(msg.fields[0]);
  }

  handlePortalSuspended(): void {
    this.inFlight--;
  }

  handleCommandComplete(): void {
    if (this.preamble > 0) {
      this.preamble--;
      return;
    }
    // The set ended (or, closing, the outstanding Executes found it ended).
    this.inFlight = 0;
    if (!this.ended) {
      this.ended = true;
      if (!this.closing) this.onEnd();
    }
    this.sync();
  }
}

/** Where and how one stream runs. */
export interface StreamContext {
  executor: Executor;
  /** Whether the server accepted this function from us already (then the first statement carries only the hash). */
  knows(hash: string): boolean;
  learned(hash: string): void;
  forgot(hash: string): void;
  /** statement_timeout (ms) for the stream's statements. */
  timeoutMs?: number;
  /**
   * Which PL/v8 the server runs (asked on `client` when connect() did not learn it): on upstream a
   * stream is read a batch per statement (pulled-stream.ts), elsewhere through wormhole.stream's portal.
   */
  serverKind(client: ClientLike): Promise<EngineKind>;
}

/** A connection held for a stream's whole life: a lease whose work ends when `release()` is called. */
export async function holdLease(executor: Executor): Promise<{ lease: Lease; release: () => void; released: Promise<void> }> {
  let lease: Lease | undefined;
  let release: () => void = () => undefined;
  let released: Promise<void> = Promise.resolve();
  await new Promise<void>((leased, failed) => {
    released = executor.withLease(
      (l) =>
        new Promise<void>((resolve) => {
          lease = l;
          release = resolve;
          leased();
        }),
    );
    released.catch(failed);
  });
  return { lease: lease!, release, released };
}

/** A node-postgres client, which takes a Submittable (adapters of other drivers do not). */
export function hasPgConnection(client: ClientLike): boolean {
  return typeof (client as { connection?: unknown }).connection === 'object';
}

/**
 * `fn(…args)` of a stream: an async iterator over the values the function yields. Nothing is sent
 * until the first `next()`; the connection is held until the stream ends or is closed.
 */
export function openStream(ctx: StreamContext, def: FunctionDefinition, argsText: string, callStack: CallerStack): AsyncIterableIterator<unknown> {
  /** Values decoded and not yet handed out, from `batch` (consumed from index `at`). */
  let batch: unknown[] = [];
  let at = 0;
  /** Batch texts received and not yet decoded. */
  const texts: Array<string | null> = [];
  let finished = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let statement: BatchStatement | null = null;
  /** Upstream PL/v8: read with stream_open / stream_next (decided once the connection is held). */
  let pulled = false;
  let lease: Lease | null = null;
  let released: Promise<void> | null = null;
  let releaseLease: (() => void) | null = null;
  let started: Promise<void> | null = null;

  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  function start(withSource: boolean): void {
    const values = withSource ? [def.hash, argsText, def.source, def.name] : [def.hash, argsText];
    statement = new (pulled ? PulledStreamStatement : StreamStatement)(
      values,
      ctx.timeoutMs,
      (text) => {
        texts.push(text);
        notify();
      },
      () => {
        finished = true;
        notify();
      },
    );
    const current = statement;
    current.done.then(
      () => {
        if (statement !== current) return;
        finished = true;
        notify();
      },
      (error: unknown) => {
        if (statement !== current) return;
        failure ??= mapCallError(error, def, callStack);
        finished = true;
        notify();
      },
    );
    (lease!.client as unknown as { query(s: Submittable): unknown }).query(current);
  }

  async function begin(): Promise<void> {
    const held = await holdLease(ctx.executor);
    lease = held.lease;
    releaseLease = held.release;
    released = held.released;
    if (!hasPgConnection(lease!.client)) {
      finish();
      throw new WormholeError(`${def.name} is a stream (an async generator); streams need a node-postgres connection (pg.Pool or pg.Client).`);
    }
    try {
      pulled = (await ctx.serverKind(lease!.client)) === 'upstream';
    } catch (error) {
      finish();
      throw error;
    }
    start(!ctx.knows(def.hash));
  }

  function finish(): void {
    releaseLease?.();
    releaseLease = null;
  }

  /** Keeps PREFETCH_BATCHES batches requested beyond what is buffered. */
  function demand(): void {
    if (statement === null || finished) return;
    const ahead = statement.outstanding + texts.length;
    if (ahead < PREFETCH_BATCHES) statement.pump(PREFETCH_BATCHES - ahead);
  }

  // The common case, a value of the current batch, costs one resolved promise (for-await's own).
  function next(): Promise<IteratorResult<unknown>> {
    if (at < batch.length) {
      const value = batch[at];
      batch[at++] = undefined; // let the consumed value go
      return Promise.resolve({ done: false, value });
    }
    return nextBatch();
  }

  async function nextBatch(): Promise<IteratorResult<unknown>> {
    started ??= begin();
    await started;
    for (;;) {
      if (at < batch.length) {
        const value = batch[at];
        batch[at++] = undefined; // let the consumed value go
        return { done: false, value };
      }
      if (texts.length > 0) {
        const text = texts.shift()!;
        if (text === null) {
          // The server does not know the function (nothing ran): this statement ends; again, with the source.
          await statement!.done.catch(() => undefined);
          ctx.forgot(def.hash);
          if (failure !== null) break;
          texts.length = 0;
          finished = false;
          start(true);
          continue;
        }
        demand();
        ctx.learned(def.hash);
        const decoded = decodeValue(text);
        if (!Array.isArray(decoded))
          throw new ProtocolError('A stream batch is not an array; are the SDK and the wormhole extension the same version?');
        batch = decoded;
        at = 0;
        continue;
      }
      if (finished) break;
      demand();
      await new Promise<void>((resolve) => (wake = resolve));
    }
    // Ended: wait for the server to be ready again, give the connection back, report a failure.
    await statement?.done.catch(() => undefined);
    return ended();
  }

  // The stream is over (read to the end, stopped, or failed): give the connection back, then report
  // a failure once.
  async function ended(): Promise<IteratorResult<unknown>> {
    finish();
    if (released) await released.catch(() => undefined);
    if (failure !== null) {
      const error = failure;
      failure = null;
      throw error;
    }
    return { done: true, value: undefined };
  }

  async function close(): Promise<IteratorResult<unknown>> {
    if (started === null) return { done: true, value: undefined };
    await started.catch(() => undefined);
    if (!finished) statement?.close();
    batch = [];
    texts.length = 0;
    await statement?.done.catch(() => undefined);
    finished = true;
    return ended();
  }

  const iterator: AsyncIterableIterator<unknown> = {
    next,
    return: close,
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
