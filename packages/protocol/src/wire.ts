/**
 * The wire format: how arguments travel from the SDK to the database and results travel back.
 *
 * It is JSON text, so both ends use the engine's own fast JSON.parse/JSON.stringify, with a small
 * set of tagged objects for the values JSON cannot express. A tag is an object with exactly one key
 * from TAGS below:
 *
 *   undefined            {"$u":0}        (kept distinct from null, also inside arrays and objects)
 *   NaN, ±Infinity, -0   {"$n":"NaN"}    ("Infinity", "-Infinity", "-0")
 *   BigInt               {"$big":"123"}  (decimal digits, so no precision is lost)
 *   Date                 {"$date":"2024-01-02T03:04:05.000Z"}   (an invalid Date is {"$date":null})
 *   Uint8Array / Buffer  {"$bytes":"<base64>"}
 *   an object that would look like a tag: {"$esc":{...the object...}}
 *
 * Numbers stay JavaScript numbers (doubles). db.query follows PL/v8's type mapping, so int8 and
 * numeric columns are numbers too; a query that needs their exact digits casts them to text, and
 * BigInt values travel exactly as {"$big": …}.
 *
 * Anything else that JSON would silently mangle is refused with an error that names where it was
 * found (functions, symbols, cycles, Map, Set, class instances, typed arrays other than Uint8Array).
 *
 * Size and nesting are capped (WIRE_LIMITS, docs/protocol.md "Limits"): wire text longer than
 * maxTextLength or nested deeper than maxDepth is refused before JSON.parse sees it (decode) or
 * before it is sent (encode), with a WireError naming the limit and the fix. Without the caps one
 * argument of nested brackets kept a backend busy for minutes and gigabytes, out of reach of the
 * engine's limits.
 *
 * This module is isomorphic: it runs in Node (the SDK) and inside PL/v8 (the runtime), so it uses
 * no Buffer, btoa or TextEncoder.
 */
import { clipMiddle } from './clip';
import { WIRE_LIMITS } from './limits';

export const TAGS = ['$u', '$n', '$big', '$date', '$bytes', '$esc'] as const;
type Tag = (typeof TAGS)[number];

/** A path in a message is cut to this many characters (512 levels of keys can make a long one). */
const MAX_PATH_IN_MESSAGE = 600;
/** Keys longer than this are shortened in paths, so a path's length depends on depth, not on key size. */
const MAX_KEY_IN_PATH = 64;

/** Raised when a value cannot be sent; `path` says where, e.g. `args[1].items[3]`. */
export class WireError extends TypeError {
  constructor(
    readonly path: string,
    problem: string,
    fix: string,
    /** Refused for its size alone (over maxTextLength): the same data in smaller parts would pass. */
    readonly tooLong = false,
  ) {
    super(`${clipMiddle(path, MAX_PATH_IN_MESSAGE)} ${problem}. ${fix}`);
    this.name = 'WireError';
  }
}

/** How decoded byte strings are materialised: the SDK hands back a Buffer, PL/v8 a Uint8Array. */
export interface DecodeOptions {
  bytes?: (data: Uint8Array) => unknown;
}

const MIB = 1024 * 1024;

/** What to do about data too large or too deep for one call, in every limit's message. */
const LARGE_DATA_FIX =
  'Pass large data as a table or in chunks: load it with COPY or INSERT … SELECT FROM unnest($1) ' +
  'into a table the function reads, or split it over several calls';

/** `length` undefined: longer than the engine's longest string, so its exact length is unknown. */
function tooLong(path: string, length: number | undefined, encoded: boolean): WireError {
  const size = length === undefined ? 'more characters than the engine can hold in one string' : `${length} characters`;
  return new WireError(
    path,
    `${encoded ? 'encodes to' : 'is'} ${size} of wire text; the limit is ${WIRE_LIMITS.maxTextLength} ` +
      `(${WIRE_LIMITS.maxTextLength / MIB} Mi characters, WIRE_LIMITS.maxTextLength)`,
    LARGE_DATA_FIX,
    true,
  );
}

function tooDeep(path: string): WireError {
  return new WireError(
    path,
    `is nested more than ${WIRE_LIMITS.maxDepth} levels deep (arrays and objects; ` + 'the limit is WIRE_LIMITS.maxDepth)',
    `Flatten the data (e.g. rows with parent ids instead of a tree). ${LARGE_DATA_FIX}`,
  );
}

