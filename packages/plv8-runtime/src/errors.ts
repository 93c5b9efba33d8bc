/**
 * Errors: from the user's function or from SQL, to the error object PL/v8 raises as a PostgreSQL
 * ERROR (PL/v8 reads `sqlerrcode`, `message`, `detail` and `hint` off a thrown object).
 * The DETAIL is the JSON described in docs/protocol.md, with the line and column inside the user's
 * own source, so the SDK can point at the user's file.
 */
import { scriptName, SCRIPT_LINE_OFFSET } from './compile';
import { isInserted, offsetOf, toOriginalPosition, type Segment } from './linemap';

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** An error PL/v8 turns into an ERROR with this SQLSTATE. */
export class WormholeError extends Error {
  constructor(readonly sqlerrcode: string, message: string, readonly detail?: string, readonly hint?: string) {
    super(message);
  }
}

export function wormholeError(code: string, message: string, hint?: string, detail?: object): WormholeError {
  return new WormholeError(code, message, detail === undefined ? undefined : JSON.stringify({ wormhole: 1, ...detail }), hint);
}

/** A statement inside a remote function failed; thrown into the user's code (node-postgres has `code` too). */
export class SqlError extends Error {
  readonly code: string;
  constructor(
    message: string,
    readonly sqlerrcode: string,
    readonly detail: string | undefined,
    readonly hint: string | undefined,
    /** Stack at the db call, so the error points at the user's query line. */
    readonly callStack: string,
  ) {
    super(message);
    this.code = sqlerrcode;
  }
}
Object.defineProperty(SqlError.prototype, 'name', { value: 'SqlError', writable: true, configurable: true });

/** What is needed to map a position back to the user's source. */
export interface SourceInfo {
  hash: string;
  source: string;
  code: string;
  segments: Segment[];
}

/** The first stack frame inside the user's function, mapped to a 1-based position in its source. */
export function locate(stack: string | undefined, info: SourceInfo): { line: number; column: number } | null {
  if (typeof stack !== 'string') return null;
  const name = scriptName(info.hash).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${name}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return null;
  const line = Number(match[1]) - SCRIPT_LINE_OFFSET;
  if (line < 1) return null;
  return toOriginalPosition(info.source, info.code, info.segments, line, Number(match[2]));
}

/** The stack with frames outside the user's function dropped and positions mapped to its source. */
export function userStack(stack: string | undefined, headline: string, info: SourceInfo): string {
  const frames: string[] = [];
  const name = scriptName(info.hash);
  for (const frame of (stack ?? '').split('\n').slice(1)) {
    const at = frame.indexOf(`${name}:`);
    if (at < 0) continue;
    const [line, column] = frame.slice(at + name.length + 1).split(':').map((n) => parseInt(n, 10));
    const mappedLine = line - SCRIPT_LINE_OFFSET;
    if (!(mappedLine >= 1)) continue;
    // Frames of the rewrite's own glue (the generator driver call) mean nothing to the user.
    if (isInserted(info.segments, offsetOf(info.code, mappedLine, column))) continue;
    const pos = toOriginalPosition(info.source, info.code, info.segments, mappedLine, column);
    frames.push(`    at <remote function>:${pos.line}:${pos.column}`);
  }
  return [headline, ...frames].join('\n');
}

function describe(thrown: unknown): { name: string; message: string } {
  if (thrown instanceof Error) return { name: thrown.name, message: thrown.message };
  if (typeof thrown === 'object' && thrown !== null && typeof (thrown as { message?: unknown }).message === 'string') {
    return { name: 'Error', message: (thrown as { message: string }).message };
  }
  try {
    return { name: typeof thrown, message: String(thrown) };
  } catch {
    return { name: typeof thrown, message: '(unprintable value)' };
  }
}

/** The error to raise for anything a remote function threw (its own throw, or a failed statement). */
export function toRaisedError(thrown: unknown, info: SourceInfo): WormholeError {
  if (thrown instanceof WormholeError) return thrown;
  if (thrown instanceof SqlError) {
    const pos = locate(thrown.callStack, info);
    const detail = {
      kind: 'sql', name: 'SqlError', line: pos?.line ?? null, column: pos?.column ?? null,
      stack: userStack(thrown.callStack, `SqlError: ${thrown.message}`, info),
      detail: thrown.detail ?? null, function: info.hash,
    };
    return new WormholeError(thrown.sqlerrcode, thrown.message, JSON.stringify({ wormhole: 1, ...detail }), thrown.hint);
  }
  const { name, message } = describe(thrown);
  const stack = thrown instanceof Error ? thrown.stack : undefined;
  const pos = locate(stack, info);
  const carried = thrown as { code?: unknown; sqlerrcode?: unknown; detail?: unknown; hint?: unknown } | null;
  const ownCode = typeof carried === 'object' && carried !== null
    ? [carried.sqlerrcode, carried.code].find((c) => typeof c === 'string' && SQLSTATE.test(c)) as string | undefined
    : undefined;
  const detail = {
    kind: 'throw', name, line: pos?.line ?? null, column: pos?.column ?? null,
    stack: userStack(stack, `${name}: ${message}`, info),
    detail: typeof carried === 'object' && carried !== null && carried.detail !== undefined ? carried.detail : null,
    function: info.hash,
  };
  const hint = typeof carried === 'object' && carried !== null && typeof carried.hint === 'string' ? carried.hint : undefined;
  return new WormholeError(ownCode ?? 'WH010', message, JSON.stringify({ wormhole: 1, ...detail }), hint);
}
