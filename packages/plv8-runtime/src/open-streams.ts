/**
 * Streams pulled one batch per statement: wormhole.stream_open / stream_next / stream_close
 * (docs/protocol.md, "Streams"). Upstream PL/v8 cannot keep a generator suspended between the rows
 * of a set-returning function, so there the SDK opens the stream with one statement and asks for
 * each batch with another, all in the one transaction it holds for the stream; between statements
 * the batches generator (stream.ts) waits here, in the runtime's memory of this backend.
 *
 * A stream id is good only for the role that opened it, in the transaction that opened it, and not
 * after a ROLLBACK TO SAVEPOINT past its stream_open (as PostgreSQL closes a cursor declared in a
 * subtransaction that aborted): the runtime's memory outlives transactions (and, through a pooler,
 * serves other clients' transactions on the same backend), and a generator must not run in a
 * transaction other than its own: its queries would see and write another transaction's data, and
 * run a function whose install rolled back. Two marks tell a stream's transaction: its start time
 * (which differs between the transactions of a backend, except between those of one simple-protocol
 * message: `BEGIN; …; COMMIT; BEGIN; …`) and the transaction-local setting OPEN_SETTING, which lists
 * the streams opened in this transaction and is undone, as every SET LOCAL, at its end and by a
 * rollback to a savepoint set before the stream_open. A role could SET that list itself, but only
 * inside its own message (the start time must match), so it could only resume its own stream.
 *
 * Each stream_next and stream_close also checks, as a call does, that the function is still
 * installed in the caller's snapshot and valid under the current policy (`check`): a function
 * deleted, or whose install rolled back, after its stream opened never runs again.
 *
 * Streams that cannot run any more are dropped (their transaction is gone, so their finally blocks
 * do not run, as when a stream fails on plv8-compat) the next time this backend enters this runtime
 * (each role's context has its own): a suspended generator may hold a lot of memory, which must not
 * stay with the backend after its transaction (through a pooler, the next client's calls would run
 * out of it). Another role's calls cannot drop them, which is why plv8-compat, where the roles'
 * contexts share one V8 heap, refuses stream_open (index.ts): there a generator left suspended would
 * keep its share of that heap until its role entered the runtime again. An id that ended
 * stays known until its transaction ends, so a request that was already on its way when the stream
 * ended answers "ended" again rather than failing.
 */
import { SQLSTATES } from '@wormhole/protocol';
import { wormholeError } from './errors';
import { executeCached } from './plans';

/** Streams one transaction may have open at once; beyond this a client is leaking them (pg-wormhole opens one at a time). */
export const MAX_STREAMS_PER_TRANSACTION = 1000;
/** Ids of finished streams kept (to answer "ended" again); the oldest are forgotten beyond this. */
const MAX_FINISHED_KEPT = 1000;

/** The transaction-local setting listing the streams this transaction opened (`,3,7,`; see the top of this file). */
export const OPEN_SETTING = 'wormhole.open_streams';

type Status = 'open' | 'running' | 'ended' | 'closed' | 'failed';

interface PulledStream {
  role: string;
  transaction: string;
  /** The batches (stream.ts), null once the stream is over. */
  batches: Iterator<string, void> | null;
  status: Status;
  /** While `running`: the statement (its start in µs) that runs the generator. */
  runningIn: string | null;
  /** May the function still run (installed in the caller's snapshot, valid under the policy)? May throw the policy's error. */
  check: () => boolean;
}

/** Who asks, in which transaction and statement (their start in µs), and the streams this transaction opened. */
interface Asker {
  role: string;
  transaction: string;
  statement: string;
  opened: string | null;
}

// Numeric, so neither DateStyle nor TimeZone (which a transaction may change) alters the text.
// Schema-qualified throughout: the plan is cached for the backend, whose roles' search_paths differ.
const ASKER_SQL =
  'SELECT CURRENT_USER::pg_catalog.text AS role, ' +
  '(EXTRACT(epoch FROM pg_catalog.transaction_timestamp()) OPERATOR(pg_catalog.*) 1000000)::pg_catalog.int8::pg_catalog.text AS transaction, ' +
  '(EXTRACT(epoch FROM pg_catalog.statement_timestamp()) OPERATOR(pg_catalog.*) 1000000)::pg_catalog.int8::pg_catalog.text AS statement, ' +
  `pg_catalog.current_setting('${OPEN_SETTING}', true) AS opened`;
