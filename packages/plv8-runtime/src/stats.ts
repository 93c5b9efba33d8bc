/**
 * Per-function call statistics and the optional call audit, without writing a row.
 *
 * A call must write nothing and lock nothing beyond what the function's own queries do (it has to
 * work in READ ONLY transactions and on hot standbys, and must never wait on another session
 * because of bookkeeping). So nothing here touches a table:
 *   - Counters go to the engine: on plv8-compat, Wormhole's entry points run in a private V8
 *     context where the engine offers `plv8.record_call(key, ok, ms)`, which adds to a shared-memory
 *     table that the DBA reads through the `wormhole.function_stats` view. The runtime takes that
 *     function at load time and removes it from `plv8`, so remote code cannot call it: counters
 *     cannot be forged by the roles being counted.
 *   - Where the engine has no record_call (upstream PL/v8), counters stay in this backend's memory
 *     (see `localCounters`); the view then has nothing to show for those calls.
 *   - When the policy asks for call auditing, each call writes one LOG line to the server log,
 *     in a fixed format a DBA can grep (pgaudit-style); the session's role and pid are in the
 *     server's log_line_prefix, not in anything the caller controls.
 */

/** The shape of `plv8.record_call` on plv8-compat (see plv8-compat/README.md, "Call statistics"). */
type RecordCall = (key: string, ok: boolean, elapsedMs: number) => void;

interface Counter {
  calls: number;
  errors: number;
  totalMs: number;
  maxMs: number;
  lastCalledAt: number;
}

// Postgres' elog level for LOG (utils/elog.h): goes to the server log, not to the client.
const LOG = 15;
const SQLSTATE_SHAPE = /^[0-9A-Z]{5}$/;

let recordCall: RecordCall | null = null;
const localCounters = new Map<string, Counter>();
let auditCalls = false;

/**
 * Takes the engine's recorder out of reach of remote code. Returns whether the engine has one
 * (which is also how the runtime knows it runs in a private context of its own).
 */
export function takeEngineRecorder(host: Record<string, unknown>): boolean {
  const candidate = host.record_call;
  if (typeof candidate !== 'function') return false;
  recordCall = candidate as RecordCall;
  delete host.record_call;
  if (host.record_call !== undefined) throw new Error('wormhole: plv8.record_call could not be hidden from remote code');
  return true;
}

export function setAuditCalls(value: boolean): void {
  auditCalls = value;
}

/** Counts one call; `errorCode` is the SQLSTATE when it failed. */
export function record(hash: string, ms: number, errorCode: string | null, now = Date.now()): void {
  if (recordCall !== null) {
    recordCall(hash, errorCode === null, ms);
  } else {
    let counter = localCounters.get(hash);
    if (counter === undefined) {
      counter = { calls: 0, errors: 0, totalMs: 0, maxMs: 0, lastCalledAt: now };
      localCounters.set(hash, counter);
    }
    counter.calls++;
    if (errorCode !== null) counter.errors++;
    counter.totalMs += ms;
    if (ms > counter.maxMs) counter.maxMs = ms;
    counter.lastCalledAt = now;
  }
  if (auditCalls) {
    // One line per call. The hash was checked against HASH before the call ran; the SQLSTATE is
    // printed only when it has the SQLSTATE shape, so a thrown object cannot write into the line.
    const outcome = errorCode === null ? 'ok' : SQLSTATE_SHAPE.test(errorCode) ? errorCode : 'error';
    plv8.elog(LOG, `wormhole: AUDIT call hash=${hash} outcome=${outcome} ms=${ms}`);
  }
}

/** This backend's counters where the engine keeps none (upstream PL/v8), for wormhole.info(). */
export function localStats(): Array<{ hash: string } & Counter> {
  return [...localCounters].map(([hash, c]) => ({ hash, ...c }));
}

export function usesEngineRecorder(): boolean {
  return recordCall !== null;
}
