/**
 * The part both ways of reading a stream share (stream.ts: a wormhole.stream portal;
 * pulled-stream.ts: stream_open/stream_next on upstream PL/v8), in a module of its own so that
 * neither imports the other's class.
 */
import { setLocalTimeout } from './call-statement';
import type { BatchStatement, PgConnection } from './stream';

/** How the stream's statements end: rows delivered, closed, failed. */
type Settle = { resolve: () => void; reject: (error: unknown) => void };

/**
 * What both ways of reading a stream share: the statements of one transaction on one connection,
 * with no Sync until the stream ends (then exactly one), node-postgres's end-of-statement
 * callbacks, and `done`, which settles once the server is ready again.
 */
export abstract class OneTransactionStatement implements BatchStatement {
  protected connection: PgConnection | null = null;
  /** Batches asked for and not yet answered. */
  protected inFlight = 0;
  protected ended = false;
  protected closing = false;
  private synced = false;
  private failure: unknown = null;
  private settle: Settle | null = null;
  readonly done: Promise<void>;

  constructor(
    protected readonly values: Array<string | null>,
    protected readonly timeoutMs: number | undefined,
    protected readonly onBatch: (text: string | null) => void,
    protected readonly onEnd: () => void,
  ) {
    this.done = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    // Rejections are read by the iterator; an unread one must not crash the process.
    this.done.catch(() => undefined);
  }

  abstract submit(connection: PgConnection): void;
  abstract pump(n: number): void;
  abstract close(): void;

  get outstanding(): number {
    return this.inFlight;
  }

  /** SET LOCAL statement_timeout in the stream's transaction (no Sync in between), so it holds for its statements and no longer. */
  protected sendTimeout(connection: PgConnection): boolean {
    if (this.timeoutMs === undefined) return false;
    connection.parse({ text: setLocalTimeout(this.timeoutMs), types: [] });
    connection.bind({ values: [] });
    connection.execute({ rows: 0 });
    return true;
  }

  protected sync(): void {
    if (this.synced || this.connection === null) return;
    this.synced = true;
    this.connection.sync();
  }

  handleEmptyQuery(): void {
    this.sync();
  }

  handleError(error: unknown): void {
    this.ended = true;
    this.failure ??= error;
    // The server skips everything up to the Sync; node-postgres drops the active query at an error
    // and sends the next one after the ReadyForQuery the Sync brings, so this stream ends here.
    if (typeof (error as { severity?: unknown })?.severity === 'string') this.sync();
    this.handleReadyForQuery();
  }

  handleReadyForQuery(): void {
    if (this.failure !== null) this.settle?.reject(this.failure);
    else this.settle?.resolve();
    this.settle = null;
  }
}