export function encode(value: unknown, rootName = 'value'): string {
  let text: string;
  try {
    // Fast path for the commonest results: a string, a boolean, null or a finite number that is not
    // -0 is its own wire form, so the walk (and its allocations) can be skipped.
    // Likewise for plain JSON data (rows of a query, most results): checked without copying, then
    // stringified as it is; anything else goes through the walk, which tags or refuses it.
    text = JSON.stringify(isPlainJson(value, 0) ? value : walk(value, null, { root: rootName, seen: [], keys: [] }));
  } catch (error) {
    // Text beyond the engine's longest string: far over the limit, whatever its exact length.
    if (error instanceof RangeError && !(error instanceof WireError)) throw tooLong(rootName, undefined, true);
    throw error;
  }
  checkEncodedLength(text.length, rootName);
  return text;
}

/**
 * The encoder's limit on wire text, for text written elsewhere (the runtime sends rows the engine
 * wrote as JSON without encode()): throws the WireError encode() throws for `length` characters.
 */
export function checkEncodedLength(length: number, rootName = 'value'): void {
  if (length > WIRE_LIMITS.maxTextLength) throw tooLong(rootName, length, true);
}

const NO_OPTIONS: DecodeOptions = {};

/**
 * True when `value` is its own wire form, so JSON.stringify(value) is exactly what the walk would
 * produce: strings, booleans, null, finite numbers other than -0, and arrays and plain objects of
 * those (no holes, no undefined, no key that reads as a tag, no toJSON), within maxDepth. Anything
 * else (and any cycle, which runs into the depth limit) answers false and takes the walk.
 */
function isPlainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !(value === 0 && 1 / value < 0);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= WIRE_LIMITS.maxDepth || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(value);
  if (keys.length === 1 && isTag(keys[0])) return false;
  for (let i = 0; i < keys.length; i++) if (!isPlainJson((value as Record<string, unknown>)[keys[i]], depth + 1)) return false;
  return true;
}

/**
 * The offset of the first bracket that opens a level deeper than `max`, or -1. Linear and
 * allocation-free; brackets inside strings do not count. Malformed text is left to JSON.parse.
 */
export function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Jump to the closing quote: one that is preceded by an even number of backslashes.
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return -1;
        let k = q - 1;
        while (text.charCodeAt(k) === 0x5c /* \ */) k--;
        if ((q - 1 - k) % 2 === 0) {
          i = q;
          break;
        }
        from = q + 1;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return -1;
}

export function decode(text: string, options: DecodeOptions = NO_OPTIONS): unknown {
  if (text.length > WIRE_LIMITS.maxTextLength) throw tooLong('the wire text', text.length, false);
  // Nesting deeper than maxDepth needs more than maxDepth brackets, so short text (every ordinary
  // call) skips the scan; longer text pays one pass, well under JSON.parse's own cost.
  if (text.length > WIRE_LIMITS.maxDepth && tooDeepAt(text, WIRE_LIMITS.maxDepth) >= 0) throw tooDeep('the wire text');
  const parsed = JSON.parse(text);
  // Only an object key can be a tag, and a tag key starts with `$`: when the text holds no `"$`
  // (nor a `$` written as the escape \u0024), there is nothing to convert and the walk is skipped.
  // A one-character search is the cheaper first test (V8 scans for a single character far faster
  // than for `"$` in text full of quotes: ~2 ms for 50,000 rows), and most results hold no `$` at all.
  if ((text.indexOf('$') === -1 || text.indexOf('"$') === -1) && text.indexOf('\\u0024') === -1) return parsed;
  return fromWire(parsed, options);
}

/**
 * Converts a value into its JSON-safe wire form (`path` names it in error messages).
 * Copy on write: the result shares every part of `value` that is already its own wire form (the
 * whole of `value` when nothing needs a tag), so treat it as read-only.
 */
export function toWire(value: unknown, path = 'value'): unknown {
  return walk(value, null, { root: path, seen: [], keys: [] });
}

/**
 * The path down to the value being walked: `seen[d]` is the container at depth d and `keys[d]` the
 * key it sits under in `seen[d - 1]` (`keys[0]` unused). Kept as two stacks, not a string or a
 * linked place per container: a value that travels fine costs no path at all, and the text is made
 * only for an error message (the bench profile of a call showed `${path}.${key}` strings, then
 * per-container place objects, as the largest part of encoding a small result).
 */
