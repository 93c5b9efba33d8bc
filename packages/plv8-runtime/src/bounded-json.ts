/**
 * JSON of bounded size for error DETAILs (ERROR_LIMITS in @wormhole/protocol).
 *
 * A DETAIL holds values the user controls (a thrown object's `detail`, its name and message in the
 * stack, PostgreSQL's DETAIL of a failed statement quoting the user's data). Stringifying those
 * as they are lets one throw put gigabytes into the client, the log and the audit table, and a
 * cycle, a BigInt or a throwing getter would make JSON.stringify itself fail. So the DETAIL is
 * built by a walk that spends a byte budget: strings are cut, nesting and the number of values
 * are capped, cycles and unreadable properties become markers, and the result says
 * `"truncated": true` whenever something was left out. Its cost is bounded by the budget, not by
 * the size of what was thrown.
 */
import { clipBytes, ERROR_LIMITS, utf8Length } from '@wormhole/protocol';

interface Budget {
  /** Bytes of JSON still available. */
  remaining: number;
  /** Values (items and properties) still available. */
  values: number;
  truncated: boolean;
  /** Objects on the current path, to turn cycles into a marker. */
  path: object[];
}

/** Room kept for `,"truncated":true}` and the closing brackets of the levels being walked. */
const RESERVE = 64;

/** Bytes of `text` as a JSON string literal (quotes and escapes included), capped above `stopAfter`. */
function jsonStringBytes(text: string, stopAfter: number): number {
  return utf8Length(JSON.stringify(text), stopAfter);
}

function boundedString(text: string, maxChars: number, budget: Budget): string | undefined {
  const room = Math.min(maxChars, budget.remaining - 2);
  if (room <= 0) {
    budget.truncated = true;
    return undefined;
  }
  let out = clipBytes(text, room);
  let cost = jsonStringBytes(out, budget.remaining);
  // Escapes (\n, \u0001…) can make a string's JSON up to 6 times longer than its text.
  if (cost > room + 2) {
    out = clipBytes(text, Math.floor(room / 6));
    cost = jsonStringBytes(out, budget.remaining);
  }
  if (out !== text) budget.truncated = true;
  budget.remaining -= cost;
  return out;
}

function walk(value: unknown, depth: number, budget: Budget): unknown {
  switch (typeof value) {
    case 'string':
      return boundedString(value, depth <= 1 ? ERROR_LIMITS.maxStackChars : ERROR_LIMITS.maxDetailStringChars, budget);
    case 'number':
    case 'boolean': {
      // Non-finite numbers become null, as JSON.stringify writes them.
      const text = typeof value === 'number' && !Number.isFinite(value) ? 'null' : String(value);
      budget.remaining -= text.length;
      return text === 'null' ? null : value;
    }
    case 'bigint':
      return boundedString(value.toString(), ERROR_LIMITS.maxDetailStringChars, budget);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) {
    budget.remaining -= 4;
    return null;
  }
  const obj = value as object;
  if (obj instanceof Date) {
    const time = obj.getTime();
    return Number.isNaN(time) ? null : boundedString(new Date(time).toISOString(), 64, budget);
  }
  if (budget.path.includes(obj)) {
    budget.truncated = true;
    return boundedString('[cycle]', 16, budget);
  }
  if (depth > ERROR_LIMITS.maxDetailDepth) {
    budget.truncated = true;
    return boundedString('[nested too deep]', 32, budget);
  }
  budget.path.push(obj);
  try {
    return Array.isArray(obj) ? walkArray(obj, depth, budget) : walkObject(obj, depth, budget);
  } finally {
    budget.path.pop();
  }
}

function walkArray(items: unknown[], depth: number, budget: Budget): unknown[] {
  const out: unknown[] = [];
  budget.remaining -= 2;
  const length = items.length;
  for (let i = 0; i < length; i++) {
    if (budget.values <= 0 || budget.remaining <= RESERVE) {
      budget.truncated = true;
      break;
    }
    budget.values--;
    let item: unknown;
    try {
      item = walk(items[i], depth + 1, budget);
    } catch {
      item = '[unreadable]';
    }
    // JSON.stringify writes a missing item as null; so does this.
    out.push(item === undefined ? null : item);
    budget.remaining -= 1;
  }
  return out;
}

function walkObject(obj: object, depth: number, budget: Budget): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  budget.remaining -= 2;
  let keys: string[];
  try {
    keys = Object.keys(obj);
  } catch {
    budget.truncated = true;
    return out;
  }
  for (const key of keys) {
    if (budget.values <= 0 || budget.remaining <= RESERVE) {
      budget.truncated = true;
      break;
    }
    budget.values--;
    const keyCost = jsonStringBytes(key, budget.remaining) + 2;
    if (keyCost > budget.remaining - RESERVE) {
      budget.truncated = true;
      continue;
    }
    let item: unknown;
    try {
      // A getter runs user code; one that throws leaves a marker instead of failing the error.
      item = walk((obj as Record<string, unknown>)[key], depth + 1, budget);
    } catch {
      budget.truncated = true;
      item = '[unreadable]';
    }
    if (item === undefined) continue;
    budget.remaining -= keyCost;
    out[key] = item;
  }
  return out;
}

/**
 * `fields` as JSON of at most `maxBytes` UTF-8 bytes. Properties are spent in order, so the
 * caller puts its own small fields first and the user's (possibly huge) values last. When
 * anything was cut or left out, the object gets `"truncated": true`.
 */
export function boundedJson(fields: Record<string, unknown>, maxBytes: number = ERROR_LIMITS.maxDetailBytes): string {
  const budget: Budget = { remaining: maxBytes - RESERVE, values: ERROR_LIMITS.maxDetailValues, truncated: false, path: [] };
  const out = walkObject(fields, 0, budget);
  if (budget.truncated) out.truncated = true;
  const text = JSON.stringify(out);
  // The walk's accounting is exact for what it keeps; this is a guard against a mistake in it.
  if (utf8Length(text, maxBytes) <= maxBytes) return text;
  return JSON.stringify({ wormhole: fields.wormhole, kind: fields.kind, truncated: true });
}

/**
 * Any value as JSON of at most `maxBytes` UTF-8 bytes, by the same walk (for a non-Error throw, whose
 * JSON is its message). Cut values are cut silently here: the message says what it can.
 */
export function boundedValueJson(value: unknown, maxBytes: number): string {
  const budget: Budget = { remaining: maxBytes - RESERVE, values: ERROR_LIMITS.maxDetailValues, truncated: false, path: [] };
  let out: unknown;
  try {
    out = walk(value, 1, budget);
  } catch {
    out = '[unreadable]';
  }
  const text = JSON.stringify(out === undefined ? null : out);
  return utf8Length(text, maxBytes) <= maxBytes ? text : '"[too large]"';
}