const MARK_OPENED_SQL = `SELECT pg_catalog.set_config('${OPEN_SETTING}', $1, true)`;

const streams = new Map<string, PulledStream>();
let lastId = 0;
/** Streams holding a generator (open or running): only these make an entry point look for ended transactions. */
let live = 0;

function asker(): Asker {
  return (executeCached(ASKER_SQL, []) as Asker[])[0];
}

function openedHere(asked: Asker, id: string): boolean {
  return asked.opened !== null && asked.opened.includes(`,${id},`);
}

function isLive(stream: PulledStream): boolean {
  return stream.batches !== null;
}

/** Ends a stream's life here: its generator is let go without running (or after it ran to its end). */
function finish(stream: PulledStream, status: Status): void {
  if (isLive(stream)) live--;
  stream.batches = null;
  stream.status = status;
  stream.runningIn = null;
}

/** Drops the streams that can no longer run: another transaction's, or opened in a subtransaction that rolled back. */
function dropDead(asked: Asker): void {
  for (const [id, stream] of streams) {
    if (stream.transaction !== asked.transaction || (isLive(stream) && !openedHere(asked, id))) {
      finish(stream, 'failed');
      streams.delete(id);
    }
  }
}

/** For the other entry points: lets go of the generators of ended transactions (see the top of this file). Costs nothing when none is kept. */
export function dropStreamsOfEndedTransactions(): void {
  if (live > 0) dropDead(asker());
}

const STALE_HINT =
  'A stream id from wormhole.stream_open is valid only in the transaction and for the role that opened it ' +
  '(not after a rollback to a savepoint set before it opened), until the stream ends, fails or is closed: ' +
  'open the stream again (pg-wormhole does this for you).';

function shown(id: unknown): string {
  return typeof id === 'string' ? JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id) : String(id);
}

function noSuchStream(entryPoint: string, id: unknown, why: string): Error {
  return wormholeError(SQLSTATES.invalidCursorName, `${entryPoint}: stream ${shown(id)} ${why}`, STALE_HINT);
}

/** The stream `id` of this role and transaction, able to run, or an error that says why there is none. */
function find(entryPoint: string, id: unknown): { stream: PulledStream; statement: string } {
  if (typeof id !== 'string') throw noSuchStream(entryPoint, id, 'is not a stream id (pass the text wormhole.stream_open returned)');
  const asked = asker();
  const stream = streams.get(id);
  const sameTransaction = stream !== undefined && stream.transaction === asked.transaction;
  const abortedHere = sameTransaction && isLive(stream) && !openedHere(asked, id);
  dropDead(asked);
  if (stream === undefined) throw noSuchStream(entryPoint, id, 'is not open in this session');
  if (!sameTransaction || abortedHere) {
    throw noSuchStream(
      entryPoint,
      id,
      sameTransaction
        ? 'was opened in a transaction or subtransaction that has ended since (COMMIT, ROLLBACK, ROLLBACK TO SAVEPOINT), or inside a function with a SET clause'
        : 'was opened in an earlier transaction, which has ended',
    );
  }
  if (stream.role !== asked.role) throw noSuchStream(entryPoint, id, `was opened by another role, not by ${asked.role}`);
  if (stream.status === 'running') {
    if (stream.runningIn === asked.statement) {
      throw wormholeError(
        SQLSTATES.invalidCursorState,
        `${entryPoint}: stream ${shown(id)} is running: this statement is already reading it (its own function asked for it)`,
        "A stream's function cannot read or close its own stream: yield the values instead",
      );
    }
    // The statement that ran it ended while the generator was running (statement_timeout, a cancel):
    // the generator never returned, and cannot be resumed.
    finish(stream, 'failed');
    throw noSuchStream(entryPoint, id, 'was interrupted while it ran (statement_timeout or a cancel), so it cannot go on');
  }
  return { stream, statement: asked.statement };
}

