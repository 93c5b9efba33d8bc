// Number formatting shared by the table, the goals and the chart.

export function ms(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  if (x < 1) return x.toFixed(3);
  if (x < 100) return x.toFixed(2);
  return x.toFixed(0);
}

export function ratio(x) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '-';
  if (x >= 100) return `${x.toFixed(0)}x`;
  if (x >= 10) return `${x.toFixed(1)}x`;
  return `${x.toFixed(2)}x`;
}

export function rate(x) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '-';
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

export function bytes(n) {
  if (!Number.isFinite(n)) return '-';
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function pad(text, width, right = false) {
  const s = String(text);
  if (s.length >= width) return s;
  return right ? s.padStart(width) : s.padEnd(width);
}
