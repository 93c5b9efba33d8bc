/**
 * wormhole.stream: an async generator remote function (`async function* (db, …) { … yield row … }`)
 * read in batches. transform.ts turns its body into a plain generator that yields tagged steps
 * (STEP below); StreamDriver runs it synchronously as async.ts runs an async function, and hands out
 * the values it yields one by one. `batches` groups them into wire-encoded arrays, one per row of
 * the SETOF text result.
 *
 * On plv8-compat the entry point returns the batches generator itself: the engine keeps it
 * suspended between rows (value-per-call), so a client reading the portal a row at a time is never
 * more than the rows it asked for behind, and closing the portal early calls its return(), which
 * closes the user's generator (its finally blocks run). Upstream PL/v8 cannot keep a generator
 * between rows, so there the batches are all produced before the first one is sent (docs/protocol.md,
 * "Streams").
 */
import { encode, SQLSTATES, WireError } from '@wormhole/protocol';
import { PendingResultError } from './async';
import { takeWireReader, type WireRowsReader } from './db';
import { wormholeError } from './errors';
import { SyncPromise } from './sync-promise';

/** What an async generator root yields after transform.ts: `[STEP.x, operand]`. */
export const STEP = { await: 0, value: 1, each: 2, iterate: 3 } as const;

/** The first batch is small, so the first values reach the client soon; later ones aim at BATCH_TARGET_CHARS. */
export const FIRST_BATCH_VALUES = 64;
export const BATCH_TARGET_CHARS = 128 * 1024;
export const MAX_BATCH_VALUES = 8192;
/** A batch is sent once it has been filling this long, so a slow generator's values still flow. */
export const MAX_BATCH_MILLISECONDS = 50;

type Step = readonly [number, unknown];

/** A db call's SyncPromise or another thenable: awaiting anything else gives the value itself. */
function isThenable(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Settles a thenable now (db calls always settle at once server-side; nothing else can). */
function settleNow(value: unknown): SyncPromise<unknown> {
  const settled = SyncPromise.resolve(value);
  if (settled.state === 'pending') throw new PendingResultError();
  return settled;
}

/** What pull() answers when the function delegated to `db.rows(…)`: read them with readWire(). */
export const WIRE_ROWS = Symbol('wire rows');

/** What `for await (x of xs)` iterates server-side: xs's own iterator, each value awaited (a rejected one throws in the loop). */
function awaitingIterator(iterable: unknown): Iterator<unknown> {
  const source = iterable as Iterable<unknown> | null | undefined;
  if (source === null || source === undefined || typeof source[Symbol.iterator] !== 'function') {
    throw new TypeError(
      'for await in a remote function needs an iterable (an array, db.rows(…), a generator); async iterables are not supported server-side',
    );
  }
  return (function* () {
    for (const value of source) {
      if (!isThenable(value)) {
        yield value;
        continue;
      }
      const settled = settleNow(value);
      if (settled.state === 'rejected') throw settled.value;
      yield settled.value;
    }
  })();
}

/**
 * Runs a transformed async generator; `pull()` gives its next value, `close()` ends it early.
 * `yield* db.rows(…)` is read as wire text a fetch at a time (readWire), without a JS value per row.
 */
export class StreamDriver {
  private each: Iterator<unknown> | null = null;
  private wire: WireRowsReader | null = null;
  private finished = false;

  constructor(private readonly generator: Generator<Step, unknown, unknown>) {}

  /** The wire text of the next up to `maxRows` rows of the db.rows being passed on, or null when they ended. */
  readWire(maxRows: number): string | null {
    const text = this.wire!.read(maxRows);
    if (text === null) this.wire = null;
    return text;
  }

  /** The next yielded value, done, or WIRE_ROWS. Throws what the function throws (at its own line). */
  pull(): IteratorResult<unknown, undefined> | typeof WIRE_ROWS {
    let method: 'next' | 'throw' = 'next';
    let input: unknown = undefined;
    for (;;) {
      if (this.each !== null) {
        const item = this.each.next();
        if (!item.done) {
          // As `yield* xs` in an async generator: each value is awaited before the caller gets it.
          if (!isThenable(item.value)) return { done: false, value: item.value };
          const value = settleNow(item.value);
          if (value.state === 'fulfilled') return { done: false, value: value.value };
          this.each = null;
          method = 'throw';
          input = value.value;
        } else {
          this.each = null;
        }
      }
      let step: IteratorResult<Step, unknown>;
      try {
        step = method === 'next' ? this.generator.next(input) : this.generator.throw(input);
      } catch (error) {
        this.finished = true;
        throw error;
      }
      if (step.done) {
        this.finished = true;
        return { done: true, value: undefined };
      }
      const [kind, operand] = step.value;
      if (kind === STEP.iterate) {
        // `for await (x of xs)`: the loop gets an iterator over xs that awaits each value.
        try {
          input = awaitingIterator(operand);
          method = 'next';
        } catch (error) {
          input = error;
          method = 'throw';
        }
        continue;
      }
      if (kind === STEP.each) {
        const iterable = operand as Iterable<unknown> | null | undefined;
        if (iterable === null || iterable === undefined || typeof iterable[Symbol.iterator] !== 'function') {
          method = 'throw';
          input = new TypeError(
            'yield* in a remote function needs an iterable (an array, a Set, a generator); async iterables are not supported server-side',
          );
          continue;
        }
        const wire = takeWireReader(iterable);
        if (wire !== undefined) {
          this.wire = wire;
          return WIRE_ROWS;
        }
        this.each = iterable[Symbol.iterator]();
        method = 'next';
        input = undefined;
        continue;
      }
      // An await, or a yielded value (which an async generator awaits too).
      if (!isThenable(operand)) {
        if (kind === STEP.value) return { done: false, value: operand };
        method = 'next';
        input = operand;
        continue;
      }
      const settled = settleNow(operand);
      if (settled.state === 'rejected') {
        method = 'throw';
        input = settled.value;
        continue;
      }
      if (kind === STEP.value) return { done: false, value: settled.value };
      method = 'next';
      input = settled.value;
    }
  }

  /** The consumer stopped early: return() the generator as `break` in a for-await loop does, running its finally blocks. */
  close(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.each !== null) {
      const each = this.each;
      this.each = null;
      each.return?.();
    }
    if (this.wire !== null) {
      this.wire.close();
      this.wire = null;
    }
    let step = this.generator.return(undefined);
    // A finally block may still await (and even yield, whose value nobody reads any more).
    while (!step.done) {
      const [kind, operand] = step.value;
      const settled = kind === STEP.each ? SyncPromise.resolve(undefined) : settleNow(operand);
      step = settled.state === 'rejected' ? this.generator.throw(settled.value) : this.generator.next(settled.value);
    }
  }
}

