/**
 * `console` for remote functions: V8's own console does nothing without an inspector, so output
 * vanished. Here console.log/info/debug/trace send a NOTICE and console.warn/error a WARNING on the
 * caller's connection, where the SDK hands them to its `logger` option with the function's name.
 * Whether the server log keeps them too is the DBA's choice (log_min_messages = notice for the role).
 *
 * Each message is clipped to ERROR_LIMITS.maxMessageBytes, like every message the runtime sends.
 */
import { clipBytes, ERROR_LIMITS } from '@wormhole/protocol';

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // a cycle, or a getter that throws
  }
}

function emitter(level: number): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    plv8.elog(level, clipBytes(args.map(describe).join(' '), ERROR_LIMITS.maxMessageBytes));
  };
}

/** Replaces the realm's console (frozen with the realm afterwards). */
export function installConsole(g: Record<string, unknown>): void {
  // Once per realm: a second runtime version loaded beside the first finds it in place.
  if (Object.getOwnPropertyDescriptor(g, 'console')?.configurable === false) return;
  const notice = emitter(NOTICE);
  const warning = emitter(WARNING);
  const console = Object.freeze({ log: notice, info: notice, debug: notice, trace: notice, warn: warning, error: warning });
  Object.defineProperty(g, 'console', { value: console, writable: false, configurable: false, enumerable: false });
}
