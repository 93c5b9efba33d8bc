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

/**
 * A promise that is already settled can be made without the executor and its resolve/reject
 * closures: a call's db queries and awaits make several promises, nearly all settled at birth, and
 * in the runtime's call-path profile their allocations were a good part of what a remote function
 * costs beyond the same queries in plain PL/v8. settledPromise() puts the outcome here and calls the
 * constructor with `bornSettled`, a function remote code cannot reach, so it can only construct
 * promises the standard way (and `Promise.length` stays 1).
 */
function bornSettled(): void {}
let birthState: 'fulfilled' | 'rejected' = 'fulfilled';
let birthValue: unknown = undefined;

export class SyncPromise<T> implements PromiseLike<T> {
  state: State = 'pending';
  value: unknown = undefined;
  /** Callbacks waiting for a pending promise (made on first need: most promises never wait). */
  private waiters: Array<() => void> | null = null;

  constructor(executor: (resolve: Resolver<T>, reject: Rejecter) => void) {
    if (executor === bornSettled) {
      this.state = birthState;
      this.value = birthValue;
      birthValue = undefined;
      return;
    }
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
    this.waiters = null;
    if (waiters !== null) for (const waiter of waiters) waiter();
  }

  /** Runs `fn` once settled: now if already settled. */
  private subscribe(fn: () => void): void {
    if (this.state === 'pending') (this.waiters ??= []).push(fn);
    else fn();
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): SyncPromise<R1 | R2> {
    if (this.state !== 'pending') {
      // Settled already (the usual case): run the handler now, as the general path below would,
      // without its closures.
      const handler = this.state === 'fulfilled' ? onFulfilled : onRejected;
      if (typeof handler !== 'function') return settledPromise<R1 | R2>(this.state, this.value);
      let result: unknown;
      try {
        result = (handler as (v: unknown) => R1 | R2)(this.value);
      } catch (error) {
        return settledPromise<R1 | R2>('rejected', error);
      }
      return resolvedWith<R1 | R2>(result);
    }
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
    return resolvedWith<T>(value);
  }

  static reject<T = never>(reason?: unknown): SyncPromise<T> {
    return settledPromise<T>('rejected', reason);
  }

  static all<T>(items: Iterable<T | PromiseLike<T>>): SyncPromise<T[]> {
    const list = Array.from(items);
    // Every item a settled SyncPromise or a primitive (an object's `then` is left to the general
    // path to read, as before): the outcome is known now, as the general path would find it item by
    // item — the values, or the first rejection in order.
    let known = true;
    for (const item of list) {
      if (item instanceof SyncPromise ? item.state === 'pending' : (typeof item === 'object' && item !== null) || typeof item === 'function') {
        known = false;
        break;
      }
    }
    if (known) {
      const results: T[] = new Array(list.length);
      for (let i = 0; i < list.length; i++) {
        const item = list[i];
        if (!(item instanceof SyncPromise)) results[i] = item as T;
        else if (item.state === 'fulfilled') results[i] = item.value as T;
        else return settledPromise<T[]>('rejected', item.value);
      }
      return settledPromise<T[]>('fulfilled', results);
    }
    return new SyncPromise<T[]>((resolve, reject) => {
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

/** A promise settled at birth (see bornSettled). */
export function settledPromise<T>(state: 'fulfilled' | 'rejected', value: unknown): SyncPromise<T> {
  birthState = state;
  birthValue = value;
  return new SyncPromise<T>(bornSettled);
}

/**
 * What `new SyncPromise((resolve) => resolve(value))` gives, without the closures for a settled
 * SyncPromise or a primitive. Any other object goes the general way, which reads its `then` as
 * before (once to test it, once to call it).
 */
export function resolvedWith<T>(value: unknown): SyncPromise<T> {
  if (value instanceof SyncPromise) {
    if (value.state !== 'pending') return settledPromise<T>(value.state, value.value);
  } else if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    return settledPromise<T>('fulfilled', value);
  }
  return new SyncPromise<T>((resolve) => resolve(value as T));
}
