/**
 * A stream read one batch per statement, for upstream PL/v8 (docs/protocol.md, "Streams"): upstream
 * cannot keep a generator suspended between the rows of `wormhole.stream`, so there the runtime keeps
 * it between statements instead (packages/plv8-runtime/src/open-streams.ts), and this asks for each
 * batch with `wormhole.stream_next(id)`.
 *
 * Like the portal path (stream.ts) it sends no Sync until the stream ends, so the stream is one
 * transaction (the id is good only in it), and it keeps at most PREFETCH_BATCHES batches requested
 * ahead of the consumer, so the server runs no further ahead. The first statement opens the stream
 * and reads its first batch in one round trip; a consumer that stops early sends
 * `wormhole.stream_close(id)` (the function's finally blocks run, and what it wrote commits with
 * the Sync); an error ends the stream as on the portal path.
 */
import type { PgConnection } from './stream';
import { OneTransactionStatement } from './stream-statement';

// stream_open runs once: OFFSET 0 keeps the subquery from being merged into the outer select.
const OPEN_TEXT =
  'SELECT s.id, CASE WHEN s.id IS NOT NULL THEN wormhole.stream_next(s.id) END AS batch FROM (SELECT wormhole.stream_open($1, $2) AS id OFFSET 0) s';
const OPEN_INSTALL_TEXT =
  'SELECT s.id, CASE WHEN s.id IS NOT NULL THEN wormhole.stream_next(s.id) END AS batch FROM (SELECT wormhole.stream_open($1, $2, $3, $4) AS id OFFSET 0) s';
const NEXT_TEXT = 'SELECT wormhole.stream_next($1) AS batch';
const CLOSE_TEXT = 'SELECT wormhole.stream_close($1)';

/** What each statement sent and not yet complete answers, in the order the server answers. */
type Answer = 'preamble' | 'open' | 'next' | 'close';

export class PulledStreamStatement extends OneTransactionStatement {
  /** The stream's id, once the open statement answered. */
  private id: string | null = null;
  private readonly answers: Answer[] = [];
  /** Of the batches in flight, the ones asked for while the id was still on its way: sent when it comes. */
  private unsent = 0;
  /** The unnamed statement is stream_next's: later batches need only Bind and Execute. */
  private nextParsed = false;

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.stream?.cork?.();
    if (this.sendTimeout(connection)) this.answers.push('preamble');
    connection.parse({ text: this.values.length === 2 ? OPEN_TEXT : OPEN_INSTALL_TEXT, types: [] });
    connection.bind({ values: this.values });
    connection.execute({ rows: 0 });
    this.answers.push('open');
    this.inFlight = 1;
    connection.flush();
    connection.stream?.uncork?.();
  }

  /** Asks for `n` more batches (one stream_next each), in one write; held back until the id came. */
  pump(n: number): void {
    if (this.connection === null || this.ended || this.closing || n <= 0) return;
    this.inFlight += n;
    if (this.id === null) {
      this.unsent += n;
      return;
    }
    this.sendNext(n);
  }

  private sendNext(n: number): void {
    const connection = this.connection!;
    connection.stream?.cork?.();
    for (let i = 0; i < n; i++) {
      if (!this.nextParsed) {
        connection.parse({ text: NEXT_TEXT, types: [] });
        this.nextParsed = true;
      }
      connection.bind({ values: [this.id] });
      connection.execute({ rows: 0 });
      this.answers.push('next');
    }
    connection.flush();
    connection.stream?.uncork?.();
  }

  /** The consumer stopped: close the stream on the server (its finally blocks run), then Sync. */
  close(): void {
    if (this.ended || this.closing || this.connection === null) return;
    this.closing = true;
    // Still opening: the close goes when the id comes (handleCommandComplete).
    if (this.id !== null) this.sendClose();
  }

  private sendClose(): void {
    const connection = this.connection!;
    connection.stream?.cork?.();
    connection.parse({ text: CLOSE_TEXT, types: [] });
    connection.bind({ values: [this.id] });
    connection.execute({ rows: 0 });
    this.answers.push('close');
    this.sync();
    connection.stream?.uncork?.();
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.closing) this.onEnd();
  }

  // node-postgres's callbacks for the active query.
  handleRowDescription(): void {}

  handleDataRow(msg: { fields: Array<string | null> }): void {
    const answer = this.answers[0];
    if (answer === 'open') {
      const [id, batch] = msg.fields;
      if (id === null) {
        // The server does not know the function and no source came: nothing ran (stream.ts sends it again).
        this.ended = true;
        this.onBatch(null);
        return;
      }
      this.id = id;
      if (this.closing) return;
      if (batch === null) this.end();
      else this.onBatch(batch);
      return;
    }
    // Batches already on their way when the consumer stopped or the stream ended are dropped.
    if (answer !== 'next' || this.closing || this.ended) return;
    const batch = msg.fields[0];
    if (batch === null) this.end();
    else this.onBatch(batch);
  }

  handlePortalSuspended(): void {}

  handleCommandComplete(): void {
    const answer = this.answers.shift();
    if (answer === 'preamble' || answer === 'close') return;
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (answer === 'open') {
      if (this.id === null) {
        this.sync();
        return;
      }
      if (this.closing && !this.ended) {
        this.sendClose();
        return;
      }
      const unsent = this.unsent;
      this.unsent = 0;
      if (!this.ended && unsent > 0) this.sendNext(unsent);
    }
    // Ended: once every request sent has its answer, commit.
    if (this.ended && this.answers.length === 0) this.sync();
  }
}
