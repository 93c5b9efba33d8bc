/**
 * The SDK's side of the wire format. The format itself lives in @wormhole/protocol (one
 * implementation shared with the code that runs inside PostgreSQL, bundled into the SDK's
 * dist/index.js by build.mjs); this module turns its WireError
 * into the SDK's errors and decides how bytes come back (as a Buffer, like node-postgres does).
 */
import { decode, encode, WireError } from '@wormhole/protocol';
import { ArgumentError, ProtocolError, ResultError } from './errors';

/** Encodes the call's arguments (without `db`); fails before any network, naming the bad argument. */
export function encodeArgs(args: readonly unknown[], functionName: string): string {
  try {
    return encode(args, 'args');
  } catch (error) {
    if (error instanceof WireError) {
      throw new ArgumentError(`Cannot send the arguments of ${functionName}: ${error.message}`, { path: error.path, cause: error });
    }
    throw error;
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
    throw new ProtocolError(`The server's answer is not valid wire text (${(error as Error).message}). ` +
      'Are the SDK and the wormhole extension the same version?', { cause: error });
  }
}