interface WalkPath {
  root: string;
  seen: object[];
  keys: Array<string | number>;
}

function pathOf(at: WalkPath, key: string | number | null): string {
  let text = at.root;
  for (let d = 1; d < at.keys.length; d++) text = step(text, at.keys[d]);
  return key === null ? text : step(text, key);
}

function step(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return `${base}.${key.length <= MAX_KEY_IN_PATH ? key : `${key.slice(0, MAX_KEY_IN_PATH - 1)}…`}`;
}

/**
 * toWire of `value`, found under `key` in the innermost container of `at` (`key` null: the root).
 * Returns `value` itself when it is its own wire form, else a tag or a copy.
 */
function walk(value: unknown, key: string | number | null, at: WalkPath): unknown {
  switch (typeof value) {
    case 'undefined':
      return { $u: 0 };
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (Number.isNaN(value)) return { $n: 'NaN' };
      if (value === Infinity) return { $n: 'Infinity' };
      if (value === -Infinity) return { $n: '-Infinity' };
      if (value === 0 && 1 / value < 0) return { $n: '-0' };
      return value;
    case 'bigint':
      return { $big: value.toString() };
    case 'function':
      throw new WireError(
        pathOf(at, key),
        'is a function, which cannot be sent to or from the database',
        'Pass data only; remote functions receive their helpers as code inside the function',
      );
    case 'symbol':
      throw new WireError(
        pathOf(at, key),
        'is a Symbol, which has no representation outside one JavaScript realm',
        'Send its description (a string) instead',
      );
  }
  if (value === null) return null;
  const obj = value as object;
  if (at.seen.includes(obj)) {
    throw new WireError(
      pathOf(at, key),
      'refers back to one of its own containers (a cycle)',
      'Send a tree: break the cycle, e.g. replace the back reference with an id',
    );
  }
  if (obj instanceof Date) {
    const time = obj.getTime();
    return { $date: Number.isNaN(time) ? null : obj.toISOString() };
  }
  if (obj instanceof Uint8Array) return { $bytes: bytesToBase64(obj) };
  // `seen` is the path of containers down to here: its length is this value's nesting level - 1.
  if (at.seen.length >= WIRE_LIMITS.maxDepth) throw tooDeep(pathOf(at, key));
  if (!Array.isArray(obj)) {
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      const kind = describeKind(obj);
      throw new WireError(
        pathOf(at, key),
        `is ${kind}, which the wire format does not carry`,
        kind === 'a Map'
          ? 'Convert it with Object.fromEntries(map) or [...map]'
          : kind === 'a Set'
            ? 'Convert it with [...set]'
            : 'Convert it to a plain object or array first',
      );
    }
  }
  at.seen.push(obj);
  at.keys.push(key ?? '');
  try {
    return Array.isArray(obj) ? walkArray(obj, at) : walkObject(obj as Record<string, unknown>, at);
  } finally {
    at.seen.pop();
    at.keys.pop();
  }
}

/**
 * The items of `arr` in wire form: `arr` itself, or a copy from its first item that changed. A hole
 * is written as null, as JSON.stringify writes it. The copy is built with push, not slice() or map():
 * those make a holey array through the species constructor, which JSON.stringify then serializes on
 * its slow generic path (both showed in the profile of a call returning a few rows with dates).
 */
function walkArray(arr: unknown[], at: WalkPath): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < arr.length; i++) {
    const hole = isHole(arr, i);
    const item = arr[i];
    const wired = hole ? null : walk(item, i, at);
    if (out === null) {
      if (wired === item || hole) continue;
      out = [];
      for (let j = 0; j < i; j++) out.push(isHole(arr, j) ? null : arr[j]);
    }
    out.push(wired);
  }
  return out ?? arr;
}

/** No item at `i` (a sparse array's gap), as opposed to an item that is undefined. */
function isHole(arr: unknown[], i: number): boolean {
  return arr[i] === undefined && !(i in arr);
}

/**
 * The own enumerable properties of `obj` in wire form: `obj` itself, or a copy once a value changed.
 * An object whose only key is a tag name would be read back as that tag: it is escaped.
 */
function walkObject(obj: Record<string, unknown>, at: WalkPath): unknown {
  const keys = Object.keys(obj);
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const item = obj[k];
    const wired = walk(item, k, at);
    if (out === null) {
      if (wired === item) continue;
      out = {};
      for (let j = 0; j < i; j++) setOwn(out, keys[j], obj[keys[j]]);
    }
    setOwn(out, k, wired);
  }
  const result = out ?? obj;
  return keys.length === 1 && isTag(keys[0]) ? { $esc: result } : result;
}

