/**
 * Where in a failed statement PostgreSQL found the error, when the engine could not say.
 *
 * Upstream PL/v8 gives JavaScript a failed statement's text (`internalquery`) but not the position
 * in it, so a syntax error inside a remote function would come back without one. PostgreSQL's
 * parser is deterministic, though: Parse the same text again (extended protocol, Parse and Sync,
 * never Bind or Execute, so nothing runs) and the same error comes back, this time with its
 * position, because the statement is now the client's own. The answer is used only when the error
 * is the same (SQLSTATE and message): outside the call, parse analysis can see another search_path
 * (one the function set for itself), or miss a table the call created, and then the position would
 * belong to another error.
 */
import { setStatementPosition, statementToLocate } from './error-mapping';
import type { RemoteSqlError } from './errors';
import type { ClientLike } from './executor';
import { hasPgConnection, type PgConnection, type Submittable } from './stream';

/** What Parse answered: the error PostgreSQL raised for the text, or null when it parsed cleanly. */
type ParseAnswer = { code?: string; message?: string; position?: string } | null;

/** One unnamed Parse and a Sync, as a node-postgres Submittable. */
class ParseOnly implements Submittable {
  private failure: ParseAnswer = null;
  private settle!: (answer: ParseAnswer) => void;
  private broken!: (error: unknown) => void;
  readonly answer = new Promise<ParseAnswer>((resolve, reject) => {
    this.settle = resolve;
    this.broken = reject;
  });

  constructor(private readonly text: string) {}

  submit(connection: PgConnection): void {
    connection.stream?.cork?.();
    connection.parse({ text: this.text, types: [] });
    connection.sync();
    connection.stream?.uncork?.();
  }

  handleError(error: unknown): void {
    // A server's ErrorResponse carries a severity; anything else (the socket died) is not an answer.
    if (typeof (error as { severity?: unknown })?.severity !== 'string') return this.broken(error);
    this.failure = error as ParseAnswer;
    // node-postgres drops the active query at an error; the ReadyForQuery our Sync brings is the
    // next query's business, so this one ends here.
    this.settle(this.failure);
  }

  handleReadyForQuery(): void {
    this.settle(this.failure);
  }

  // Parse alone answers nothing else; node-postgres calls these only for other message kinds.
  handleEmptyQuery(): void {}
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
}

/** A connection's node-postgres client, which accepts a Submittable. */
interface SubmittingClient {
  query(submittable: Submittable): unknown;
}

/**
 * The 1-based position PostgreSQL reports for `statement` when parsing it on `client` fails with
 * the same SQLSTATE and message as the original error; undefined otherwise. Never runs the
 * statement. `client` must not be inside a failed transaction (Parse would fail with 25P02).
 */
export async function positionOfFailure(client: unknown, statement: string, code: string | undefined, message: string): Promise<number | undefined> {
  if (!hasPgConnection(client as ClientLike)) return undefined; // another driver's adapter: no Parse of our own
  const parse = new ParseOnly(statement);
  (client as SubmittingClient).query(parse);
  const answer = await parse.answer;
  if (answer === null || answer.code !== code || answer.message !== message) return undefined;
  const position = Number(answer.position);
  return Number.isInteger(position) && position > 0 ? position : undefined;
}

/**
 * `error`, with its statement position filled in when the engine could not give it (upstream PL/v8)
 * and `client` can Parse again: it must be outside any failed transaction, i.e. the call was its
 * own transaction, or wh.transaction has rolled back. Inside a transaction that is still open the
 * statement's failure aborted it, so a Parse there would only fail again. Finding the position never
 * changes the error otherwise, and a failure to find it is no failure.
 */
export async function withStatementPosition(client: unknown, error: unknown): Promise<unknown> {
  const statement = statementToLocate(error);
  if (statement === undefined) return error;
  const e = error as RemoteSqlError;
  try {
    const position = await positionOfFailure(client, statement, e.code, e.message);
    if (position !== undefined) setStatementPosition(e, position);
  } catch {
    // The connection failed meanwhile: the original error is still the answer.
  }
  return error;
}
