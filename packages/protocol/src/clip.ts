/**
 * Cutting text to a size, for the bounded errors of limits.ts. A cut is always visible (it ends
 * in a marker that gives the original length), never splits a surrogate pair, and costs time
 * proportional to the limit, not to the text: a 50 MB string is cut as fast as a 50 KB one.
 */

/** Bytes of one UTF-16 unit at `i` in UTF-8 (a surrogate pair counts 4 on its high half, 0 on its low half). */
function utf8Size(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  } else if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) return 0;
  }
  // Other BMP characters, and lone surrogates (which become U+FFFD on the way into PostgreSQL).
  return 3;
}

/** An index at or below `at` that does not fall between the halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const c = text.charCodeAt(at);
  const prev = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff ? at - 1 : at;
}

function marker(length: number): string {
  return ` … [cut: ${length} characters in all]`;
}

/** UTF-8 length of `text`, counting at most up to `stopAfter` bytes (then returns a value above it). */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) bytes += utf8Size(text, i);
  return bytes;
}

/**
 * `text` if its UTF-8 form fits in `maxBytes`, else its longest prefix that fits together with a
 * marker saying how long the text was.
 */
export function clipBytes(text: string, maxBytes: number): string {
  // Every UTF-16 unit is at most 3 bytes (a pair is 4 for 2 units), so short text needs no count.
  if (text.length * 3 <= maxBytes) return text;
  const tail = marker(text.length);
  const budget = Math.max(0, maxBytes - utf8Length(tail));
  let bytes = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const size = utf8Size(text, i);
    if (cut < 0 && bytes + size > budget) cut = i;
    bytes += size;
    if (bytes > maxBytes) return text.slice(0, safeCut(text, cut)) + tail;
  }
  return text;
}

/** `text` if it has at most `maxChars` characters, else its start and a marker (at most `maxChars` in all). */
export function clipChars(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const tail = marker(text.length);
  return text.slice(0, safeCut(text, Math.max(0, maxChars - tail.length))) + tail;
}

/**
 * Like clipChars, but keeps the end as well as the start: a diagnostic names the problem first and
 * says how to fix it last, and a huge quoted name sits in between.
 */
export function clipMiddle(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const gap = ` … [${text.length - maxChars} characters cut] … `;
  const keep = Math.max(0, maxChars - gap.length);
  const head = safeCut(text, Math.ceil(keep / 2));
  const tailStart = text.length - Math.floor(keep / 2);
  // Start the kept end after a pair's high half, never between its halves.
  const from = safeCut(text, tailStart) === tailStart ? tailStart : tailStart + 1;
  return text.slice(0, head) + gap + text.slice(from);
}
