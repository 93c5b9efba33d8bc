/**
 * Diagnostics: what the validator reports. Rules report offsets into the function's source; the
 * Reporter turns them into line/column positions with a code frame and keeps them in order.
 */
import { codeFrame } from './frame';
import { LineIndex } from './positions';

export interface Diagnostic {
  /** Stable rule id (see the README's rules table), e.g. 'free-variable'. */
  rule: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based line within the function's own source. */
  line: number;
  /** 1-based column (UTF-16 code units) within that line. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A few lines of the source around the problem, marked with `>` and `^`. */
  frame: string;
}

/** A source range as offsets (end exclusive), which every acorn node has. */
export interface Span {
  start: number;
  end: number;
}

export class Reporter {
  private readonly items: Array<Diagnostic & { offset: number }> = [];
  private readonly seen = new Set<string>();
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
    const start = this.index.position(span.start);
    const end = this.index.position(Math.max(span.end, span.start));
    this.items.push({
      rule,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      frame: codeFrame(this.index, start, end),
      offset: span.start,
    });
  }

  /** True if some diagnostic starts at this offset (used to avoid reporting one problem twice). */
  hasAt(offset: number): boolean {
    return this.items.some((d) => d.offset === offset);
  }

  get count(): number {
    return this.items.length;
  }

  /** Every diagnostic, sorted by position (then rule id, so the order is deterministic). */
  diagnostics(): Diagnostic[] {
    return [...this.items]
      .sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
      .map(({ offset: _offset, ...d }) => d);
  }
}

/** A human-readable block listing diagnostics, for error messages. */
export function formatDiagnostics(diags: Diagnostic[]): string {
  return diags
    .map((d) => `${d.line}:${d.column}  ${d.message}  [${d.rule}]\n${d.frame}`)
    .join('\n\n');
}
