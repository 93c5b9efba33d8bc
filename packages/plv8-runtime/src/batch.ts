/**
 * wormhole.call_batch(calls): several calls in one statement, so in one round trip (pg-wormhole's
 * wh.batch). `calls` is the wire encoding of [[hash, argsText, source | null, name | null], …].
 *
 * Transaction semantics: the statement is one transaction (or part of the caller's); each call runs
 * in a subtransaction of its own, in order. A call that fails rolls back its own writes only and
 * its error is returned as data; the calls around it go on, and their writes commit together with
 * the statement. A call whose function the server does not know (and no source came) did not run.
 *
 * The answer is the wire encoding of one outcome per call, in order:
 *   [0, resultText]   it returned (resultText: the wire text wormhole.call would have returned)
 *   [1, fields]       it failed: { sqlerrcode, message, detail?, hint?, schema_name?, … } (raise.ts)
 *   [2]               unknown function, nothing ran (send it again with its source)
 */
import { decode, encode, SQLSTATES } from '@wormhole/protocol';
import { wormholeError } from './errors';
import { raisedFieldsOf } from './raise';

export type CallOne = (hash: unknown, argsText: unknown, source?: string | null, name?: string | null) => string | null;

/** At most this many calls in one batch: each holds a subtransaction and its result until the end. */
export const BATCH_MAX_CALLS = 1000;

export function callBatch(callsText: unknown, callOne: CallOne): string {
  let calls: unknown;
  try {
    if (typeof callsText !== 'string') throw new TypeError('calls is NULL or not text');
    calls = decode(callsText);
  } catch (error) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `wormhole.call_batch: the calls cannot be decoded: ${(error as Error).message}`,
      'Send the wire encoding of [[hash, args, source or null, name or null], …]',
    );
  }
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > BATCH_MAX_CALLS) {
    throw wormholeError(
      SQLSTATES.badArguments,
      `wormhole.call_batch: calls must encode an array of 1 to ${BATCH_MAX_CALLS} calls`,
      'Send e.g. [["<hash>", "[]", null, null]]; split larger batches',
    );
  }
  const outcomes: unknown[] = [];
  for (const item of calls) {
    if (!Array.isArray(item) || item.length !== 4) {
      throw wormholeError(
        SQLSTATES.badArguments,
        'wormhole.call_batch: each call must be [hash, args, source or null, name or null]',
        'Send e.g. [["<hash>", "[]", null, null]]',
      );
    }
    const [hash, argsText, source, name] = item as [unknown, unknown, string | null, string | null];
    let answer: string | null = null;
    // What the call threw, kept here: upstream PL/v8 rethrows out of plv8.subtransaction a new Error
    // made from the message alone, without the SQLSTATE and fields.
    let thrown: { error: unknown } | null = null;
    try {
      // A subtransaction per call: its failure rolls back its writes only.
      plv8.subtransaction(() => {
        try {
          answer = callOne(hash, argsText, source, name);
        } catch (error) {
          thrown = { error };
          throw error;
        }
      });
    } catch (caught) {
      const error = thrown === null ? caught : (thrown as { error: unknown }).error;
      const fields = raisedFieldsOf(error instanceof Error ? Object.assign({}, error, { message: error.message }) : error);
      if (fields === null) throw error; // not an error with a SQLSTATE: the whole statement fails
      outcomes.push([1, fields]);
      continue;
    }
    outcomes.push(answer === null ? [2] : [0, answer]);
  }
  return encode(outcomes, 'result');
}
