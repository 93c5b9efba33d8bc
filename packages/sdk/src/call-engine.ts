/**
 * Sends calls to the server (docs/protocol.md). The first call of a function on this Wormhole
 * instance uses the installing form, `wormhole.call(hash, args, source, name)`, so it costs one
 * round trip; later calls send only `wormhole.call(hash, args)`. If the server answers NULL (it lost
 * the function, e.g. after `DELETE FROM wormhole.functions`, or the install was rolled back with a
 * transaction) nothing ran, and the SDK re-sends the source at once.
 */
import type { CallerStack } from './call-site';
import { batchStatement, callStatement, Statement } from './call-statement';
import { Deadline, runCancellable } from './deadline';
import type { FunctionDefinition } from './definition';
import { ArgumentError, ProtocolError, UnknownFunctionError } from './errors';
import { mapCallError } from './error-mapping';
import type { PgResult, Queryable } from './local-db';
import { ServerKind } from './server-kind';
import { withStatementPosition } from './statement-position';
import { decodeBatchAnswer, decodeValue, encodeArgs, encodeBatch, raisedToPgError } from './wire-codec';

/** Counters for observability and tests: how much talking to the server the calls took. */
export interface CallStats {
  /** Calls made (each one a `wormhole.call` round trip, plus one when re-teaching). */
  calls: number;
  /** Statements sent for calls: equals `calls` unless the server had to be re-taught. */
  roundTrips: number;
  /** Calls that carried the source (first call of a function, or re-teaching). */
  installs: number;
  /** Times the server answered "unknown hash" and the source was sent again. */
  reteaches: number;
  /** Read-only calls answered by a replica. */
  replicaCalls: number;
  /** Read-only calls that ran on the primary because no replica was healthy or caught up in time. */
  replicaFallbacks: number;
}

export interface EngineOptions {
  /** Named statements, prepared once per connection (not through transaction poolers). */
  preparedStatements?: boolean;
  /** statement_timeout (ms) for calls that are their own transaction, sent as SET LOCAL. */
  statementTimeout?: number;
  /** Report whether each call on the primary wrote, for read-your-writes. */
  reportWrites?: boolean;
  /**
   * Functions were installed ahead of time (`wormhole deploy`): a first call sends only the hash,
   * and the source only if the server answers that it does not know it.
   */
  deployed?: boolean;
  /** Observability (observability.ts): starts watching one call on `q`; set only when the app asked for it. */
  observe?: (def: FunctionDefinition, q: Queryable) => CallObservation;
  /** A call of `hash` ran and returned, on a replica if `onReplica` (usage-report.ts). */
  used?: (hash: string, onReplica?: boolean) => void;
}

/** What the engine tells an observation: each statement sent, and how the call ended. */
export interface CallObservation {
  roundTrip(): void;
  done(error?: unknown): void;
}

/** Where and how one call runs. */
export interface CallContext {
  /** The call is its own transaction (not inside wh.transaction or a client the user manages). */
  autocommit?: boolean;
  deadline?: Deadline;
  /** Called when this connection must be discarded after the call (a cancel may still be in flight). */
  suspect?: () => void;
  /** Set by the engine: the call wrote (only when the engine reports writes). */
  wrote?: boolean;
  /** The call's observation (observability.ts), when the app asked for one. */
  observation?: CallObservation;
}

function noSuspect(): void {}

/** `error` with its statement position, when the call was its own transaction (`q` is idle again). */
function located(q: Queryable, error: unknown, ctx: CallContext): Promise<unknown> {
  return ctx.autocommit ? withStatementPosition(q, error) : Promise.resolve(error);
}

/** What a replica answers for a hash it does not know (yet): nothing ran. */
export const NOT_ON_REPLICA = Symbol('not on replica');

export class CallEngine {
  /** Hashes this instance has seen the server accept. */
  private readonly known = new Set<string>();
  /** Which PL/v8 the server runs: local mode's value mapping follows it (server-kind.ts). */
  readonly server = new ServerKind();
  readonly stats: CallStats = { calls: 0, roundTrips: 0, installs: 0, reteaches: 0, replicaCalls: 0, replicaFallbacks: 0 };

  constructor(private readonly options: EngineOptions = {}) {}

