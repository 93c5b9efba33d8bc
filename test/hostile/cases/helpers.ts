/** Small builders so each case module reads as a table. */
import type { Case, Outcome, Role, Step } from '../support/harness';
import { TIMEOUT_MS, TIMEOUT_SLACK_MS, CANCELED } from '../support/expectations';

/** One remote function sent through wormhole.call(hash, args, source). */
export const fnCase = (name: string, fn: string, expect: Outcome, more: Partial<Case> & { args?: string; as?: Role } = {}): Case => ({
  name,
  role: more.role,
  pgOptions: more.pgOptions,
  timeoutMs: more.timeoutMs,
  steps: [...(more.steps ?? []), { fn, args: more.args, as: more.as, expect }],
});

/** One SQL statement. */
export const sqlCase = (name: string, sql: string, expect: Outcome, more: Partial<Case> & { as?: Role; params?: unknown[] } = {}): Case => ({
  name,
  role: more.role,
  pgOptions: more.pgOptions,
  timeoutMs: more.timeoutMs,
  cleanup: more.cleanup,
  steps: [...(more.steps ?? []), { sql, params: more.params, as: more.as, expect }],
});

/** A step that arms statement_timeout on the case's connection. */
export const armTimeout = (ms = TIMEOUT_MS, as?: Role): Step => ({ sql: `SET statement_timeout = ${ms}`, as, expect: { ok: true } });

/** Under a short statement_timeout, `fn` must end in 57014 within the bound. */
export const timeoutFn = (name: string, fn: string, args?: string, orRefusedWith: readonly string[] = []): Case => ({
  name,
  // orRefusedWith: codes for a runtime that refuses the value without running the user code (e.g.
  // WH005 for a toJSON function); the time bound still proves nothing ran outside the watchdog.
  steps: [armTimeout(), { fn, args, expect: { code: [CANCELED, ...orRefusedWith], withinMs: TIMEOUT_MS + TIMEOUT_SLACK_MS } }],
  timeoutMs: 15_000,
});

/** The same for raw SQL (e.g. DO … LANGUAGE plv8). */
export const timeoutSql = (name: string, sql: string): Case => ({
  name,
  steps: [armTimeout(), { sql, expect: { code: CANCELED, withinMs: TIMEOUT_MS + TIMEOUT_SLACK_MS } }],
  timeoutMs: 15_000,
});

/** A JS loop that spins for `ms` (bounded, so a missed watchdog costs seconds rather than a stuck core). */
export const spin = (ms = 4000) => `{ const __t = Date.now(); while (Date.now() - __t < ${ms}) {} }`;

/** A DO block of raw PL/v8. */
export const doJs = (body: string) => `DO $hostile$ ${body} $hostile$ LANGUAGE plv8`;

/** Encodes a JS value list as the wire argument text. */
export const wire = (...args: unknown[]) => JSON.stringify(args);