/** The next batch's number of values: aimed at the target size, from this batch's size per value. */
function nextBatchSize(values: number, chars: number): number {
  return Math.max(1, Math.min(MAX_BATCH_VALUES, Math.round((BATCH_TARGET_CHARS * values) / Math.max(1, chars))));
}

/**
 * The wire text of `values`: one batch (an array of them, docs/protocol.md "Streams"), or several
 * when together they are over the wire limit although each one alone is not (large values met in
 * the first batch, or values that suddenly grew). Only a value over the limit alone is refused.
 */
function* encodedBatches(values: unknown[]): Generator<string, void, unknown> {
  let text: string;
  try {
    text = encode(values, 'result');
  } catch (error) {
    if (error instanceof WireError && error.tooLong && values.length > 1) {
      const half = values.length >> 1;
      yield* encodedBatches(values.slice(0, half));
      yield* encodedBatches(values.slice(half));
      return;
    }
    if (error instanceof WireError) {
      throw wormholeError(
        SQLSTATES.badResult,
        `A value the remote function yielded cannot be sent back: ${error.message}`,
        error.tooLong
          ? 'Yield smaller values: each one is sent as wire text of its own, within the limit'
          : 'Yield plain data: objects, arrays, strings, numbers, booleans, null, Date, BigInt or bytes',
      );
    }
    throw error;
  }
  yield text;
}

/**
 * The batches of a stream, as wire text. `onError` turns what the function threw into the raised
 * error (mapped to the user's line); `onEnd` runs once, however the stream ends (statistics).
 */
export function* batches(
  driver: StreamDriver,
  onError: (thrown: unknown) => never,
  onEnd: (failed: unknown) => void,
): Generator<string, void, unknown> {
  let size = FIRST_BATCH_VALUES;
  let failure: unknown = null;
  let ended = false;
  try {
    for (;;) {
      const values: unknown[] = [];
      const started = Date.now();
      let wireRows = false;
      while (values.length < size) {
        let item: IteratorResult<unknown, undefined> | typeof WIRE_ROWS;
        try {
          item = driver.pull();
        } catch (thrown) {
          failure = thrown;
          // The values yielded before the error reach the caller first, as in a local for-await loop.
          if (values.length > 0) yield* encodedBatches(values);
          onError(thrown);
        }
        if (item! === WIRE_ROWS) {
          wireRows = true;
          break;
        }
        if (item!.done) {
          ended = true;
          break;
        }
        values.push(item!.value);
        // A slow generator's values do not wait for a full batch (checked every 64 values: Date.now() is not free).
        if ((values.length & 63) === 0 && Date.now() - started > MAX_BATCH_MILLISECONDS) break;
      }
      if (values.length > 0) {
        let chars = 0;
        for (const text of encodedBatches(values)) {
          chars += text.length;
          yield text;
        }
        size = nextBatchSize(values.length, chars);
      }
      // `yield* db.rows(…)`: a batch per fetch, its wire text as the cursor gives it.
      while (wireRows) {
        let text: string | null;
        try {
          text = driver.readWire(size);
        } catch (thrown) {
          failure = thrown;
          onError(thrown);
        }
        if (text! === null) break;
        size = nextBatchSize(size, text!.length);
        yield text!;
      }
      if (ended) return;
    }
  } finally {
    // Closed early (the engine's return() when the portal closed): close the user's generator too.
    let closeFailure: unknown = null;
    if (!ended && failure === null) {
      try {
        driver.close();
      } catch (thrown) {
        closeFailure = thrown;
      }
    }
    onEnd(failure ?? closeFailure);
    if (closeFailure !== null) onError(closeFailure);
  }
}
