/**
 * Drives rewritten async functions synchronously.
 *
 * transform.ts turns `async (db, x) => { const r = await db.query(...); ... }` into
 * `(db, x) => __wh_async(function* () { const r = (yield db.query(...)); ... }.call(this))`.
 * `runAsync` steps the generator: every yielded value is resolved as a SyncPromise; if it has
 * settled (always, for db calls and plain values) the generator resumes at once, in a loop rather
 * than by recursion so a function awaiting 100 000 times does not grow the stack.
 */
import { SyncPromise } from './sync-promise';

export function runAsync<T>(generator: Generator<unknown, T, unknown>): SyncPromise<T> {
  return new SyncPromise<T>((resolve, reject) => {
    const resume = (method: 'next' | 'throw', input: unknown): void => {
      for (;;) {
        let step: IteratorResult<unknown, T>;
        try {
          step = method === 'next' ? generator.next(input) : generator.throw(input);
        } catch (error) {
          reject(error);
          return;
        }
        if (step.done) {
          resolve(step.value);
          return;
        }
        const awaited = SyncPromise.resolve(step.value);
        if (awaited.state === 'pending') {
          // Something that is not a db call is still outstanding; continue when (if) it settles.
          awaited.then(
            (v) => resume('next', v),
            (e) => resume('throw', e),
          );
          return;
        }
        method = awaited.state === 'fulfilled' ? 'next' : 'throw';
        input = awaited.value;
      }
    };
    resume('next', undefined);
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
