/**
 * Finding where the user wrote their remote function, so errors from inside PostgreSQL can point at
 * the user's own file and line.
 *
 * At remote() time we take a stack trace and keep the first frame outside the SDK: that is the line
 * holding `wh.remote(…)`. When the runtime maps stack traces through source maps (jest, ts-node,
 * `node --enable-source-maps`) that frame is already a position in the original .ts file.
 */
import type { SourcePosition } from './errors';

/** The position of the code that called `caller` (a function of the SDK), or undefined if unknown. */
export function captureCallSite(caller: Function): SourcePosition | undefined {
  for (const line of (captureStack(caller, 5).stack ?? '').split('\n').slice(1)) {
    const site = parseStackLine(line);
    if (site) return site;
  }
  return undefined;
}

/**
 * Reads one V8 stack line: `    at name (file:line:col)` or `    at file:line:col`.
 * Frames without a file (native, eval without a name) yield undefined.
 */
export function parseStackLine(line: string): SourcePosition | undefined {
  const match = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?\s*$/.exec(line);
  if (!match) return undefined;
  let file = match[1];
  if (file.startsWith('file://')) {
    try {
      file = decodeURIComponent(new URL(file).pathname);
    } catch {
      return undefined;
    }
  }
  if (file.startsWith('node:') || file === 'native' || file.startsWith('<')) return undefined;
  return { file, line: Number(match[2]), column: Number(match[3]) };
}

/**
 * The stack of the code that called `caller`, without the SDK's own frames (for error stacks).
 * V8 renders `stack` only when it is first read, so this costs little unless the call fails.
 */
export interface CallerStack {
  readonly stack?: string;
}

export function captureCallerStack(caller: Function): CallerStack {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, caller);
  return holder;
}

/**
 * The caller's stack, taken only if an error needs it: reading `stack` captures the stack where the
 * error is being mapped, inside the call's chain of awaits, so V8's async stack trace continues past
 * the SDK into the user's awaiting functions (`at async handler (app.ts:12:5)`); the SDK's own
 * frames are dropped. A successful call costs nothing, where capturing eagerly cost ~2 µs per call
 * (the largest item of the SDK's CPU profile). What it cannot show: frames of a caller that did not
 * await the call (e.g. `.then()` chains), which V8 does not record.
 */
export const CALLER_STACK_ON_ERROR: CallerStack = Object.freeze({
  get stack(): string {
    const holder: { stack?: string } = {};
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50; // the SDK's frames come first; keep room for the user's
    try {
      Error.captureStackTrace(holder);
    } finally {
      Error.stackTraceLimit = limit;
    }
    return (holder.stack ?? '')
      .split('\n')
      .filter((line, i) => i === 0 || !isSdkFrame(line))
      .join('\n');
  },
});

/** The directory of the SDK's own code: this module's (src/ under ts-jest, dist/ when bundled). */
const SDK_DIR = (() => {
  const own = parseStackLine(new Error().stack?.split('\n')[1] ?? '');
  return own ? own.file.slice(0, own.file.lastIndexOf('/') + 1) : undefined;
})();

function isSdkFrame(line: string): boolean {
  const site = parseStackLine(line);
  return !!site && !!SDK_DIR && site.file.startsWith(SDK_DIR);
}

/** The stack above `caller`, at most `frames` deep (collecting frames is what a capture costs). */
export function captureStack(caller: Function, frames: number): { stack?: string } {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = frames;
  try {
    Error.captureStackTrace(holder, caller);
  } finally {
    Error.stackTraceLimit = limit;
  }
  return holder;
}
