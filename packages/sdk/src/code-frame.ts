/**
 * A small code frame: a few lines around a position, the line marked with `>` and the column with `^`.
 *
 *     2 |   const { balance } = await db.queryOne('SELECT …', [from]);
 *   > 3 |   if (balance < amount) throw new Error('insufficient funds');
 *       |                               ^
 *     4 |   await db.query('UPDATE …', [amount, from]);
 */
export interface CodeFrameOptions {
  /** Lines shown above and below the marked one. */
  context?: number;
  /** The number printed for the first line of `text` (when `text` is an excerpt of a file). */
  firstLine?: number;
  /** A header line, usually `file:line:column`. */
  title?: string;
}

export function codeFrame(text: string, line: number, column: number, options: CodeFrameOptions = {}): string {
  const context = options.context ?? 2;
  const firstLine = options.firstLine ?? 1;
  const lines = text.split(/\r?\n/);
  const index = line - firstLine;
  if (index < 0 || index >= lines.length) return options.title ?? '';
  const from = Math.max(0, index - context);
  const to = Math.min(lines.length - 1, index + context);
  const width = String(to + firstLine).length;
  const out: string[] = options.title ? [options.title] : [];
  for (let i = from; i <= to; i++) {
    const number = String(i + firstLine).padStart(width);
    const marked = i === index;
    out.push(`${marked ? '>' : ' '} ${number} | ${lines[i]}`.trimEnd());
    if (marked) {
      // Keep tabs so the caret lines up under tab-indented code.
      const pad = lines[i].slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(width)} | ${pad}^`);
    }
  }
  return out.join('\n');
}
