/**
 * `--unused-for 30d`: a duration as people write it, turned into a PostgreSQL interval. Units:
 * s, m (minutes), h, d, w; several may follow each other (`1d12h`). Anything else is a usage error.
 */
const UNITS: Record<string, string> = { s: 'seconds', m: 'minutes', h: 'hours', d: 'days', w: 'weeks' };

export function parseDuration(text: string): string {
  const trimmed = text.trim();
  const parts = [...trimmed.matchAll(/(\d+)\s*([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed.replace(/\s+/g, '')) {
    throw new Error(`"${text}" is not a duration; write a number and a unit: 90m, 12h, 30d, 2w (or combined: 1d12h)`);
  }
  const interval = parts.map((p) => `${Number(p[1])} ${UNITS[p[2]]}`).join(' ');
  if (parts.every((p) => Number(p[1]) === 0)) throw new Error(`"${text}" is zero; prune needs a positive duration`);
  return interval;
}
