/**
 * The runtime's entry point, bundled (esbuild IIFE) into wormhole._load_runtime(). Loading it
 * defines globalThis['__wormhole@<version>'] (see publish() below), which the tiny bodies of
 * wormhole.call look for (a new extension version looks for its own, so ALTER EXTENSION UPDATE
 * reaches long-lived backends).
 *
 * A call: check the function is visible to the caller and current with the policy (one cached-plan
 * query, skipped while plv8-compat's catalog epoch is unchanged: validity.ts), find or compile it
 * (cache.ts), decode the arguments (wire.ts), run it with the server `db` (db.ts) synchronously
 * (async.ts), encode the result, count it (stats.ts).
 */
import { runAsync, settle } from './async';
import { callBatch } from './batch';
import { SyncPromise } from './sync-promise';
import { forget, lookup, remember, cachedFunctionCount, type CachedFunction, type StoredFunction } from './cache';
import { createDb, wireResultOf } from './db';
import { runDirectly } from './direct-statements';
import { toRaisedError, wormholeError, WormholeError } from './errors';
import { engine, executeAsOtherRole } from './engine';
import { raisable, raisedFieldsOf } from './raise';
import { installConsole } from './console';
import { hardenRealm, lockdownPrivateRealm, takeNativeFreeze } from './harden';
import { cachedPlanCount, clearPlans, executeCached, prepare } from './plans';
import { isStreaming } from './compile';
import { batches, StreamDriver } from './stream';
import { closePulled, dropStreamsOfEndedTransactions, nextPulled, openPulled, pulledStreamCount } from './open-streams';
import * as stats from './stats';
import { resetValidity, stillValid, takeCatalogEpoch, visibility } from './validity';
import { checkEncodedLength, decode, encode, FUNCTION_HASH, SQLSTATES, WireError } from '@wormhole/protocol';

const db = createDb();

// The policy's audit_calls flag is read only when the policy version changes (set_policy bumps it).
let auditCallsOfVersion: number | null = null;

/** Call auditing follows the policy: re-read the flag whenever the policy version differs from the last one seen. */
function followPolicy(version: number): void {
  if (version === auditCallsOfVersion) return;
  const row = (plv8.execute('SELECT audit_calls FROM wormhole.policy') as Array<{ audit_calls: boolean }>)[0];
  stats.setAuditCalls(Boolean(row?.audit_calls));
  auditCallsOfVersion = version;
}

function load(hash: string): CachedFunction {
  const rows = executeCached(
    'SELECT hash, name, source, compiled, segments::text AS segments, arity FROM wormhole.functions WHERE hash = $1',
    [hash],
    ['text'],
  ) as Array<Omit<StoredFunction, 'segments'> & { segments: string }>;
  if (rows.length === 0) throw wormholeError(SQLSTATES.hashMismatch, `function ${hash} vanished while loading it`, 'Retry the call');
  const row = rows[0];
  return remember({ ...row, segments: JSON.parse(row.segments) });
}

function installFirst(hash: string, source: string, name: string | null): void {
  if (typeof source !== 'string') {
    throw wormholeError(SQLSTATES.badArguments, 'wormhole.call: source must be text', 'Pass the function source as the third argument');
  }
  const installed = (executeAsOtherRole('SELECT wormhole.install($1, $2) AS hash', [source, name]) as Array<{ hash: string }>)[0].hash;
  if (installed !== hash) {
    throw wormholeError(
      SQLSTATES.hashMismatch,
      `the hash ${hash} does not match the source (its SHA-256 is ${installed})`,
      'Send the SHA-256 (hex) of the exact source text, as Function.prototype.toString() returned it',
    );
  }
}

