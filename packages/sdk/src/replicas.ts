/**
 * Read replicas: PostgreSQL's own scale-out for read-heavy work. Streaming replicas (hot standbys)
 * replay the primary's WAL and answer read-only queries; a function marked `readOnly` runs there.
 *
 *   - Routing: round-robin over the healthy replicas; a replica that fails to connect or drops a call
 *     is left out for `replicaRetryMs`, and so is one that did not catch up within `replicaWaitMs`.
 *     With none healthy, the call runs on the primary (a read-only call is safe to run anywhere, and
 *     to run again after a replica dropped it).
 *   - Installing: a standby cannot write, so it only ever gets the hash-only call. When it does not
 *     know the function yet, the SDK installs it on the primary, waits until the replica has replayed
 *     the primary's WAL up to that point (bounded), and calls again; past the bound, the primary runs it.
 *   - Read-your-writes (option): after a call or transaction that wrote on the primary, the SDK reads
 *     the primary's WAL insert position (at or after that commit record); before a read-only call on a
 *     replica it makes sure the replica has replayed that far (pg_last_wal_replay_lsn), in a statement
 *     before the call's own, so the call's snapshot is taken after the replay.
 */
import type { CallerStack } from './call-site';
import { CallContext, CallEngine, NOT_ON_REPLICA } from './call-engine';
import type { Deadline } from './deadline';
import type { FunctionDefinition } from './definition';
import { ConnectionFailedError, ConnectionLostError } from './errors';
import type { Executor } from './executor';
import type { Observation } from './observability';
import type { PgResult, Queryable } from './local-db';

export interface ReplicaOptions {
  /** Before a read-only call on a replica, wait until it has replayed this Wormhole's last write. */
  readYourWrites?: boolean;
  /** How long a read-only call waits for a replica to catch up before running on the primary (ms, default 2000). */
  replicaWaitMs?: number;
  /** How long a replica that failed stays out of the rotation (ms, default 5000). */
  replicaRetryMs?: number;
}

interface ReplicaNode {
  executor: Executor;
  /** Not tried before this time (ms since the epoch). */
  downUntil: number;
  /** The highest replay position seen on it. */
  replayed: bigint;
}

const FALLBACK = Symbol('run on the primary');

export class ReplicaRouter {
  private readonly nodes: ReplicaNode[];
  private next = 0;
  /** WAL position at or after the commit of this Wormhole's last write on the primary. */
  private lastWrite = 0n;
  private readonly waitMs: number;
  private readonly retryMs: number;

  constructor(
    replicas: Executor[],
    private readonly primary: Executor,
    private readonly engine: CallEngine,
    private readonly options: ReplicaOptions = {},
  ) {
    this.nodes = replicas.map((executor) => ({ executor, downUntil: 0, replayed: 0n }));
    this.waitMs = checkMs(options.replicaWaitMs, 'replicaWaitMs', 2000);
    this.retryMs = checkMs(options.replicaRetryMs, 'replicaRetryMs', 5000);
  }

  get readYourWrites(): boolean {
    return !!this.options.readYourWrites;
  }

  get executors(): Executor[] {
    return this.nodes.map((n) => n.executor);
  }

  /** Notes the primary's WAL position after a commit that wrote (read-your-writes). */
  async recordCommit(client: Queryable): Promise<void> {
    if (!this.readYourWrites) return;
    const lsn = await currentLsn(client);
    if (lsn > this.lastWrite) this.lastWrite = lsn;
  }

