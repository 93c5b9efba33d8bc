/**
 * What a Wormhole tells the app about its calls:
 *   - `logger`: `console.*` inside a remote function arrives as a NOTICE (or WARNING) on the call's
 *     connection; the SDK hands it to the logger with the function's name and hash. (The DBA chooses
 *     whether the server log keeps them too: log_min_messages = notice for the app's role.)
 *   - `onCall`: one event per call, after it settles: name, hash, duration, round trips, outcome.
 *   - `tracing`: an OpenTelemetry span per call through @opentelemetry/api, an optional peer
 *     dependency loaded only when tracing is asked for (no cost, no import otherwise).
 */
import { WormholeError } from './errors';

/** Where console output of remote functions goes; console itself fits. */
export interface WormholeLogger {
  log?(message: string, meta: LogMeta): void;
  info?(message: string, meta: LogMeta): void;
  warn?(message: string, meta: LogMeta): void;
  error?(message: string, meta: LogMeta): void;
  debug?(message: string, meta: LogMeta): void;
}

export interface LogMeta {
  /** The remote function that printed it. */
  function: string;
  hash: string;
  /** PostgreSQL's severity: NOTICE, INFO, WARNING, LOG, DEBUG. */
  severity: string;
}

export interface CallEvent {
  name: string;
  hash: string;
  /** Wall time of the call on the client, in milliseconds (queueing for a connection included). */
  durationMs: number;
  /** Statements sent for this call (2 when the server had to be taught the function again). */
  roundTrips: number;
  outcome: 'ok' | 'error';
  /** The error the call failed with (outcome 'error'). */
  error?: unknown;
}

export interface ObservabilityOptions {
  /** Receives `console.*` output of remote functions (server NOTICEs), e.g. `logger: console` or a pino logger. */
  logger?: WormholeLogger;
  /** Called after every call settles; exceptions it throws are ignored (observability must not fail a call). */
  onCall?: (event: CallEvent) => void;
  /**
   * OpenTelemetry spans (`wormhole.call <name>`) through @opentelemetry/api, which the app installs;
   * `true` uses the global tracer provider, or pass a tracer.
   */
  tracing?: boolean | { tracer: OtelTracer };
}

/** The part of @opentelemetry/api's Tracer and Span used here (the package is optional). */
export interface OtelTracer {
  startSpan(name: string, options?: { kind?: number; attributes?: Record<string, string | number | boolean> }): OtelSpan;
}
interface OtelSpan {
  setAttribute(key: string, value: string | number | boolean): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException(error: unknown): unknown;
  end(): void;
}

const SPAN_KIND_CLIENT = 2;
const STATUS_OK = 1;
const STATUS_ERROR = 2;

/** pg's NoticeMessage, as far as it is read here. */
interface Notice {
  message?: string;
  severity?: string;
}

/** A pg Client (an EventEmitter): where NOTICEs of the call's connection arrive. */
interface NoticeSource {
  on?(event: 'notice', listener: (n: Notice) => void): unknown;
  off?(event: 'notice', listener: (n: Notice) => void): unknown;
  removeListener?(event: 'notice', listener: (n: Notice) => void): unknown;
}

/** One call being observed; `done` reports it. */
export interface Observation {
  /** Counts a statement sent (the engine's hook). */
  roundTrip(): void;
  /** Follows NOTICEs of `client` until the call settles. */
  listen(client: unknown): void;
  done(error?: unknown): void;
}

const NOOP: Observation = { roundTrip() {}, listen() {}, done() {} };

export class Observer {
  private readonly logger?: WormholeLogger;
  private readonly onCall?: (event: CallEvent) => void;
  private readonly tracer?: OtelTracer;

  constructor(options: ObservabilityOptions) {
    this.logger = options.logger;
    this.onCall = options.onCall;
    if (options.tracing) this.tracer = typeof options.tracing === 'object' ? options.tracing.tracer : globalTracer();
  }

  get active(): boolean {
    return !!(this.logger || this.onCall || this.tracer);
  }

  start(name: string, hash: string): Observation {
    if (!this.active) return NOOP;
    const started = performance.now();
    let roundTrips = 0;
    const listening: Array<[NoticeSource, (n: Notice) => void]> = [];
    const span = this.tracer?.startSpan(`wormhole.call ${name}`, {
      kind: SPAN_KIND_CLIENT,
      attributes: { 'db.system': 'postgresql', 'wormhole.function.name': name, 'wormhole.function.hash': hash },
    });
    const logger = this.logger;
    const onCall = this.onCall;
    return {
      roundTrip: () => void roundTrips++,
      listen(client: unknown) {
        const c = client as NoticeSource;
        if (!logger || typeof c?.on !== 'function') return;
        const handler = (n: Notice) => deliver(logger, n, { function: name, hash, severity: n.severity ?? 'NOTICE' });
        c.on('notice', handler);
        listening.push([c, handler]);
      },
      done(error?: unknown) {
        for (const [c, h] of listening) (c.off ?? c.removeListener)?.call(c, 'notice', h);
        if (span) {
          span.setAttribute('wormhole.round_trips', roundTrips);
          if (error !== undefined) {
            span.recordException(error);
            span.setStatus({ code: STATUS_ERROR, message: error instanceof Error ? error.message : String(error) });
          } else {
            span.setStatus({ code: STATUS_OK });
          }
          span.end();
        }
        if (onCall) {
          try {
            onCall({
              name,
              hash,
              durationMs: performance.now() - started,
              roundTrips,
              outcome: error === undefined ? 'ok' : 'error',
              ...(error === undefined ? {} : { error }),
            });
          } catch {
            // An observer's own failure must not turn a successful call into a failed one.
          }
        }
      },
    };
  }
}

function deliver(logger: WormholeLogger, notice: Notice, meta: LogMeta): void {
  const text = notice.message ?? '';
  const method =
    ({ WARNING: 'warn', ERROR: 'error', DEBUG: 'debug', INFO: 'info', LOG: 'log' } as Record<string, keyof WormholeLogger>)[meta.severity] ?? 'info';
  const fn = logger[method] ?? logger.log ?? logger.info;
  try {
    fn?.call(logger, text, meta);
  } catch {
    // as above: the logger cannot fail the call
  }
}

/** The global tracer of @opentelemetry/api, or a clear error when the package is not installed. */
function globalTracer(): OtelTracer {
  let api: { trace: { getTracer(name: string, version?: string): OtelTracer } };
  try {
    // Loaded only here, synchronously (connect options are checked at once): @opentelemetry/api
    // is an optional peer dependency.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    api = require('@opentelemetry/api');
  } catch {
    throw new WormholeError('tracing: true needs @opentelemetry/api (npm install @opentelemetry/api), or pass { tracing: { tracer } }.');
  }
  return api.trace.getTracer('pg-wormhole');
}