/** `out[key] = value`, except that `__proto__` stays an own key (assigning it would set out's prototype). */
function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}

/**
 * The inverse of toWire, applied to the result of JSON.parse: `value`'s arrays and objects are
 * reused and changed in place (each tag replaced by the value it stands for), not copied, so pass
 * it only text JSON.parse has just made. A result of a few rows with dates spent most of its decode
 * time copying every container; only the tags need new values.
 */
export function fromWire(value: unknown, options: DecodeOptions = NO_OPTIONS): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') {
        const decoded = fromWire(item, options);
        if (decoded !== item) value[i] = decoded;
      }
    }
    return value;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && isTag(keys[0])) {
    const tag = keys[0];
    const payload = obj[tag];
    switch (tag) {
      case '$u':
        return undefined;
      case '$n':
        return payload === '-0' ? -0 : Number(payload);
      case '$big':
        return BigInt(payload as string);
      case '$date':
        return payload === null ? new Date(NaN) : dateOfIso(payload as string);
      case '$bytes': {
        const bytes = base64ToBytes(payload as string);
        return options.bytes ? options.bytes(bytes) : bytes;
      }
      case '$esc':
        // The escaped object is the user's own, even if it reads as a tag: only its values decode.
        return decodeValues(payload as Record<string, unknown>, options);
    }
  }
  return decodeValues(obj, options);
}

/** `obj` with each of its values decoded in place (a key JSON.parse made own, even `__proto__`, is assigned as an own property). */
function decodeValues(obj: Record<string, unknown>, options: DecodeOptions): Record<string, unknown> {
  if (obj === null || typeof obj !== 'object') return obj;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const item = obj[keys[i]];
    if (item !== null && typeof item === 'object') {
      const decoded = fromWire(item, options);
      if (decoded !== item) obj[keys[i]] = decoded;
    }
  }
  return obj;
}

/**
 * The Date of an ISO 8601 text as toWire writes it (`2024-02-29T12:34:56.789Z`, toISOString's
 * form for years 0-9999), read from its digits: `new Date(text)` runs the engine's general date
 * parser, the larger part of decoding a row's timestamp. Any other text goes to that parser.
 */
function dateOfIso(text: string): Date {
  if (typeof text === 'string' && text.length === 24 && text.charCodeAt(23) === 0x5a /* Z */) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const ms = digits(text, 20, 3);
    if (
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      ms >= 0 &&
      text.charCodeAt(4) === 0x2d /* - */ &&
      text.charCodeAt(7) === 0x2d &&
      text.charCodeAt(10) === 0x54 /* T */ &&
      text.charCodeAt(13) === 0x3a /* : */ &&
      text.charCodeAt(16) === 0x3a &&
      text.charCodeAt(19) === 0x2e /* . */
    ) {
      const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
      // Date.UTC rolls an impossible day over (Feb 30 -> Mar 1) and maps years 0-99 to 1900-1999,
      // where the parser refuses or keeps them: those few go to the parser.
      const date = new Date(time);
      if (year >= 100 && date.getUTCDate() === day) return date;
    }
  }
  return new Date(text);
}

/** The decimal number written by `count` ASCII digits of `text` from `at`, or -1 if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isTag(key: string): key is Tag {
  return (TAGS as readonly string[]).includes(key);
}

function describeKind(obj: object): string {
  if (obj instanceof Map) return 'a Map';
  if (obj instanceof Set) return 'a Set';
  if (ArrayBuffer.isView(obj)) return `a ${obj.constructor.name} (only Uint8Array/Buffer is carried)`;
  const name = (obj as { constructor?: { name?: string } }).constructor?.name;
  return name ? `an instance of ${name}` : 'an object with a custom prototype';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP: Record<string, number> = {};
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET[i]] = i;

/** Standard base64 with padding (RFC 4648 §4). */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + '=';
  }
  return out;
}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) {
    throw new TypeError('invalid base64 in a {"$bytes": …} wire value');
  }
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (LOOKUP[clean[i]] << 18) | (LOOKUP[clean[i + 1]] << 12) | ((LOOKUP[clean[i + 2]] ?? 0) << 6) | (LOOKUP[clean[i + 3]] ?? 0);
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
