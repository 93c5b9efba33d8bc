/**
 * Code frames: a few lines around a problem, the problem line marked with `>` and the problem
 * itself underlined with `^`, so a message can show where it is without an editor.
 */
import { LineIndex, Position } from './positions';

/** Lines shown before and after the problem line. */
const CONTEXT_LINES = 2;
/** Very long lines (minified code) are cut so a frame stays readable. */
const MAX_LINE_WIDTH = 160;

export function codeFrame(index: LineIndex, start: Position, end?: Position): string {
  const first = Math.max(1, start.line - CONTEXT_LINES);
  const last = Math.min(index.lineCount, start.line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  // Cut long lines so that the marked column stays visible.
  const cut = Math.max(0, start.column - 1 - Math.floor(MAX_LINE_WIDTH / 2));
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const full = index.lineText(line);
    const text = full.slice(cut, cut + MAX_LINE_WIDTH);
    const marker = line === start.line ? '>' : ' ';
    out.push(`${marker} ${String(line).padStart(gutterWidth)} | ${text}`.trimEnd());
    if (line === start.line) {
      const from = start.column - 1 - cut;
      const to = end && end.line === start.line ? end.column - 1 - cut : from + 1;
      const width = Math.max(1, Math.min(to, text.length) - from);
      // Keep tabs so the caret lines up under tab-indented code.
      const pad = text.slice(0, from).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(gutterWidth)} | ${pad}${'^'.repeat(width)}`);
    }
  }
  return out.join('\n');
}