function decodeArgs(argsText: unknown, entry: CachedFunction, entryPoint = 'wormhole.call'): unknown[] {
  let args: unknown;
  try {
    if (typeof argsText !== 'string') throw new TypeError('args is NULL or not text');
    args = decode(argsText);
  } catch (error) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `${entryPoint}: the arguments cannot be decoded: ${(error as Error).message}`,
      'Send the wire encoding of the argument array (packages/protocol/src/wire.ts), e.g. \'[1,"a"]\'',
    );
  }
  if (!Array.isArray(args)) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `${entryPoint}: args must encode an array of the arguments (without db)`,
      "Send e.g. '[]' or '[1,\"a\"]'",
    );
  }
  const { arity: expected, hasRestParameter } = entry.params;
  if (!hasRestParameter && args.length !== expected) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `${entry.name ?? 'the remote function'} expects ${expected} argument${expected === 1 ? '' : 's'} after db but was called with ${args.length}`,
      'Pass exactly the parameters the function declares after db',
    );
  }
  return args;
}

function encodeResult(value: unknown): string {
  // Rows the function returned straight from db.query, already wire text (db.ts, returnedRows),
  // or the length of text over the limit, refused as encode() refuses it.
  const wire = wireResultOf(value);
  if (typeof wire === 'string') return wire;
  try {
    if (wire !== undefined) checkEncodedLength(wire, 'result');
    return encode(value, 'result');
  } catch (error) {
    if (error instanceof WireError) {
      throw wormholeError(
        SQLSTATES.badResult,
        `The remote function's result cannot be sent back: ${error.message}`,
        'Return plain data: objects, arrays, strings, numbers, booleans, null, Date, BigInt or bytes',
      );
    }
    throw error;
  }
}

/**
 * The catalog check of a call: installs the function first when it is unknown and its source came
 * along, revalidates it when the policy changed. False when it is unknown and no source came.
 */
function checkValid(hash: string, source: string | null | undefined, name: string | null | undefined): boolean {
  let seen = visibility(hash, prepare);
  if (seen === null) {
    forget(hash);
    if (source === undefined || source === null) return false;
    installFirst(hash, source, name ?? null);
    seen = visibility(hash, prepare);
    if (seen === null) throw wormholeError(SQLSTATES.hashMismatch, `function ${hash} was installed but is not visible`, 'Retry the call');
  } else if (seen.validated !== seen.version) {
    // The policy changed since this function was validated: check it again before running it.
    executeAsOtherRole('SELECT wormhole._revalidate($1)', [hash]);
    forget(hash);
  }
  followPolicy(seen.version);
  return true;
}

/** wormhole.call: the wire-encoded result, or null when `hash` is unknown and no source came with it. */
function call(input: unknown, argsText: unknown, source?: string | null, name?: string | null): string | null {
  // The fast path (plv8-compat): this function passed the check at the current catalog epoch, so
  // nothing it depends on can have changed since (validity.ts). Only a hash that passed checkHash
  // is ever remembered, so a remembered one needs no second look (the pattern test was 6% of an
  // empty call's time inside PostgreSQL).
  if (!stillValid(input)) {
    checkHash(input, 'wormhole.call');
    if (!checkValid(input, source, name)) return null;
  }
  const hash = input as string; // remembered, or checkHash passed it
  const entry = lookup(hash) ?? load(hash);
  if (isStreaming(entry.fn)) throw notWhereStreamsGo(entry);
  const args = decodeArgs(argsText, entry);

  const started = Date.now();
  let result: unknown;
  try {
    result = entry.direct ? runDirectly(() => settle(entry.fn(db, ...args))) : settle(entry.fn(db, ...args));
  } catch (thrown) {
    const raised = toRaisedError(thrown, entry.info);
    stats.record(hash, Date.now() - started, raised.sqlerrcode);
    throw raised;
  }
  let text: string;
  try {
    text = encodeResult(result);
  } catch (error) {
    stats.record(hash, Date.now() - started, (error as WormholeError).sqlerrcode ?? SQLSTATES.badResult);
    throw error;
  }
  const ended = Date.now();
  stats.record(hash, ended - started, null, ended);
  return text;
}

function notWhereStreamsGo(entry: CachedFunction): WormholeError {
  return wormholeError(
    SQLSTATES.badArguments,
    `${entry.name ?? 'the remote function'} is an async generator (a stream), so it cannot be called with wormhole.call`,
    'Read it with wormhole.stream (pg-wormhole: for await (const value of fn(…)) …)',
  );
}

