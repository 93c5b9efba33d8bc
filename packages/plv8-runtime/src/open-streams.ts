/**
 * Streams pulled one batch per statement: wormhole.stream_open / stream_next / stream_close
 * (docs/protocol.md, "Streams"). Upstream PL/v8 cannot keep a generator suspended between the rows
 * of a set-returning function, so there the SDK opens the stream with one statement and asks for
 * each batch with another, all in the one transaction it holds for the stream; between statements
 * the batches generator (stream.ts) waits here, in the runtime's memory of this backend.
 *
 * A stream id is good only in the transaction and for the role that opened it: the runtime's memory
 * outlives transactions (and, through a pooler, serves other clients' transactions on the same
 * backend), and a generator must not run in a transaction other than its own: its queries would
 * see and write another transaction's data. Streams of an ended transaction are dropped when this
 * backend next touches a stream (their transaction is gone, so their finally blocks do not run, as
 * when a stream fails on plv8-compat). An id that ended stays known until then, so a request that
 * was already on its way when the stream ended answers "ended" again rather than failing.
 */
import { SQLSTATES } from '@wormhole/protocol';
import { wormholeError } from './errors';
import { executeCached } from './plans';

/** Streams one transaction may open; beyond this a client is leaking them (pg-wormhole opens one per transaction). */
export const MAX_STREAMS_PER_TRANSACTION = 1000;

type Status = 'open' | 'ended' | 'closed' | 'failed';

interface PulledStream {
  role: string;
  transaction: string;
  /** The batches (stream.ts), null once the stream is over. */
  batches: Iterator<string, void> | null;
  status: Status;
}

/** Who asks and in which transaction: the role a query runs as, and the transaction's start in µs (distinct per transaction of a backend). */
interface Asker {
  role: string;
  transaction: string;
}

// Numeric, so neither DateStyle nor TimeZone (which a transaction may change) alters the text.
const ASKER_SQL = 'SELECT current_user::text AS role, (extract(epoch FROM pg_catalog.transaction_timestamp()) * 1000000)::int8::text AS transaction';

const streams = new Map<string, PulledStream>();
let lastId = 0;

function asker(): Asker {
  return (executeCached(ASKER_SQL, []) as Asker[])[0];
}

/** Forgets the streams of transactions that have ended (see the top of this file). */
function dropEnded(transaction: string): void {
  for (const [id, stream] of streams) if (stream.transaction !== transaction) streams.delete(id);
}

const STALE_HINT =
  'A stream id from wormhole.stream_open is valid only in the transaction and for the role that opened it, ' +
  'until the stream ends, fails or is closed: open the stream again (pg-wormhole does this for you).';

function noSuchStream(entryPoint: string, id: unknown, why: string): Error {
  const shown = typeof id === 'string' ? JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id) : String(id);
  return wormholeError(SQLSTATES.invalidCursorName, `${entryPoint}: stream ${shown} ${why}`, STALE_HINT);
}

/** The open stream `id` of this role and transaction, or an error that says why there is none. */
function find(entryPoint: string, id: unknown): PulledStream {
  if (typeof id !== 'string') throw noSuchStream(entryPoint, id, 'is not a stream id (pass the text wormhole.stream_open returned)');
  const { role, transaction } = asker();
  const stream = streams.get(id);
  if (stream === undefined) {
    dropEnded(transaction);
    throw noSuchStream(entryPoint, id, 'is not open in this session');
  }
  if (stream.transaction !== transaction) {
    dropEnded(transaction);
    throw noSuchStream(entryPoint, id, 'was opened in an earlier transaction, which has ended');
  }
  if (stream.role !== role) throw noSuchStream(entryPoint, id, `was opened by another role, not by ${role}`);
  return stream;
}

/** Keeps `batches` (not started: nothing of the function has run) for stream_next; its id. */
export function openPulled(batches: Iterator<string, void>): string {
  const { role, transaction } = asker();
  dropEnded(transaction);
  if (streams.size >= MAX_STREAMS_PER_TRANSACTION) {
    throw wormholeError(
      SQLSTATES.programLimitExceeded,
      `wormhole.stream_open: this transaction has opened ${streams.size} streams, the most one transaction may`,
      'Read each stream to its end or close it (wormhole.stream_close), and open streams in transactions of their own',
    );
  }
  const id = String(++lastId);
  streams.set(id, { role, transaction, batches, status: 'open' });
  return id;
}

/** The next batch of stream `id`, or null once it has ended. What the function throws is raised here, after the batches before it. */
export function nextPulled(id: unknown): string | null {
  const stream = find('wormhole.stream_next', id);
  if (stream.status === 'ended') return null;
  if (stream.status !== 'open') throw noSuchStream('wormhole.stream_next', id, stream.status === 'closed' ? 'was closed' : 'failed');
  let item: IteratorResult<string, void>;
  try {
    item = stream.batches!.next();
  } catch (error) {
    stream.status = 'failed';
    stream.batches = null;
    throw error;
  }
  if (item.done) {
    stream.status = 'ended';
    stream.batches = null;
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
  const stream = find('wormhole.stream_close', id);
  if (stream.status === 'ended') return;
  if (stream.status !== 'open') throw noSuchStream('wormhole.stream_close', id, stream.status === 'closed' ? 'was closed already' : 'failed');
  const batches = stream.batches!;
  stream.status = 'closed';
  stream.batches = null;
  batches.return?.();
}

/** Streams this backend keeps (for runtime.info()). */
export function pulledStreamCount(): number {
  return streams.size;
}
