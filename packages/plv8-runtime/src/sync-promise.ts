/**
 * A Promise-compatible class that settles synchronously.
 *
 * Inside PL/v8 every query is synchronous, and a native promise only settles in a microtask
 * checkpoint, which PL/v8 runs after the outermost JavaScript call has returned: too late to hand the
 * result back to PostgreSQL. Remote functions therefore see this class as `Promise` (and their
 * `async` functions are rewritten at install time to return it, see transform.ts and async.ts):
 * `then` callbacks of an already settled promise run immediately, so `await`, `Promise.all` & co.
 * complete before the call returns. Ordering differs from native promises only in *when* callbacks
 * run (now, not in a later microtask), which code that awaits its work cannot observe.
 */

type State = 'pending' | 'fulfilled' | 'rejected';
type Resolver<T> = (value: T | PromiseLike<T>) => void;
type Rejecter = (reason?: unknown) => void;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export class SyncPromise<T> implements PromiseLike<T> {
  state: State = 'pending';
  value: unknown = undefined;
  private waiters: Array<() => void> = [];

  constructor(executor: (resolve: Resolver<T>, reject: Rejecter) => void) {
    if (typeof executor !== 'function') {
      throw new TypeError('Promise resolver must be a function, e.g. new Promise((resolve, reject) => { ... })');
    }
    let done = false;
    const resolve: Resolver<T> = (v) => {
      if (!done) {
        done = true;
        this.adopt(v);
      }
    };
    const reject: Rejecter = (r) => {
      if (!done) {
        done = true;
        this.settle('rejected', r);
      }
    };
    try {
      executor(resolve, reject);
    } catch (error) {
      reject(error);
    }
  }

  private adopt(value: unknown): void {
    if (value === this) {
      this.settle('rejected', new TypeError('A promise cannot be resolved with itself'));
      return;
    }
    if (value instanceof SyncPromise) {
      value.subscribe(() => this.settle(value.state, value.value));
      return;
    }
    if (isThenable(value)) {
      let called = false;
      try {
        value.then(
          (v) => {
            if (!called) {
              called = true;
              this.adopt(v);
            }
          },
          (r) => {
            if (!called) {
              called = true;
              this.settle('rejected', r);
            }
          },
        );
      } catch (error) {
        if (!called) {
          called = true;
          this.settle('rejected', error);
        }
      }
      return;
    }
    this.settle('fulfilled', value);
  }

  private settle(state: State, value: unknown): void {
    if (this.state !== 'pending') return;
    this.state = state;
    this.value = value;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** Runs `fn` once settled: now if already settled. */
  private subscribe(fn: () => void): void {
    if (this.state === 'pending') this.waiters.push(fn);
    else fn();
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): SyncPromise<R1 | R2> {
    return new SyncPromise<R1 | R2>((resolve, reject) => {
      this.subscribe(() => {
        const handler = this.state === 'fulfilled' ? onFulfilled : onRejected;
        if (typeof handler !== 'function') {
          if (this.state === 'fulfilled') resolve(this.value as R1);
          else reject(this.value);
          return;
        }
        try {
          resolve((handler as (v: unknown) => R1 | R2)(this.value));
        } catch (error) {
          reject(error);
        }
      });
    });
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): SyncPromise<T | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): SyncPromise<T> {
    return this.then(
      (value) => SyncPromise.resolve(onFinally?.()).then(() => value),
      (reason) =>
        SyncPromise.resolve(onFinally?.()).then(() => {
          throw reason;
        }),
    );
  }

  static resolve<T>(value?: T | PromiseLike<T>): SyncPromise<T> {
    if (value instanceof SyncPromise) return value as SyncPromise<T>;
    return new SyncPromise<T>((resolve) => resolve(value as T));
  }

  static reject<T = never>(reason?: unknown): SyncPromise<T> {
    return new SyncPromise<T>((_, reject) => reject(reason));
  }

  static all<T>(items: Iterable<T | PromiseLike<T>>): SyncPromise<T[]> {
    return new SyncPromise<T[]>((resolve, reject) => {
      const list = Array.from(items);
      const results: T[] = new Array(list.length);
      let remaining = list.length;
      if (remaining === 0) resolve(results);
      list.forEach((item, i) => {
        SyncPromise.resolve(item).then((v) => {
          results[i] = v as T;
          if (--remaining === 0) resolve(results);
        }, reject);
      });
    });
  }

  static allSettled<T>(items: Iterable<T | PromiseLike<T>>): SyncPromise<Array<{ status: string; value?: T; reason?: unknown }>> {
    return SyncPromise.all(
      Array.from(items, (item) =>
        SyncPromise.resolve(item).then(
          (value) => ({ status: 'fulfilled', value: value as T }),
          (reason) => ({ status: 'rejected', reason }),
        ),
      ),
    );
  }

  static race<T>(items: Iterable<T | PromiseLike<T>>): SyncPromise<T> {
    return new SyncPromise<T>((resolve, reject) => {
      for (const item of items) SyncPromise.resolve(item).then(resolve, reject);
    });
  }

  static any<T>(items: Iterable<T | PromiseLike<T>>): SyncPromise<T> {
    return new SyncPromise<T>((resolve, reject) => {
      const list = Array.from(items);
      const errors: unknown[] = new Array(list.length);
      let remaining = list.length;
      if (remaining === 0) reject(new Error('All promises were rejected (the list was empty)'));
      list.forEach((item, i) => {
        SyncPromise.resolve(item).then(resolve, (reason) => {
          errors[i] = reason;
          if (--remaining === 0) {
            const error = new Error('All promises were rejected') as Error & { errors: unknown[] };
            error.errors = errors;
            reject(error);
          }
        });
      });
    });
  }
}
