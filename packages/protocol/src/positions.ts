/**
 * Offsets to positions and back. Lines are 1-based; columns are 1-based and counted in UTF-16 code
 * units (JavaScript string indices), like the line/column of a V8 stack frame, so the SDK can add
 * the function's own position in the user's file without converting.
 */

export interface Position {
  line: number;
  column: number;
}

/** The same line terminators as ECMAScript (and acorn): \r\n, \n, \r, U+2028, U+2029. */
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

export class LineIndex {
  /** Offset of the first character of every line. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (const m of text.matchAll(LINE_BREAK)) this.starts.push((m.index as number) + m[0].length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Binary search for the last line starting at or before the offset.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
  }

  /** The text of a 1-based line, without its terminator. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    const raw = this.text.slice(start, next === undefined ? this.text.length : next);
    return raw.replace(/(\r\n?|[\n\u2028\u2029])$/, '');
  }
}

/** 0-based offset of a 1-based line/column in `text` (clamped to the text); lines end at `\n`. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), text.length);
}

/** 1-based line/column of a 0-based offset in `text`; lines end at `\n`. */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
