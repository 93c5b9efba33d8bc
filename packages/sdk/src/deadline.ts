/**
 * Per-call `timeout` and `AbortSignal`. A Deadline watches both for one call; whatever part of the
 * call is under way when it fires is stopped:
 *   - waiting for a connection: the wait is abandoned (the connection, when it comes, goes back);
 *   - running on the server: the SDK sends PostgreSQL a cancel request for that backend and waits for
 *     the server to confirm (the statement fails with 57014), so the error is only raised once the
 *     server has really stopped, and a call that is its own transaction left nothing behind.
 * A call that finishes before the cancel lands keeps its result (it did happen). Its result is only
 * handed back once the server has acted on the cancel request (it closes the request's connection
 * then), so a late cancel cannot hit the next statement on that connection: PostgreSQL drops a cancel
 * that arrives while the backend is idle. A pooled connection is discarded all the same.
 */
import { SQLSTATES } from '@wormhole/protocol';
import { connect as netConnect } from 'net';
import { CallPhase, CallTimeoutError, CancelledError, ConnectionLostError, WormholeError } from './errors';

export interface CallOptions {
  /** Milliseconds for the whole call: waiting for a connection and running on the server. */
  timeout?: number;
  /** Aborting it cancels the call (on the server when it is running there). */
  signal?: AbortSignal;
}

export type StopReason = 'timeout' | 'signal';

/** How long the server gets to confirm a cancel before the connection is given up as lost. */
const CANCEL_GRACE_MS = 5_000;

export class Deadline {
  private reason?: StopReason;
  private readonly listeners = new Set<(reason: StopReason) => void>();
  private timer?: NodeJS.Timeout;
  private readonly onAbort = () => this.stop('signal');

  private constructor(
    private readonly options: CallOptions,
    private readonly what: string,
  ) {
    if (options.signal?.aborted) this.reason = 'signal';
    else {
      options.signal?.addEventListener('abort', this.onAbort, { once: true });
      if (options.timeout !== undefined) this.timer = setTimeout(() => this.stop('timeout'), options.timeout);
    }
  }

  /** A deadline for `what` (a function name, for messages), or undefined when there is nothing to watch. */
  static start(options: CallOptions | undefined, what: string): Deadline | undefined {
    if (!options || (options.timeout === undefined && options.signal === undefined)) return undefined;
    checkCallOptions(options);
    return new Deadline(options, what);
  }

  get stopped(): StopReason | undefined {
    return this.reason;
  }

