/**
 * Diagnostics: what the validator reports. Rules report offsets into the function's source; the
 * Reporter keeps them in order and turns the first ERROR_LIMITS.maxDiagnostics of them into
 * line/column positions with a code frame. The rest are only counted: a source full of problems
 * must not produce output (or work) proportional to the number of problems.
 */
import { clipBytes, clipChars, clipMiddle, codeFrame, ERROR_LIMITS, LineIndex, utf8Length, type Diagnostic } from '@wormhole/protocol';

export type { Diagnostic };

/** A source range as offsets (end exclusive), which every acorn node has. */
export interface Span {
  start: number;
  end: number;
}

/** Runs of this many non-blank characters are words no reader needs whole (names, literals from the source). */
const LONG_WORD = /\S{121,}/g;

/**
 * Messages quote names from the source, and a name can be as long as the source (sometimes
 * twice: "`x` is not defined … (db, x) => …"). Long words are shortened in place so the advice
 * around them survives; the middle cut is the backstop for many long words.
 */
function boundedMessage(message: string): string {
  const shortened =
    message.length <= 120
      ? message
      : message.replace(LONG_WORD, (word) => `${word.slice(0, 50)}…[${word.length - 70} characters]…${word.slice(-20)}`);
  return clipMiddle(shortened, ERROR_LIMITS.maxDiagnosticMessageChars);
}

interface Reported {
  rule: string;
  message: string;
  start: number;
  end: number;
}

export class Reporter {
  private readonly items: Reported[] = [];
  private readonly seen = new Set<string>();
  private readonly offsets = new Set<number>();
  readonly index: LineIndex;

  constructor(source: string) {
    this.index = new LineIndex(source);
  }

  report(rule: string, message: string, span: Span): void {
    // Two rules can reach the same node by different paths (e.g. a pattern key and a string
    // literal); one report per rule and place is enough.
    const key = `${rule}@${span.start}:${span.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.offsets.add(span.start);
    this.items.push({ rule, message: boundedMessage(message), start: span.start, end: Math.max(span.end, span.start) });
  }

  /** True if some diagnostic starts at this offset (used to avoid reporting one problem twice). */
  hasAt(offset: number): boolean {
    return this.offsets.has(offset);
  }

  /** Every problem found, including those beyond the listed ones. */
  get count(): number {
    return this.items.length;
  }

  /**
   * The first ERROR_LIMITS.maxDiagnostics diagnostics, sorted by position (then rule id, so the
   * order is deterministic); `count - diagnostics().length` more were found.
   */
  diagnostics(): Diagnostic[] {
    return [...this.items]
      .sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
      .slice(0, ERROR_LIMITS.maxDiagnostics)
      .map((d) => {
        const start = this.index.position(d.start);
        const end = this.index.position(d.end);
        return {
          rule: d.rule,
          message: d.message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          frame: clipChars(codeFrame(this.index, start.line, start.column, { end }), ERROR_LIMITS.maxFrameChars),
        };
      });
  }
}

/** "… and 3 more problems", or '' when nothing was left out. */
export function moreLine(omitted: number): string {
  return omitted > 0 ? `… and ${omitted} more problem${omitted === 1 ? '' : 's'}` : '';
}

/**
 * A human-readable block listing diagnostics, for error messages. It stays within
 * ERROR_LIMITS.maxMessageBytes: diagnostics that do not fit, and the `omitted` ones the validator
 * did not list, are counted in a last line "… and N more problems".
 */
export function formatDiagnostics(diags: Diagnostic[], omitted = 0): string {
  // Room for the caller's one-line header and for the last line.
  const budget = ERROR_LIMITS.maxMessageBytes - 512;
  const blocks: string[] = [];
  let used = 0;
  for (const d of diags) {
    // Each diagnostic is bounded already (message and frame are), but a caller may pass its own.
    const block = clipBytes(`${d.line}:${d.column}  ${d.message}  [${d.rule}]\n${d.frame}`, budget);
    const size = utf8Length(block) + 2;
    if (blocks.length > 0 && used + size > budget) break;
    blocks.push(block);
    used += size;
  }
  const more = moreLine(omitted + diags.length - blocks.length);
  return more ? [...blocks, more].join('\n\n') : blocks.join('\n\n');
}
