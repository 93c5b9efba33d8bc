/**
 * Code frames: a few lines around a problem, the problem line marked with `>` and the problem
 * itself underlined with `^`, so a message can show where it is without an editor. One
 * implementation for the validator's diagnostics and the SDK's errors:
 *
 *     2 |   const { balance } = await db.queryOne('SELECT …', [from]);
 *   > 3 |   if (balance < amount) throw new Error('insufficient funds');
 *       |                               ^
 *     4 |   await db.query('UPDATE …', [amount, from]);
 */
import { LineIndex, Position } from './positions';

export interface CodeFrameOptions {
  /** Where the problem ends: on the start line it is underlined up to there, else one `^`. */
  end?: Position;
  /** Lines shown above and below the marked one (2). */
  context?: number;
  /** The number printed for the first line of `text` (when `text` is an excerpt of a file). */
  firstLine?: number;
  /** A header line, usually `file:line:column`. */
  title?: string;
}

/** Very long lines (minified code) are cut so a frame stays readable. */
const MAX_LINE_WIDTH = 160;

/**
 * The frame for 1-based `line`/`column` (numbered as `options.firstLine` counts); only the title
 * (or '') when that line is not in `text`.
 */
export function codeFrame(text: string | LineIndex, line: number, column: number, options: CodeFrameOptions = {}): string {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const context = options.context ?? 2;
  const shift = (options.firstLine ?? 1) - 1;
  const at = line - shift;
  if (at < 1 || at > index.lineCount) return options.title ?? '';
  const first = Math.max(1, at - context);
  const last = Math.min(index.lineCount, at + context);
  const gutterWidth = String(last + shift).length;
  // Cut long lines so that the marked column stays visible.
  const cut = Math.max(0, column - 1 - Math.floor(MAX_LINE_WIDTH / 2));
  const out: string[] = options.title ? [options.title] : [];
  for (let n = first; n <= last; n++) {
    const lineText = index.lineText(n).slice(cut, cut + MAX_LINE_WIDTH);
    const marker = n === at ? '>' : ' ';
    out.push(`${marker} ${String(n + shift).padStart(gutterWidth)} | ${lineText}`.trimEnd());
    if (n === at) {
      const end = options.end;
      const from = column - 1 - cut;
      const to = end && end.line === line ? end.column - 1 - cut : from + 1;
      const width = Math.max(1, Math.min(to, lineText.length) - from);
      // Keep tabs so the caret lines up under tab-indented code.
      const pad = lineText.slice(0, from).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(gutterWidth)} | ${pad}${'^'.repeat(width)}`);
    }
  }
  return out.join('\n');
}
