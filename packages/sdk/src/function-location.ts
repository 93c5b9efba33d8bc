/**
 * Maps a position inside a remote function's source text to a position in the user's file.
 *
 * The source we send is what Function.prototype.toString() returns, i.e. the code the engine runs.
 * For plain JavaScript that is the file's own text; for TypeScript it is the compiler's reprint
 * (types erased, re-indented, lines joined or split), so line N of the function is not line N after
 * the definition. Instead of relying on line numbers we align the two texts on their code: strip
 * whitespace from both, take the code at the failing position, and find the same occurrence of that
 * code in the file, starting at the function's definition. Type annotations rarely fall inside the
 * short snippet we match; when they do we retry with a shorter one, and as a last resort fall back
 * to counting lines.
 */
import { readFileSync } from 'fs';
import { offsetOf, positionOf } from '@wormhole/protocol';
import type { SourcePosition } from './errors';

export interface FunctionLocation {
  file: string;
  /** The file's text, when it could be read. */
  text?: string;
  /** Offset of the function's first character in `text`. */
  start?: number;
  /** Where the function starts (or, if its text could not be found, where remote() was called). */
  line: number;
  column: number;
}

/**
 * Finds the function in the file named by `site` (the remote() call site). Exact text first (plain
 * JS), then the function's head (e.g. `async (db`) after the call site (TypeScript), else the site.
 */
export function locateFunction(site: SourcePosition, source: string, readFile = defaultReadFile): FunctionLocation {
  const text = readFile(site.file);
  if (text === undefined) return { file: site.file, line: site.line, column: site.column };
  const siteOffset = offsetOf(text, site.line, site.column);
  const start = findExact(text, source, siteOffset) ?? findHead(text, source, siteOffset);
  if (start === undefined) return { file: site.file, text, line: site.line, column: site.column };
  const { line, column } = positionOf(text, start);
  return { file: site.file, text, start, line, column };
}

/** Maps a 1-based line/column within `source` to the user's file. */
export function mapToFile(location: FunctionLocation, source: string, line: number, column: number): SourcePosition {
  const relative = offsetOf(source, line, column);
  if (location.text !== undefined && location.start !== undefined) {
    const offset = alignOffset(source, relative, location.text, location.start);
    if (offset !== undefined) return { file: location.file, ...positionOf(location.text, offset) };
  }
  // Fallback: assume the lines of the function were kept as written.
  return {
    file: location.file,
    line: location.line + line - 1,
    column: line === 1 ? location.column + column - 1 : column,
  };
}

function defaultReadFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function findExact(text: string, source: string, near: number): number | undefined {
  // The occurrence closest after the call site wins; a function defined earlier and passed by
  // name is found by the first occurrence in the file.
  const after = text.indexOf(source, Math.max(0, lineStart(text, near)));
  if (after >= 0) return after;
  const anywhere = text.indexOf(source);
  return anywhere >= 0 ? anywhere : undefined;
}

/** The head of the function (up to its first parameter) with whitespace removed, e.g. `async(db`. */
export function functionHead(source: string): string {
  const compact = source.replace(/\s+/g, '');
  const paren = /^[^(=]*\(\s*[A-Za-z_$][\w$]*/.exec(compact);
  if (paren) return paren[0];
  const bare = /^(?:async)?[A-Za-z_$][\w$]*=>/.exec(compact); // db => …
  return bare ? bare[0].replace(/=>$/, '') : compact.slice(0, 12);
}

/**
 * Finds the function through the remote() call: inline (`remote(async (db, …) => …)`), or passed by
 * name (`remote(transfer)`), then declared as `function transfer(db…` or `const transfer = (db…`.
 */
function findHead(text: string, source: string, from: number): number | undefined {
  const head = functionHead(source);
  if (!head) return undefined;
  const region = compactWithOffsets(text, lineStart(text, from), Math.min(text.length, from + 4000));
  const call = /remote(?:<[^(]*>)?\(/.exec(region.compact);
  if (!call) return undefined;
  const argument = call.index + call[0].length;
  if (region.compact.startsWith(head, argument)) return region.offsets[argument];
  const reference = /^([A-Za-z_$][\w$]*)[,)]/.exec(region.compact.slice(argument));
  if (!reference) return undefined;
  const whole = compactWithOffsets(text, 0, text.length);
  const name = reference[1];
  // `function transfer(db…`: the head names the function, so it is specific enough on its own.
  if (head.includes(`function${name}(`)) {
    const i = whole.compact.indexOf(head);
    return i >= 0 ? whole.offsets[i] : undefined;
  }
  // `const transfer = async (db…` or `const transfer: Fn = (db…`: the function starts after the `=`.
  const declaration = new RegExp(`(?<![\\w$])${escapeRegExp(name)}\\s*(?::[^=;]*)?=(?!=)\\s*`, 'g');
  for (let m = declaration.exec(text); m; m = declaration.exec(text)) {
    const start = m.index + m[0].length;
    if (compactWithOffsets(text, start, Math.min(text.length, start + head.length * 4)).compact.startsWith(head)) return start;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds the file offset that holds the code found at `relative` in `source`. */
function alignOffset(source: string, relative: number, text: string, start: number): number | undefined {
  const fn = compactWithOffsets(source, 0, source.length);
  const file = compactWithOffsets(text, start, Math.min(text.length, start + source.length * 4 + 4000));
  // The compact index of the first non-space character at or after `relative`.
  const at = fn.offsets.findIndex((o) => o >= relative);
  if (at < 0) return undefined;
  for (const length of [32, 16, 8, 4, 2, 1]) {
    const snippet = fn.compact.slice(at, at + length);
    const nth = countOccurrences(fn.compact, snippet, at);
    const found = nthOccurrence(file.compact, snippet, nth);
    if (found !== undefined) return file.offsets[found];
  }
  return undefined;
}

/** `text[from..to)` without whitespace, plus the original offset of each kept character. */
function compactWithOffsets(text: string, from: number, to: number): { compact: string; offsets: number[] } {
  let compact = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    compact += ch;
    offsets.push(i);
  }
  return { compact, offsets };
}

/** How many times `needle` starts before index `end` in `haystack`. */
function countOccurrences(haystack: string, needle: string, end: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && i < end; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function nthOccurrence(haystack: string, needle: string, n: number): number | undefined {
  let i = haystack.indexOf(needle);
  for (let k = 0; k < n && i >= 0; k++) i = haystack.indexOf(needle, i + 1);
  return i >= 0 ? i : undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
