/**
 * Drives rewritten async functions synchronously.
 *
 * transform.ts turns `async (db, x) => { const r = await db.query(...); ... }` into
 * `(db, x) => __wh_async(function* () { const r = (yield db.query(...)); ... }.call(this))`.
 * `runAsync` steps the generator: every yielded value is resolved as a SyncPromise; if it has
 * settled (always, for db calls and plain values) the generator resumes at once, in a loop rather
 * than by recursion so a function awaiting 100 000 times does not grow the stack. The usual call
 * settles inside that loop, so its promise is made settled at the end: no executor and no
 * resolve/reject/resume closures, which every remote call (and every nested async function) used
 * to allocate. Only an await of something still pending makes a pending promise (stepsLater).
 */
import { SyncPromise, resolvedWith, settledPromise } from './sync-promise';

export function runAsync<T>(generator: Generator<unknown, T, unknown>): SyncPromise<T> {
  return stepsFrom(generator, 'next', undefined);
}

/** Resumes `generator` with `method(input)` and steps it while what it awaits has settled. */
function stepsFrom<T>(generator: Generator<unknown, T, unknown>, method: 'next' | 'throw', input: unknown): SyncPromise<T> {
  for (;;) {
    let step: IteratorResult<unknown, T>;
    try {
      step = method === 'next' ? generator.next(input) : generator.throw(input);
    } catch (error) {
      return settledPromise<T>('rejected', error);
    }
    if (step.done) return resolvedWith<T>(step.value);
    const awaited = SyncPromise.resolve(step.value);
    if (awaited.state === 'pending') return stepsLater(generator, awaited);
    method = awaited.state === 'fulfilled' ? 'next' : 'throw';
    input = awaited.value;
  }
}

/** Something that is not a db call is still outstanding: the steps go on when (if) it settles. */
function stepsLater<T>(generator: Generator<unknown, T, unknown>, awaited: SyncPromise<unknown>): SyncPromise<T> {
  return new SyncPromise<T>((resolve) => {
    awaited.then(
      (value) => resolve(stepsFrom(generator, 'next', value)),
      (reason) => resolve(stepsFrom(generator, 'throw', reason)),
    );
  });
}

/** A remote function settled synchronously, or threw; anything still pending cannot be awaited server-side. */
export class PendingResultError extends Error {
  constructor() {
    super(
      'The remote function returned a promise that had not settled when it returned. ' +
        'Server-side, await works on db calls and values only (there are no timers or I/O); ' +
        'remove awaits on anything else, e.g. setTimeout-based delays.',
    );
    this.name = 'PendingResultError';
  }
}

/** Unwraps what a remote function returned: the settled value, a thrown rejection, or an error if unsettled. */
export function settle(result: unknown): unknown {
  if (result instanceof SyncPromise) {
    if (result.state === 'fulfilled') return result.value;
    if (result.state === 'rejected') throw result.value;
    throw new PendingResultError();
  }
  if (typeof result === 'object' && result !== null && typeof (result as { then?: unknown }).then === 'function') {
    throw new PendingResultError();
  }
  return result;
}