/** Forgets the oldest finished ids once there are more than MAX_FINISHED_KEPT. */
function forgetOldFinished(): void {
  let finished = streams.size - live;
  if (finished <= MAX_FINISHED_KEPT) return;
  for (const [id, stream] of streams) {
    if (finished <= MAX_FINISHED_KEPT) break;
    if (!isLive(stream)) {
      streams.delete(id);
      finished--;
    }
  }
}

/**
 * Keeps `batches` (not started: nothing of the function has run) for stream_next; its id. `check`
 * tells whether the function may still run (see the top of this file).
 */
export function openPulled(batches: Iterator<string, void>, check: () => boolean): string {
  const asked = asker();
  dropDead(asked);
  if (live >= MAX_STREAMS_PER_TRANSACTION) {
    throw wormholeError(
      SQLSTATES.programLimitExceeded,
      `wormhole.stream_open: this transaction has ${live} streams open, the most one transaction may`,
      'Read each stream to its end or close it (wormhole.stream_close) before opening more',
    );
  }
  forgetOldFinished();
  const id = String(++lastId);
  // This transaction's list: the streams still open in it (so the list stays short), then this one.
  let opened = ',';
  for (const [openId, stream] of streams) if (isLive(stream) && openedHere(asked, openId)) opened += `${openId},`;
  executeCached(MARK_OPENED_SQL, [`${opened}${id},`], ['text']);
  streams.set(id, { role: asked.role, transaction: asked.transaction, batches, status: 'open', runningIn: null, check });
  live++;
  return id;
}

/** Checks the function may still run; a stream whose function may not is over, its generator let go unrun. */
function checkStillAllowed(entryPoint: string, id: string, stream: PulledStream): void {
  let allowed: boolean;
  try {
    allowed = stream.check();
  } catch (error) {
    finish(stream, 'failed');
    throw error;
  }
  if (!allowed) {
    finish(stream, 'failed');
    throw wormholeError(
      SQLSTATES.invalidCursorName,
      `${entryPoint}: the function of stream ${shown(id)} is no longer installed (deleted, or its install rolled back, since the stream opened), so nothing more of it runs`,
      'Open the stream again, with the source (pg-wormhole does this for you)',
    );
  }
}

/** Runs the generator one step (`next` or `return`), marked running so a re-entry or an interruption is told apart. */
function step(
  stream: PulledStream,
  statement: string,
  run: (batches: Iterator<string, void>) => IteratorResult<string, void>,
): IteratorResult<string, void> {
  const batches = stream.batches!;
  stream.status = 'running';
  stream.runningIn = statement;
  try {
    return run(batches);
  } catch (error) {
    finish(stream, 'failed');
    throw error;
  } finally {
    if (stream.status === 'running') {
      stream.status = 'open';
      stream.runningIn = null;
    }
  }
}

/** The next batch of stream `id`, or null once it has ended. What the function throws is raised here, after the batches before it. */
export function nextPulled(id: unknown): string | null {
  const { stream, statement } = find('wormhole.stream_next', id);
  if (stream.status === 'ended') return null;
  if (stream.status !== 'open') throw noSuchStream('wormhole.stream_next', id, stream.status === 'closed' ? 'was closed' : 'failed');
  checkStillAllowed('wormhole.stream_next', id as string, stream);
  const item = step(stream, statement, (batches) => batches.next());
  if (item.done) {
    finish(stream, 'ended');
    return null;
  }
  return item.value;
}

/**
 * Stops stream `id` early: its generator's return() runs the function's finally blocks now (they may
 * query and write, in this transaction); an error there is raised. A stream that ended by itself has
 * nothing to stop.
 */
export function closePulled(id: unknown): void {
  const { stream, statement } = find('wormhole.stream_close', id);
  if (stream.status === 'ended') return;
  if (stream.status !== 'open') throw noSuchStream('wormhole.stream_close', id, stream.status === 'closed' ? 'was closed already' : 'failed');
  checkStillAllowed('wormhole.stream_close', id as string, stream);
  step(stream, statement, (batches) => batches.return?.() ?? { done: true, value: undefined });
  finish(stream, 'closed');
}

/** Streams this backend keeps (for runtime.info()). */
export function pulledStreamCount(): number {
  return streams.size;
}
