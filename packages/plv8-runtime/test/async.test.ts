import { runAsync, settle, PendingResultError } from '../src/async';
import { SyncPromise } from '../src/sync-promise';

describe('SyncPromise', () => {
  it('settles then-chains synchronously', () => {
    let seen: unknown = null;
    SyncPromise.resolve(1)
      .then((v) => v + 1)
      .then((v) => {
        seen = v;
      });
    expect(seen).toBe(2);
  });

  it('implements all, allSettled, race and any', () => {
    expect(settle(SyncPromise.all([1, SyncPromise.resolve(2), 3]))).toEqual([1, 2, 3]);
    expect(settle(SyncPromise.allSettled([SyncPromise.reject(new Error('x')), 1]))).toEqual([
      { status: 'rejected', reason: new Error('x') },
      { status: 'fulfilled', value: 1 },
    ]);
    expect(settle(SyncPromise.race([SyncPromise.resolve('first'), 'second']))).toBe('first');
    expect(settle(SyncPromise.any([SyncPromise.reject(new Error('no')), 'yes']))).toBe('yes');
    expect(() => settle(SyncPromise.all([1, SyncPromise.reject(new Error('boom'))]))).toThrow('boom');
  });

  it('runs finally and keeps the outcome', () => {
    const order: string[] = [];
    const p = SyncPromise.reject(new Error('kept')).finally(() => {
      order.push('finally');
    });
    expect(order).toEqual(['finally']);
    expect(() => settle(p)).toThrow('kept');
  });

  it('adopts foreign thenables that call back synchronously', () => {
    const thenable = { then: (resolve: (v: number) => void) => resolve(7) };
    expect(settle(SyncPromise.resolve(thenable as unknown as PromiseLike<number>))).toBe(7);
  });

  it('turns an executor throw into a rejection', () => {
    expect(() =>
      settle(
        new SyncPromise(() => {
          throw new Error('in executor');
        }),
      ),
    ).toThrow('in executor');
  });
});

describe('runAsync', () => {
  it('drives a generator to completion, resuming with awaited values and throwing rejections in', () => {
    function* body(): Generator<unknown, string, unknown> {
      const a = (yield SyncPromise.resolve(20)) as number;
      const b = (yield 22) as number;
      try {
        yield SyncPromise.reject(new Error('caught'));
      } catch (e) {
        return `${a + b} ${(e as Error).message}`;
      }
      return 'not reached';
    }
    expect(settle(runAsync(body()))).toBe('42 caught');
  });

  it('handles 100 000 awaits without growing the stack', () => {
    function* body(): Generator<unknown, number, unknown> {
      let total = 0;
      for (let i = 0; i < 100_000; i++) total += (yield i) as number;
      return total;
    }
    expect(settle(runAsync(body()))).toBe(4_999_950_000);
  });

  it('goes on when an awaited promise settles later, with its value or its rejection thrown in', () => {
    let settleFirst: (v: number) => void = () => undefined;
    let failSecond: (e: Error) => void = () => undefined;
    function* body(): Generator<unknown, string, unknown> {
      const a = (yield new SyncPromise<number>((resolve) => (settleFirst = resolve))) as number;
      try {
        yield new SyncPromise<number>((_resolve, reject) => (failSecond = reject));
      } catch (e) {
        return `${a} ${(e as Error).message}`;
      }
      return 'not reached';
    }
    const result = runAsync(body());
    expect(result.state).toBe('pending');
    settleFirst(41);
    expect(result.state).toBe('pending');
    failSecond(new Error('later'));
    expect(settle(result)).toBe('41 later');
  });

  it('returns a settled promise when nothing awaited is pending, adopting a returned promise', () => {
    function* body(): Generator<unknown, unknown, unknown> {
      yield 1;
      return SyncPromise.resolve('adopted');
    }
    const result = runAsync(body());
    expect(result.state).toBe('fulfilled');
    expect(result.value).toBe('adopted');
    function* throws(): Generator<unknown, unknown, unknown> {
      yield 1;
      throw new Error('thrown');
    }
    expect(runAsync(throws()).state).toBe('rejected');
  });

  it('reports a promise that never settles instead of returning it', () => {
    function* body(): Generator<unknown, number, unknown> {
      yield new SyncPromise(() => {
        /* never settles */
      });
      return 1;
    }
    expect(() => settle(runAsync(body()))).toThrow(PendingResultError);
    expect(() => settle(Promise.resolve(1))).toThrow(/had not settled/);
  });
});
