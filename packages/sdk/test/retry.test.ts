import { backoffDelay, DEFAULT_RETRY, isRetryable, resolveRetry, withRetry } from '../src/retry';

const failure = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('resolveRetry', () => {
  it('defaults to 5 attempts on serialization failures and deadlocks', () => {
    expect(resolveRetry()).toEqual(DEFAULT_RETRY);
    expect(DEFAULT_RETRY.codes).toEqual(['40001', '40P01']);
  });

  it('merges overrides field by field; false means a single attempt', () => {
    expect(resolveRetry({ attempts: 2 }, { baseDelayMs: 1 })).toMatchObject({ attempts: 2, baseDelayMs: 1, maxDelayMs: 1000 });
    expect(resolveRetry({ attempts: 9 }, false).attempts).toBe(1);
  });

  it('rejects nonsense with a message that says what to do', () => {
    expect(() => resolveRetry({ attempts: 0 })).toThrow(/whole number ≥ 1.*retry: false/);
    expect(() => resolveRetry({ baseDelayMs: -1 })).toThrow(/≥ 0/);
  });
});

describe('backoffDelay (full jitter)', () => {
  const options = resolveRetry({ baseDelayMs: 10, maxDelayMs: 100 });

  it('doubles the ceiling each retry, up to maxDelayMs', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, options, top))).toEqual([9, 19, 39, 79, 99, 99]);
  });

  it('is random between 0 and the ceiling', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(3, options, () => 0.5)).toBe(20);
  });
});

describe('withRetry', () => {
  const fast = { sleep: async () => undefined, random: () => 0.5 };

  it('retries a serialization failure and returns the eventual result', async () => {
    let calls = 0;
    const result = await withRetry(
      async (attempt) => {
        calls++;
        if (attempt < 3) throw failure('40001');
        return 'ok';
      },
      resolveRetry(),
      fast,
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('waits with growing pauses between attempts', async () => {
    const pauses: number[] = [];
    await expect(
      withRetry(
        async () => {
          throw failure('40P01');
        },
        resolveRetry({ attempts: 4, baseDelayMs: 8 }),
        {
          sleep: async (ms) => {
            pauses.push(ms);
          },
          random: () => 0.999,
        },
      ),
    ).rejects.toMatchObject({ code: '40P01' });
    expect(pauses).toEqual([7, 15, 31]);
  });

  it('gives up after the configured attempts with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw failure('40001');
        },
        resolveRetry({ attempts: 2 }),
        fast,
      ),
    ).rejects.toThrow('failed with 40001');
    expect(calls).toBe(2);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw failure('23505');
        },
        resolveRetry(),
        fast,
      ),
    ).rejects.toThrow('23505');
    expect(calls).toBe(1);
    expect(isRetryable(new Error('plain'), resolveRetry())).toBe(false);
  });
});