function checkHash(hash: unknown, entryPoint: string): asserts hash is string {
  if (typeof hash !== 'string' || !FUNCTION_HASH.test(hash)) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `${entryPoint}: hash must be 64 lower-case hex digits (the SHA-256 of the source)`,
      'Pass the hash wormhole.install returned',
    );
  }
}

/**
 * The batches of an async generator function (stream.ts), each the wire text of an array of the
 * values it yielded; null when `hash` is unknown and no source came (nothing ran). The checks, the
 * arguments and the start of the call are those of wormhole.call; the function's own code runs only
 * as the batches are read.
 */
function startStream(
  entryPoint: string,
  hash: unknown,
  argsText: unknown,
  source?: string | null,
  name?: string | null,
): Generator<string, void, unknown> | null {
  checkHash(hash, entryPoint);
  if (!stillValid(hash) && !checkValid(hash, source, name)) return null;
  const entry = lookup(hash) ?? load(hash);
  if (!isStreaming(entry.fn)) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `${entry.name ?? 'the remote function'} is not an async generator, so it cannot be read with ${entryPoint}`,
      'Call it with wormhole.call, or make it an async generator (async function* (db, …) { … yield value … })',
    );
  }
  const args = decodeArgs(argsText, entry, entryPoint);
  const started = Date.now();
  const driver = new StreamDriver(entry.fn(db, ...args) as ConstructorParameters<typeof StreamDriver>[0]);
  const onError = (thrown: unknown): never => raise(toRaisedError(thrown, entry.info));
  const onEnd = (failed: unknown): void => {
    const ended = Date.now();
    if (failed === null) stats.record(hash, ended - started, null, ended);
    else stats.record(hash, ended - started, toRaisedError(failed, entry.info).sqlerrcode);
  };
  return batches(driver, onError, onEnd);
}

/**
 * wormhole.stream (docs/protocol.md "Streams"): the batches as the rows of a set; one NULL row when
 * `hash` is unknown and no source came.
 */
function stream(hash: unknown, argsText: unknown, source?: string | null, name?: string | null): Iterable<string | null> {
  const rows = startStream('wormhole.stream', hash, argsText, source, name);
  if (rows === null) return [null];
  // Upstream PL/v8 reads a returned generator as one value: every batch now (materialize mode).
  // pg-wormhole reads streams there with stream_open/stream_next instead (open-streams.ts).
  return engine().kind === 'upstream' ? [...rows] : rows;
}

/** wormhole.stream_open: the id to read the batches with (open-streams.ts), or null when `hash` is unknown and no source came. */
function streamOpen(hash: unknown, argsText: unknown, source?: string | null, name?: string | null): string | null {
  if (engine().kind === 'plv8-compat') {
    // On plv8-compat the roles' runtimes share one V8 heap per backend: a generator left suspended
    // by one role's ended transaction would hold memory another role's calls on a pooled backend
    // need, and only its own role could drop it. wormhole.stream keeps the generator within its
    // statement there, so a stream never outlives it.
    throw wormholeError(
      SQLSTATES.featureNotSupported,
      'wormhole.stream_open is for upstream PL/v8: on plv8-compat a stream is read within one statement, with wormhole.stream',
      'Read the stream with wormhole.stream (pg-wormhole does so on plv8-compat: for await (const value of fn(…)) …)',
    );
  }
  const rows = startStream('wormhole.stream_open', hash, argsText, source, name);
  if (rows === null) return null;
  // Each later stream_next/stream_close checks again, as a call does, that the function may run.
  const known = hash as string;
  return openPulled(rows, () => stillValid(known) || checkValid(known, null, null));
}

/** Turns anything thrown out of an entry point into what PL/v8 raises (SQLSTATE, message, detail, hint). */
function raise(error: unknown): never {
  if (error instanceof WormholeError) {
    // Its own enumerable fields (sqlerrcode, detail, hint, and object fields such as constraint_name)
    // travel as they are; raise.ts adds what upstream PL/v8 reads.
    throw raisable(error, { ...error });
  }
  throw error;
}