  /** Checks and encodes arguments; throws before any network when they cannot be sent. */
  prepareArgs(def: FunctionDefinition, args: unknown[]): string {
    // The server wants exactly the declared parameters after db (default values included), so we check the same;
    // info.arity is the validator's count of them, the same number the server stores and checks.
    const expected = def.info.arity;
    if (!def.hasRestParameter && args.length !== expected) {
      const names = def.info.params.slice(1).join(', ');
      throw new ArgumentError(
        `${def.name} takes ${expected} argument${expected === 1 ? '' : 's'}${names ? ` (${names})` : ''} after db, ` +
          `but was called with ${args.length}. Pass exactly the parameters the function declares after db (db is supplied by wormhole).`,
      );
    }
    return encodeArgs(args, def.name);
  }

  /** One call on `q`; `callStack` is the user's call site, for error stacks. */
  async call(q: Queryable, def: FunctionDefinition, argsText: string, callStack?: CallerStack, ctx: CallContext = {}): Promise<unknown> {
    // Calls of remote functions bring their observation (remote-function.ts: one per call, retries
    // and replicas included); others (tx.run in wh.transaction) are observed here, per statement.
    if (ctx.observation || !this.options.observe) return this.callOnce(q, def, argsText, callStack, ctx);
    const observation = (ctx.observation = this.options.observe(def, q));
    try {
      const value = await this.callOnce(q, def, argsText, callStack, ctx);
      observation.done();
      return value;
    } catch (error) {
      observation.done(error);
      throw error;
    }
  }

  private async callOnce(q: Queryable, def: FunctionDefinition, argsText: string, callStack?: CallerStack, ctx: CallContext = {}): Promise<unknown> {
    this.stats.calls++;
    let text: string | null;
    try {
      if (this.known.has(def.hash) || this.options.deployed) {
        text = await this.send(q, [def.hash, argsText], ctx, this.options.reportWrites);
        if (text === null) {
          this.known.delete(def.hash);
          this.stats.reteaches++;
          text = await this.install(q, def, argsText, ctx);
        }
      } else {
        text = await this.install(q, def, argsText, ctx);
      }
    } catch (error) {
      throw await located(q, mapCallError(error, def, callStack), ctx);
    }
    if (text === null) {
      throw new ProtocolError(
        `The server answered NULL to the installing call of ${def.name}; the extension does not follow the protocol this SDK speaks.`,
      );
    }
    this.known.add(def.hash);
    this.options.used?.(def.hash);
    return decodeValue(text);
  }

  /**
   * A read-only call on a replica: the hash-only form, since a standby cannot install. Answers
   * NOT_ON_REPLICA when the replica does not know the function (yet); nothing ran then.
   */
  async callOnReplica(q: Queryable, def: FunctionDefinition, argsText: string, callStack?: CallerStack, ctx: CallContext = {}): Promise<unknown> {
    this.stats.calls++;
    let text: string | null;
    try {
      text = await this.send(q, [def.hash, argsText], ctx, false);
    } catch (error) {
      throw await located(q, mapCallError(error, def, callStack), ctx);
    }
    if (text === null) return NOT_ON_REPLICA;
    this.stats.replicaCalls++;
    this.options.used?.(def.hash, true);
    return decodeValue(text);
  }

  /** A call by hash only, for functions installed elsewhere; fails if the server does not know it. */
  async callByHash(q: Queryable, hash: string, argsText: string, ctx: CallContext = {}): Promise<unknown> {
    this.stats.calls++;
    const text = await this.send(q, [hash, argsText], ctx, this.options.reportWrites);
    if (text === null) throw new UnknownFunctionError(hash);
    this.options.used?.(hash);
    return decodeValue(text);
  }

  /** Installs `def` without running it (on the primary, for replicas), unless it is known there already. */
  async installOnly(q: Queryable, def: FunctionDefinition): Promise<void> {
    this.stats.installs++;
    this.stats.roundTrips++;
    try {
      await q.query({ text: 'SELECT wormhole.install($1, $2)', values: [def.source, def.name] });
    } catch (error) {
      throw mapCallError(error, def);
    }
  }