  /** Calls `listener` when the deadline fires (at once if it already has); returns the unsubscribe. */
  onStop(listener: (reason: StopReason) => void): () => void {
    if (this.reason) {
      listener(this.reason);
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the timer and the signal listener; call when the call is over. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
  }

  /** The error for a call this deadline stopped during `phase`. */
  error(phase: CallPhase, cause?: unknown, note = ''): WormholeError {
    const where = phase === 'connect' ? 'while waiting for a connection (nothing was sent)' : 'and PostgreSQL stopped it (57014)';
    const code = phase === 'run' ? SQLSTATES.queryCanceled : undefined;
    if (this.reason === 'signal') {
      return new CancelledError(`${this.what} was cancelled by its AbortSignal ${where}.${note}`, 'signal', phase, { code, cause });
    }
    return new CallTimeoutError(
      `${this.what} did not finish within its timeout of ${this.options.timeout} ms ${where}.${note} ` +
        'Raise the timeout (wh.remote(fn, { timeout }) or fn.with({ timeout })) if the work is legitimately slow.',
      this.options.timeout!,
      phase,
      { code, cause },
    );
  }

  private stop(reason: StopReason): void {
    if (this.reason) return;
    this.reason = reason;
    this.dispose();
    for (const listener of [...this.listeners]) listener(reason);
    this.listeners.clear();
  }
}

export function checkCallOptions(options: CallOptions): void {
  const { timeout, signal } = options;
  if (timeout !== undefined && !(typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0)) {
    throw new RangeError(`timeout must be a positive number of milliseconds (got ${String(timeout)})`);
  }
  if (signal !== undefined && !(signal && typeof signal.addEventListener === 'function' && typeof signal.aborted === 'boolean')) {
    throw new TypeError('signal must be an AbortSignal, e.g. AbortSignal.timeout(1000) or new AbortController().signal');
  }
}

/** Waits for `pending` (e.g. a pool checkout) unless the deadline fires first; `abandon` gets the late value. */
export function raceDeadline<T>(pending: Promise<T>, deadline: Deadline | undefined, abandon: (late: T) => void): Promise<T> {
  if (!deadline) return pending;
  return new Promise<T>((resolve, reject) => {
    let gaveUp = false;
    const off = deadline.onStop(() => {
      gaveUp = true;
      reject(deadline.error('connect'));
    });
    pending.then(
      (value) => {
        off();
        if (gaveUp) abandon(value);
        else resolve(value);
      },
      (error) => {
        off();
        reject(error);
      },
    );
  });
}

/** What a node-postgres client knows about the backend it talks to (pg.Client sets these fields). */
interface CancellableClient {
  processID?: number | null;
  secretKey?: number | null;
  host?: string;
  port?: number;
}

/**
 * Runs one statement on `client`; if the deadline fires meanwhile, asks the server to cancel it.
 * `suspect` is called when the connection must not be reused (a cancel may still arrive later).
 */
export function runCancellable<T>(client: unknown, deadline: Deadline | undefined, run: () => Promise<T>, suspect: () => void): Promise<T> {
  if (!deadline) return run();
  if (deadline.stopped) return Promise.reject(deadline.error('connect'));
  const pending = run();
  return new Promise<T>((resolve, reject) => {
    let stopped = false;
    let grace: NodeJS.Timeout | undefined;
    /** Settles when the server has acted on our cancel request (or it failed); resolved when none was sent. */
    let cancelled: Promise<void> = Promise.resolve();
    const off = deadline.onStop(() => {
      stopped = true;
      const c = client as CancellableClient;
      if (!c || typeof c.processID !== 'number' || typeof c.secretKey !== 'number' || !c.host) {
        // Not a pg.Client we can cancel for: give the connection up, the server stops when it notices.
        suspect();
        reject(
          deadline.error(
            'run',
            undefined,
            ' (this client cannot send a cancel request, so its connection was closed instead; the outcome is unknown)',
          ),
        );
        return;
      }
      cancelled = sendCancelRequest(c).catch(() => undefined);
      grace = setTimeout(() => {
        suspect();
        reject(
          new ConnectionLostError(
            `The server did not confirm the cancel of a call within ${CANCEL_GRACE_MS} ms; ` +
              'the connection was closed and the outcome of the call is unknown.',
          ),
        );
      }, CANCEL_GRACE_MS);
    });
    pending.then(
      (value) => {
        off();
        if (grace) clearTimeout(grace);
        if (!stopped) return resolve(value);
        // It finished first; the cancel may still be in flight. Wait for the server to have acted on it
        // (bounded by CANCEL_GRACE_MS) before the caller can send anything else on this connection.
        suspect();
        void cancelled.then(() => resolve(value));
      },
      (error) => {
        off();
        if (grace) clearTimeout(grace);
        if (stopped && (error as { code?: string })?.code === SQLSTATES.queryCanceled) return reject(deadline.error('run', error));
        if (!stopped) return reject(error);
        suspect();
        void cancelled.then(() => reject(error));
      },
    );
  });
}

/**
 * PostgreSQL's CancelRequest (protocol 3.0): a separate connection that sends the backend's process
 * id and secret key; the server answers by closing it. Through PgBouncer the key is PgBouncer's, and
 * PgBouncer forwards the cancel to the server connection the client is linked to.
 */
function sendCancelRequest(client: CancellableClient): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const host = client.host!;
    const port = client.port ?? 5432;
    const socket = host.startsWith('/') ? netConnect(`${host}/.s.PGSQL.${port}`) : netConnect(port, host);
    socket.setTimeout(CANCEL_GRACE_MS, () => socket.destroy());
    socket.once('connect', () => {
      const message = Buffer.alloc(16);
      message.writeInt32BE(16, 0);
      message.writeInt32BE(80877102, 4); // the CancelRequest code: 1234 << 16 | 5678
      message.writeInt32BE(client.processID!, 8);
      message.writeInt32BE(client.secretKey!, 12);
      // Not end(): PgBouncer drops a cancel whose sender half-closes before it has been forwarded; the
      // receiver closes the connection once it has acted on it.
      socket.write(message);
    });
    socket.once('error', reject);
    socket.once('close', () => resolve());
  });
}