export const runtime = {
  call(hash: unknown, args: unknown, source?: string | null, name?: string | null): string | null {
    try {
      dropStreamsOfEndedTransactions();
      return call(hash, args, source, name);
    } catch (error) {
      return raise(error);
    }
  },
  /**
   * For upstream PL/v8, where wormhole.call is a PL/pgSQL wrapper (extension/sql): the result, or the
   * error as data for the wrapper to RAISE with every field (upstream cannot raise object fields).
   */
  callOrError(hash: unknown, args: unknown, source?: string | null, name?: string | null): { result: string | null; error: object | null } {
    try {
      dropStreamsOfEndedTransactions();
      return { result: call(hash, args, source, name), error: null };
    } catch (error) {
      const fields = raisedFieldsOf(error instanceof WormholeError ? { ...error, message: error.message } : error);
      if (fields === null) throw error;
      return { result: null, error: fields };
    }
  },
  /** wormhole.stream: the batches of an async generator function (see stream() above). */
  stream(hash: unknown, args: unknown, source?: string | null, name?: string | null): Iterable<string | null> {
    try {
      dropStreamsOfEndedTransactions();
      return stream(hash, args, source, name);
    } catch (error) {
      return raise(error);
    }
  },
  /** wormhole.stream_open: a stream read a batch per statement, on upstream PL/v8 (open-streams.ts). */
  streamOpen(hash: unknown, args: unknown, source?: string | null, name?: string | null): string | null {
    try {
      return streamOpen(hash, args, source, name);
    } catch (error) {
      return raise(error);
    }
  },
  /** wormhole.stream_next: the next batch of an open stream, null once it ended. */
  streamNext(id: unknown): string | null {
    try {
      return nextPulled(id);
    } catch (error) {
      return raise(error);
    }
  },
  /** wormhole.stream_close: stops an open stream early (its finally blocks run). */
  streamClose(id: unknown): void {
    try {
      closePulled(id);
    } catch (error) {
      raise(error);
    }
  },
  /** wormhole.call_batch (batch.ts): several calls, one statement, an outcome each. */
  callBatch(calls: unknown): string {
    try {
      dropStreamsOfEndedTransactions();
      return callBatch(calls, call);
    } catch (error) {
      return raise(error);
    }
  },
  reset(): void {
    forget();
    clearPlans();
    resetValidity();
    auditCallsOfVersion = null;
  },
  info(): object {
    return {
      functions: cachedFunctionCount(),
      plans: cachedPlanCount(),
      streams: pulledStreamCount(),
      statistics: stats.usesEngineRecorder() ? 'engine' : 'backend',
      backendStats: stats.localStats(),
      engine: engine(),
    };
  },
};

declare const __WORMHOLE_VERSION__: string;

/**
 * Publishing the runtime. The entry points (extension/sql) set __WORMHOLE_VERSION__, load this
 * bundle, and then find it under `__wormhole@<version>`: a name per version, defined read-only and
 * non-configurable, so nothing in the realm can replace it, and an upgraded extension in a
 * long-lived backend loads its own beside it. On plv8-compat the realm is Wormhole's private
 * context (the engine then offers plv8.record_call, see stats.ts) and is locked down whole.
 */
function publish(): void {
  const g = globalThis as Record<string, unknown>;
  const version = __WORMHOLE_VERSION__;
  delete g.__WORMHOLE_VERSION__;
  const api = Object.freeze({ version, ...runtime });
  const inPrivateRealm = stats.takeEngineRecorder(plv8 as unknown as Record<string, unknown>);
  takeCatalogEpoch(plv8 as unknown as Record<string, unknown>);
  const nativeFreeze = takeNativeFreeze(plv8 as unknown as Record<string, unknown>);
  Object.defineProperty(g, `__wormhole@${version}`, { value: api, writable: false, configurable: false, enumerable: false });
  installConsole(g);
  if (inPrivateRealm) lockdownPrivateRealm([SyncPromise, runAsync, db, api], nativeFreeze);
  else hardenRealm([SyncPromise, runAsync, db, api]);
}

publish();
