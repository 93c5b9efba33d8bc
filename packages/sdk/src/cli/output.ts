/**
 * What the CLI prints and how it exits. Exit codes are part of its interface (README "CLI"):
 * scripts may rely on them.
 */
export const EXIT = {
  /** Everything worked (doctor: no problem found). */
  OK: 0,
  /** An unexpected failure (the message says what). */
  FAILED: 1,
  /** Bad usage: unknown command or option, a malformed value. */
  USAGE: 2,
  /** The database cannot be reached, or the wormhole extension is not installed in it. */
  NO_DATABASE: 3,
  /** deploy: at least one function was refused (by the precheck or the server). */
  REFUSED: 4,
  /** doctor: at least one check failed. */
  PROBLEMS: 5,
  /** show: no function with that hash or name. */
  NOT_FOUND: 6,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface Output {
  json: boolean;
}

/** Prints `value` as JSON (--json) or as the text `render` makes of it. */
export function print<T>(out: Output, value: T, render: (value: T) => string): void {
  process.stdout.write(out.json ? `${JSON.stringify(value, null, 2)}\n` : `${render(value)}\n`);
}

/** A plain text table: columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

export function short(hash: string): string {
  return hash.slice(0, 12);
}

export function when(d: Date | null | undefined): string {
  return d
    ? d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z')
    : '-';
}
