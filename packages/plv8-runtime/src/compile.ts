/**
 * Turns an installed function's generated code (transform.ts output, stored at install time) into
 * a callable. It runs on a cold call only; the result is cached per backend (cache.ts).
 *
 * The code is evaluated inside a wrapper whose parameters shadow the globals a remote function must
 * not reach (plv8 itself, eval, Function, globalThis, the runtime's own globals) and provide the
 * synchronous Promise and async driver. The user's code is strict, so a plain call's `this` is
 * undefined rather than the global object. This is defence in depth behind the validator (which
 * rejects such references at install) and harden.ts (which tames the Function constructors).
 * `//# sourceURL` names the script so stack frames can be found and mapped back to the source.
 */
import { SHADOWED_GLOBALS } from '@wormhole/protocol';
import { runAsync } from './async';
import { ROWS_TOKEN } from './db';
import { SyncPromise } from './sync-promise';

/** `eval` cannot be a parameter name in strict code, so the wrapper itself is sloppy and returns a strict body. */
const PREFIX = `(function (__wh_async, __wh_stream, __wh_rows, Promise, eval, ${SHADOWED_GLOBALS.join(', ')}) { return (function () { 'use strict'; return (\n`;

export function scriptName(hash: string): string {
  return `wormhole/${hash}.js`;
}

export type RemoteFunction = (...args: unknown[]) => unknown;

/** The generator functions transform.ts wrapped in `__wh_stream(…)`: async generator roots (streams). */
const streamingGenerators = new WeakSet<object>();
const markStreaming = (fn: unknown): unknown => {
  if (typeof fn === 'function') streamingGenerators.add(fn);
  return fn;
};
/** Compiled streams: calling one returns the raw generator, which stream.ts drives. */
const streamingFunctions = new WeakSet<RemoteFunction>();

/** True for a compiled async generator (a stream): call it through wormhole.stream, not wormhole.call. */
export function isStreaming(fn: RemoteFunction): boolean {
  return streamingFunctions.has(fn);
}

/** Evaluates the generated code; line 2 of the script is line 1 of the user's (generated) code. */
export function compileFunction(hash: string, code: string): RemoteFunction {
  const script = `${PREFIX}${code}\n); })(); })\n//# sourceURL=${scriptName(hash)}`;
  // Indirect eval: the code sees only the global scope (shadowed above), never the runtime's locals.
  const wrapper = (0, eval)(script) as (...deps: unknown[]) => unknown;
  const fn = wrapper(runAsync, markStreaming, ROWS_TOKEN, SyncPromise, undefined);
  if (typeof fn !== 'function') {
    throw new TypeError(`Installed function ${hash} did not evaluate to a function; reinstall it`);
  }
  if (streamingGenerators.has(fn)) {
    const generatorFn = fn as (...args: unknown[]) => Generator<unknown, unknown, unknown>;
    const streaming: RemoteFunction = (...args: unknown[]) => generatorFn(...args);
    streamingFunctions.add(streaming);
    return streaming;
  }
  // An async root is stored as a generator function (transform.ts; the validator refuses generator
  // roots, so nothing else is one): drive it here. Code stored by earlier versions wraps its own
  // generator and returns a SyncPromise, so it is called as it is.
  if (Object.prototype.toString.call(fn) === '[object GeneratorFunction]') {
    const generatorFn = fn as (...args: unknown[]) => Generator<unknown, unknown, unknown>;
    return (...args: unknown[]) => runAsync(generatorFn(...args));
  }
  return fn as RemoteFunction;
}

/** The generated-code line of a script line (the wrapper takes the first line). */
export const SCRIPT_LINE_OFFSET = 1;
