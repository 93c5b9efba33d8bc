/**
 * Per-function call statistics, kept in memory and written in batches.
 *
 * Writing a row on every call would double the cost of a cheap call and would be rolled back with
 * a failing one. Instead each backend accumulates counts here and flushes them through the
 * SECURITY DEFINER function wormhole._flush_stats at most about once a second (at the end of a
 * successful call, or on demand via wormhole.flush_stats()). Failed calls are counted in memory and
 * go out with the next flush. The flush also returns the policy's audit_calls flag, so call auditing
 * follows the policy within about a second without a query per call.
 */

export const FLUSH_INTERVAL_MS = 1000;
const MAX_PENDING_AUDIT = 1000;

interface Counter {
  calls: number;
  errors: number;
  totalMs: number;
  maxMs: number;
  lastCalledAt: number;
}

export interface CallAudit {
  hash: string;
  at: string;
  outcome: string;
}

const counters = new Map<string, Counter>();
let audits: CallAudit[] = [];
// Starts at load time, so the first call of a backend does not flush (it has nothing to flush yet).
let lastFlush = Date.now();
let auditCalls = false;

export function setAuditCalls(value: boolean): void {
  auditCalls = value;
}

/** Counts one call; `errorCode` is the SQLSTATE when it failed. */
export function record(hash: string, ms: number, errorCode: string | null, now = Date.now()): void {
  let counter = counters.get(hash);
  if (counter === undefined) {
    counter = { calls: 0, errors: 0, totalMs: 0, maxMs: 0, lastCalledAt: now };
    counters.set(hash, counter);
  }
  counter.calls++;
  if (errorCode !== null) counter.errors++;
  counter.totalMs += ms;
  if (ms > counter.maxMs) counter.maxMs = ms;
  counter.lastCalledAt = now;
  if (auditCalls && audits.length < MAX_PENDING_AUDIT) {
    audits.push({ hash, at: new Date(now).toISOString(), outcome: errorCode === null ? 'ok' : `error ${errorCode}` });
  }
}

/** The pending batch as the JSON wormhole._flush_stats expects. */
export function pendingBatch(): { stats: object[]; audit: CallAudit[] } {
  const stats = [...counters].map(([hash, c]) => ({
    hash, calls: c.calls, errors: c.errors, total_ms: c.totalMs, max_ms: c.maxMs,
    last_called_at: new Date(c.lastCalledAt).toISOString(),
  }));
  return { stats, audit: audits };
}

export function hasPending(): boolean {
  return counters.size > 0 || audits.length > 0;
}

/** Writes the batch if one is due (or `force`); safe to call on every successful call. */
export function flush(force = false, now = Date.now()): boolean {
  if (!force && (now - lastFlush < FLUSH_INTERVAL_MS || !hasPending())) return false;
  const batch = pendingBatch();
  const out = plv8.execute('SELECT wormhole._flush_stats($1::text::jsonb) AS audit_calls', [JSON.stringify(batch)]) as Array<{ audit_calls: boolean }>;
  // Cleared only after the write succeeded, so a failed flush keeps the counts for the next try.
  counters.clear();
  audits = [];
  lastFlush = now;
  auditCalls = Boolean(out[0]?.audit_calls);
  return true;
}

/** For tests: forget everything. */
export function resetStats(): void {
  counters.clear();
  audits = [];
  lastFlush = 0;
  auditCalls = false;
}