  /** Runs a read-only call on a replica, or `onPrimary` when none can take it. */
  async call(
    def: FunctionDefinition,
    argsText: string,
    callStack: CallerStack | undefined,
    deadline: Deadline | undefined,
    onPrimary: () => Promise<unknown>,
    observation?: Observation,
  ): Promise<unknown> {
    for (const node of this.candidates()) {
      let outcome: unknown;
      try {
        outcome = await node.executor.withLease(async (lease) => {
          // The call's observation (onCall, logger) sees the replica's round trips and NOTICEs too.
          observation?.listen(lease.client);
          const ctx: CallContext = { autocommit: true, deadline, suspect: () => lease.release(true), observation };
          const until = Date.now() + this.waitMs;
          if (
            this.readYourWrites &&
            this.lastWrite > node.replayed &&
            !(await this.waitForReplay(node, lease.client, this.lastWrite, until, deadline, observation))
          ) {
            return FALLBACK;
          }
          const value = await this.engine.callOnReplica(lease.client, def, argsText, callStack, ctx);
          if (value !== NOT_ON_REPLICA) return value;
          // Not on this replica yet: install on the primary, then wait until the replica has replayed it.
          const installedAt = await this.primary.withLease(async (p) => {
            await this.engine.installOnly(p.client, def);
            observation?.roundTrip();
            observation?.roundTrip(); // and reading the primary's WAL position
            return currentLsn(p.client);
          }, deadline);
          if (!(await this.waitForReplay(node, lease.client, installedAt, until, deadline, observation))) return FALLBACK;
          const again = await this.engine.callOnReplica(lease.client, def, argsText, callStack, ctx);
          return again === NOT_ON_REPLICA ? FALLBACK : again;
        }, deadline);
      } catch (error) {
        if (error instanceof ConnectionFailedError || error instanceof ConnectionLostError) {
          node.downUntil = Date.now() + this.retryMs; // try the next replica, then the primary
          continue;
        }
        throw error;
      }
      if (outcome !== FALLBACK) return outcome;
      node.downUntil = Date.now() + this.retryMs; // it is lagging: give it time before sending reads again
    }
    this.engine.stats.replicaFallbacks++;
    return onPrimary();
  }

  /** Healthy replicas, starting with the next one in turn. */
  private candidates(): ReplicaNode[] {
    const now = Date.now();
    const n = this.nodes.length;
    const start = this.next++ % n;
    const ordered: ReplicaNode[] = [];
    for (let i = 0; i < n; i++) {
      const node = this.nodes[(start + i) % n];
      if (node.downUntil <= now) ordered.push(node);
    }
    return ordered;
  }

  /** Polls the replica's replay position until it reaches `target` (true) or `until` passes (false). */
  private async waitForReplay(
    node: ReplicaNode,
    client: Queryable,
    target: bigint,
    until: number,
    deadline: Deadline | undefined,
    observation: Observation | undefined,
  ): Promise<boolean> {
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      observation?.roundTrip();
      const result = (await client.query({ text: 'SELECT pg_last_wal_replay_lsn()::text AS lsn' })) as PgResult;
      const text = result.rows[0]?.lsn as string | null;
      if (text === null) return true; // not in recovery (promoted): it has everything it will ever get
      const replayed = parseLsn(text);
      if (replayed > node.replayed) node.replayed = replayed;
      if (replayed >= target) return true;
      if (Date.now() + pause > until) return false;
      if (deadline?.stopped) throw deadline.error('connect', undefined, ' (it was waiting for a replica to catch up)');
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/**
 * A WAL position at or after the commit this connection just made. A commit that waited for its
 * flush (synchronous_commit on, local, remote_*) is within the flushed WAL, and the flush position is
 * what standbys can already receive; the insert position may be ahead of it by records not flushed
 * yet, and waiting for those costs up to wal_writer_delay (200 ms). With synchronous_commit off the
 * commit itself may not be flushed, so only the insert position is safe.
 */
const COMMIT_LSN_SQL =
  "SELECT (CASE WHEN current_setting('synchronous_commit') = 'off' " +
  'THEN pg_current_wal_insert_lsn() ELSE pg_current_wal_flush_lsn() END)::text AS lsn';

async function currentLsn(client: Queryable): Promise<bigint> {
  const result = (await client.query({ text: COMMIT_LSN_SQL })) as PgResult;
  return parseLsn(result.rows[0].lsn as string);
}

/** `16/B374D848` → a comparable number. */
export function parseLsn(text: string): bigint {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
}

function checkMs(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a number of milliseconds ≥ 0 (got ${String(value)})`);
  }
  return value;
}
