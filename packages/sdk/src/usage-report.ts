/**
 * Which functions this Wormhole called, reported to the primary for `wormhole prune` (docs/protocol.md,
 * "Usage reports"). plv8-compat counts each call in the shared memory of the server that ran it, so
 * there only calls answered by a replica are reported (the primary's counters never see them).
 * Upstream has no shared memory, and counting in a table inside each call would write in the
 * caller's transaction (failing in read-only transactions and on standbys, lost on rollback). So the
 * SDK notes the hash of each call that ran (primary, replica, batch, stream, transaction, committed
 * or not) and sends the set at most once per interval, in a statement of its own on the primary
 * pool: `SET LOCAL statement_timeout = …; SELECT wormhole.report_use('{…}')`, one simple-protocol
 * string (its own implicit transaction, nothing prepared, so PgBouncer in transaction mode is
 * fine), with at most USAGE_REPORT_LIMITS.maxHashes hashes per statement.
 *
 * A report never fails or slows a call: it runs from an unref'd timer, or from wh.close() (awaited
 * at most CLOSE_WAIT_MS); a failure is counted (wh.stats.usageReportFailures) and its hashes are sent
 * with the next report. A server without report_use (an older extension: 42883) or a role that may
 * not report (42501) ends reporting for this Wormhole, so the server's log does not fill with the
 * same error every interval.
 */
import { FUNCTION_HASH, USAGE_REPORT_LIMITS, type EngineKind } from '@wormhole/protocol';

/** Default interval between reports, in ms (option usageReportMs). */
export const DEFAULT_USAGE_REPORT_MS = 60_000;
/** statement_timeout of a report: it waits for row locks a concurrent prune may hold, never for long. */
export const REPORT_TIMEOUT_MS = 5_000;
/** How long wh.close() waits for the last report. */
export const CLOSE_WAIT_MS = 2_000;
/** Errors after which reporting stops: report_use missing (extension older than 0.3.0), or not allowed. */
const GIVE_UP_CODES = new Set(['42883', '42501']);

export interface UsageReportStats {
  /** Usage reports sent (statements of `wormhole.report_use` that succeeded). */
  usageReports: number;
  /** Usage reports that failed (their hashes go with the next report). */
  usageReportFailures: number;
}

/** What the reporter needs of the Wormhole: the server's engine, and a way to send a statement on the primary. */
export interface UsageReportTarget {
  /** The server's engine when already known (connect() reads it), else undefined. */
  knownKind(): EngineKind | undefined;
  /** Asks the server's engine (one round trip on the primary). */
  askKind(): Promise<EngineKind>;
  /** Runs `sql` (simple protocol, its own implicit transaction) on the primary pool. */
  send(sql: string): Promise<void>;
}

/** The statement of one report: hashes are 64 hex digits each, so they are safe as an array literal. */
export function reportStatement(hashes: readonly string[]): string {
  for (const hash of hashes) if (!FUNCTION_HASH.test(hash)) throw new TypeError(`not a function hash: ${JSON.stringify(hash)}`);
  return `SET LOCAL statement_timeout = ${REPORT_TIMEOUT_MS}; SELECT wormhole.report_use('{${hashes.join(',')}}'::text[])`;
}

/** The reporter of one Wormhole instance. */
export class UsageReporter {
  readonly stats: UsageReportStats = { usageReports: 0, usageReportFailures: 0 };
  /** hash -> whether a replica answered a call of it (what plv8-compat needs reported). */
  private pending = new Map<string, boolean>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The report being sent, if any: reports go one after another. */
  private sending: Promise<void> | undefined;
  private stopped = false;

  /** `intervalMs` 0 disables reporting. */
  constructor(
    private readonly target: UsageReportTarget,
    private readonly intervalMs: number = DEFAULT_USAGE_REPORT_MS,
  ) {
    if (intervalMs === 0) this.stopped = true;
  }

  /**
   * A call of `hash` ran, on a replica if `onReplica`. Costs a set insert; a report is scheduled if
   * none is. On plv8-compat only a replica's calls count: the primary's own counters see the rest.
   */
  note(hash: string, onReplica = false): void {
    if (this.stopped || (!onReplica && this.target.knownKind() === 'plv8-compat')) return;
    if (onReplica || !this.pending.has(hash)) this.pending.set(hash, onReplica);
    this.schedule();
  }

  /** Sends what is pending now (after a report already under way). Never rejects. */
  flush(): Promise<void> {
    const previous = this.sending ?? Promise.resolve();
    const run = previous.then(() => this.sendPending());
    this.sending = run;
    void run.then(() => {
      if (this.sending === run) this.sending = undefined;
    });
    return run;
  }

  /** wh.close(): stops the timer and sends the last report, waiting for it at most `waitMs`. */
  async close(waitMs: number = CLOSE_WAIT_MS): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const last = this.flush();
    this.stopped = true;
    let waited: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([last, new Promise<void>((resolve) => (waited = setTimeout(resolve, waitMs)))]);
    clearTimeout(waited);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.intervalMs);
    // A pending report never keeps the process alive (wh.close() sends it).
    this.timer.unref?.();
  }

  private async sendPending(): Promise<void> {
    if (this.pending.size === 0) return;
    let kind = this.target.knownKind();
    if (kind === undefined) {
      try {
        kind = await this.target.askKind();
      } catch {
        this.failed();
        return;
      }
    }
    // Noted before the engine was known: on plv8-compat the primary's calls are its counters' business.
    const taken = this.pending;
    this.pending = new Map();
    const hashes = [...taken].filter(([, onReplica]) => onReplica || kind !== 'plv8-compat').map(([hash]) => hash);
    const max = USAGE_REPORT_LIMITS.maxHashes;
    for (let at = 0; at < hashes.length; at += max) {
      try {
        await this.target.send(reportStatement(hashes.slice(at, at + max)));
        this.stats.usageReports++;
      } catch (error) {
        if (GIVE_UP_CODES.has((error as { code?: unknown })?.code as string)) {
          this.stopped = true;
          this.pending.clear();
          this.stats.usageReportFailures++;
          return;
        }
        for (const hash of hashes.slice(at)) this.pending.set(hash, taken.get(hash) === true || this.pending.get(hash) === true);
        this.failed();
        return;
      }
    }
  }

  /** A report that may work later (a lost connection, a timeout): try again at the next interval. */
  private failed(): void {
    this.stats.usageReportFailures++;
    this.schedule();
  }
}
