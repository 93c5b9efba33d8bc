/**
 * Retrying a transaction that PostgreSQL aborted because of concurrency: a serialization failure
 * (40001) or a deadlock (40P01). Both mean "nothing was applied, try again", so the whole unit of
 * work runs again, after a jittered exponential pause so competing clients do not collide again.
 */
import { SQLSTATES } from '@wormhole/protocol';

export interface RetryOptions {
  /** Total tries, the first one included (default 5; 1 disables retrying). */
  attempts?: number;
  /** The pause before the first retry is up to this long (default 20 ms); it doubles each time. */
  baseDelayMs?: number;
  /** No pause is longer than this (default 1000 ms). */
  maxDelayMs?: number;
  /** SQLSTATEs worth retrying (default 40001 serialization_failure, 40P01 deadlock_detected). */
  codes?: string[];
}

export type ResolvedRetry = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetry = Object.freeze({
  attempts: 5,
  baseDelayMs: 20,
  maxDelayMs: 1000,
  codes: [SQLSTATES.serializationFailure, SQLSTATES.deadlockDetected],
}) as ResolvedRetry;

/** `false` means one attempt; an object overrides the defaults field by field. */
export function resolveRetry(...options: Array<RetryOptions | false | undefined>): ResolvedRetry {
  let resolved: ResolvedRetry = { ...DEFAULT_RETRY };
  for (const o of options) {
    if (o === false) resolved = { ...resolved, attempts: 1 };
    else if (o) resolved = { ...resolved, ...definedOnly(o) };
  }
  if (!Number.isInteger(resolved.attempts) || resolved.attempts < 1) {
    throw new RangeError(`retry.attempts must be a whole number ≥ 1 (got ${resolved.attempts}); use retry: false to try once`);
  }
  if (!(resolved.baseDelayMs >= 0) || !(resolved.maxDelayMs >= 0)) {
    throw new RangeError('retry.baseDelayMs and retry.maxDelayMs must be ≥ 0 milliseconds');
  }
  return resolved;
}

/**
 * The pause before retry number `retry` (1 for the first retry): "full jitter", a uniform random
 * duration between 0 and min(maxDelayMs, baseDelayMs·2^(retry-1)).
 */
export function backoffDelay(retry: number, options: ResolvedRetry, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

export function isRetryable(error: unknown, options: ResolvedRetry): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && options.codes.includes(code);
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called before each retry, e.g. for logging. */
  onRetry?: (error: unknown, retry: number, delayMs: number) => void;
}

/** Runs `work` until it succeeds, fails with a non-retryable error, or runs out of attempts. */
export async function withRetry<T>(work: (attempt: number) => Promise<T>, options: ResolvedRetry, hooks: RetryHooks = {}): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= options.attempts || !isRetryable(error, options)) throw error;
      const delay = backoffDelay(attempt, options, hooks.random);
      hooks.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