  /**
   * Several calls in one statement, `wormhole.call_batch` (docs/protocol.md, "Batches"): functions
   * this instance has not seen accepted travel with their source. Answers one outcome per call, in
   * order: the decoded result, or the error (mapped like a single call's). A call whose function
   * the server had lost did not run; those are sent again with their source in one more statement.
   */
  async callBatch(
    q: Queryable,
    calls: ReadonlyArray<{ def: FunctionDefinition; argsText: string; callStack?: CallerStack }>,
    ctx: CallContext = {},
  ): Promise<Array<{ ok: true; value: unknown } | { ok: false; error: unknown }>> {
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = new Array(calls.length);
    let pending = calls.map((_, i) => i);
    let withSource = false;
    while (pending.length > 0) {
      this.stats.calls += pending.length;
      const items = pending.map((i) => {
        const { def, argsText } = calls[i];
        const teach = withSource || !this.known.has(def.hash);
        if (teach) this.stats.installs++;
        return teach ? [def.hash, argsText, def.source, def.name] : [def.hash, argsText, null, null];
      });
      let text: string | null;
      try {
        text = await this.sendBatch(q, encodeBatch(items), ctx);
      } catch (error) {
        for (const i of pending) outcomes[i] = { ok: false, error: mapCallError(error, calls[i].def, calls[i].callStack) };
        return outcomes;
      }
      const answers = decodeBatchAnswer(text, pending.length);
      const unknown: number[] = [];
      const unlocated: number[] = [];
      pending.forEach((i, k) => {
        const [kind, payload] = answers[k] as [number, unknown];
        const { def, callStack } = calls[i];
        if (kind === 0) {
          this.known.add(def.hash);
          this.options.used?.(def.hash);
          try {
            outcomes[i] = { ok: true, value: decodeValue(payload as string) };
          } catch (error) {
            outcomes[i] = { ok: false, error };
          }
        } else if (kind === 1) {
          outcomes[i] = { ok: false, error: mapCallError(raisedToPgError(payload as Record<string, string>), def, callStack) };
          unlocated.push(i);
        } else if (withSource) {
          outcomes[i] = {
            ok: false,
            error: new ProtocolError(
              `The server answered "unknown function" to the installing batch call of ${def.name}; the extension does not follow the protocol this SDK speaks.`,
            ),
          };
        } else {
          this.known.delete(def.hash);
          this.stats.reteaches++;
          unknown.push(i);
        }
      });
      // The batch's statement succeeded, so the connection is ready for a Parse of its own.
      for (const i of unlocated) {
        const outcome = outcomes[i] as { ok: false; error: unknown };
        outcome.error = await located(q, outcome.error, ctx);
      }
      pending = unknown;
      withSource = true;
    }
    return outcomes;
  }

  private async sendBatch(q: Queryable, callsText: string, ctx: CallContext): Promise<string> {
    this.stats.roundTrips++;
    ctx.observation?.roundTrip();
    const statement: Statement = batchStatement(callsText, {
      named: false,
      timeoutMs: ctx.autocommit ? this.options.statementTimeout : undefined,
      reportWrites: false,
    });
    const answer = ctx.deadline
      ? await runCancellable(q, ctx.deadline, () => q.query(statement), ctx.suspect ?? noSuspect)
      : await q.query(statement);
    const result = (Array.isArray(answer) ? answer[answer.length - 1] : answer) as PgResult;
    const text = result.rows[0]?.result;
    if (typeof text !== 'string')
      throw new ProtocolError('The server answered wormhole.call_batch with no result; the extension does not follow the protocol this SDK speaks.');
    return text;
  }

  private install(q: Queryable, def: FunctionDefinition, argsText: string, ctx: CallContext): Promise<string | null> {
    this.stats.installs++;
    return this.send(q, [def.hash, argsText, def.source, def.name], ctx, this.options.reportWrites);
  }

  private async send(q: Queryable, values: string[], ctx: CallContext, reportWrites = false): Promise<string | null> {
    this.stats.roundTrips++;
    ctx.observation?.roundTrip();
    const statement: Statement = callStatement(values, {
      named: !!this.options.preparedStatements,
      timeoutMs: ctx.autocommit ? this.options.statementTimeout : undefined,
      reportWrites,
    });
    // Without a deadline, straight to the client: no wrapper promise or closures per call.
    const answer = ctx.deadline
      ? await runCancellable(q, ctx.deadline, () => q.query(statement), ctx.suspect ?? noSuspect)
      : await q.query(statement);
    // The SET LOCAL form answers with one result per statement: the call's is the last.
    const result = (Array.isArray(answer) ? answer[answer.length - 1] : answer) as PgResult;
    const row = result.rows[0];
    if (reportWrites && row?.wrote) ctx.wrote = true;
    return (row?.result ?? null) as string | null;
  }
}
