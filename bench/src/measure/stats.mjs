// Summary statistics of a latency sample (milliseconds).

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Median of a few values (e.g. per-window ratios); the mean of the two middle ones for an even count. */
export function median(values) {
  const s = [...values].sort((x, y) => x - y);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** @param {number[]} samples */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** Milliseconds since `startNs` (a process.hrtime.bigint() reading). */
export function msSince(startNs) {
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

/** `x` rounded to one decimal, for figures a report prints and latest.json keeps. */
export function round1(x) {
  return Math.round(x * 10) / 10;
}
