/**
 * The SDK's side of the wire format. The format itself lives in @wormhole/protocol (one
 * implementation shared with the code that runs inside PostgreSQL, bundled into the SDK's
 * dist/index.js by build.mjs); this module turns its WireError
 * into the SDK's errors and decides how bytes come back (as a Buffer, like node-postgres does).
 */
import { decode, encode, OBJECT_FIELDS, WIRE_LIMITS, WireError } from '@wormhole/protocol';
import { ArgumentError, ProtocolError, ResultError } from './errors';

/**
 * Encodes the call's arguments (without `db`); fails before any network, naming the bad argument.
 * `args` is always a call's rest-parameter array (dense, plain elements), so when every argument
 * is its own wire form (a string, a boolean, null, or a finite number other than -0: the common
 * call) JSON.stringify of the array is the wire text, without the encoder's walk and copy.
 */
export function encodeArgs(args: readonly unknown[], functionName: string): string {
  if (args.every(isOwnWireForm)) {
    const text = JSON.stringify(args);
    if (text.length <= WIRE_LIMITS.maxTextLength) return text;
  }
  try {
    return encode(args, 'args');
  } catch (error) {
    if (error instanceof WireError) {
      throw new ArgumentError(`Cannot send the arguments of ${functionName}: ${error.message}`, { path: error.path, cause: error });
    }
    throw error;
  }
}

function isOwnWireForm(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    default:
      return value === null;
  }
}

/** Checks a result can travel (used by local mode, so it fails where the remote call would). */
export function encodeResult(value: unknown, functionName: string): string {
  try {
    return encode(value, 'result');
  } catch (error) {
    if (error instanceof WireError) {
      throw new ResultError(`${functionName} returned a value that cannot be sent back: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** Bytes come back as a Buffer, like node-postgres returns bytea (one options object for all calls). */
const DECODE_OPTIONS = { bytes: (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) };

export function decodeValue(text: string): unknown {
  try {
    return decode(text, DECODE_OPTIONS);
  } catch (error) {
    throw new ProtocolError(
      `The server's answer is not valid wire text (${(error as Error).message}). ` + 'Are the SDK and the wormhole extension the same version?',
      { cause: error },
    );
  }
}

/** The request of wormhole.call_batch: [[hash, argsText, source | null, name | null], …]. */
export function encodeBatch(items: Array<Array<string | null>>): string {
  return encode(items, 'args');
}

/** The answer of wormhole.call_batch: one [kind, payload] per call (docs/protocol.md, "Batches"). */
export function decodeBatchAnswer(text: string, expected: number): unknown[] {
  const answer = decodeValue(text);
  if (!Array.isArray(answer) || answer.length !== expected || !answer.every((a) => Array.isArray(a) && typeof a[0] === 'number')) {
    throw new ProtocolError(`The server's batch answer is not ${expected} outcomes; are the SDK and the wormhole extension the same version?`);
  }
  return answer;
}

/**
 * A failed call of a batch comes back as the fields the server would have raised; this gives them
 * node-postgres's error shape (code, detail, hint, schema, table, column, dataType, constraint) so
 * a batch call fails exactly like the same call on its own.
 */
export function raisedToPgError(fields: Record<string, string>): Error {
  const error = new Error(String(fields.message)) as Error & Record<string, unknown>;
  error.code = fields.sqlerrcode;
  for (const [from, to] of RAISED_TO_PG) if (typeof fields[from] === 'string') error[to] = fields[from];
  return error;
}

/**
 * A raised field's name -> node-postgres's: the object fields come from @wormhole/protocol's
 * OBJECT_FIELDS (their one owner), plus DETAIL, HINT and the failed statement's internal position.
 */
const RAISED_TO_PG: ReadonlyArray<readonly [string, string]> = [
  ['detail', 'detail'],
  ['hint', 'hint'],
  ...Object.entries(OBJECT_FIELDS).map(([pgName, plv8Name]) => [plv8Name, pgName] as const),
  ['internalposition', 'internalPosition'],
];
