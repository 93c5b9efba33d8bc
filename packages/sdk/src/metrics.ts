/**
 * The server's statistics view (wormhole.function_stats) in the Prometheus text exposition format,
 * for a scrape endpoint (`metricsHandler`) or the CLI (`wormhole stats --prometheus`).
 */
import type { PgResult, Queryable } from './local-db';

export interface FunctionStatsRow {
  hash: string;
  name: string | null;
  role: string;
  calls: number;
  errors: number;
  totalMs: number;
  maxMs: number;
  lastCalledAt: Date | null;
}

export const STATS_QUERY = `SELECT hash, name, role, calls::float8 AS calls, errors::float8 AS errors, total_ms, coalesce(max_ms, 0) AS max_ms, last_called_at
  FROM wormhole.function_stats ORDER BY name NULLS LAST, hash, role`;

/** A row of STATS_QUERY as the driver returns it. */
interface StatsQueryRow {
  hash: string;
  name: string | null;
  role: string;
  calls: number;
  errors: number;
  total_ms: number;
  max_ms: number;
  last_called_at: Date | string | null;
}

function toStats(r: StatsQueryRow): FunctionStatsRow {
  return {
    hash: r.hash,
    name: r.name,
    role: r.role,
    calls: Number(r.calls),
    errors: Number(r.errors),
    totalMs: Number(r.total_ms),
    maxMs: Number(r.max_ms),
    lastCalledAt: r.last_called_at ? new Date(r.last_called_at) : null,
  };
}

export async function readStats(q: Queryable): Promise<FunctionStatsRow[]> {
  const answer = await q.query({ text: STATS_QUERY });
  return ((Array.isArray(answer) ? answer[answer.length - 1] : (answer as PgResult)).rows as StatsQueryRow[]).map(toStats);
}

/** A label value as the exposition format wants it: backslash, quote and newline escaped. */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

const METRICS: Array<[string, 'counter' | 'gauge', string, (r: FunctionStatsRow) => number | undefined]> = [
  ['wormhole_function_calls_total', 'counter', 'Calls of a remote function since the server started.', (r) => r.calls],
  ['wormhole_function_errors_total', 'counter', 'Calls that ended in an error.', (r) => r.errors],
  ['wormhole_function_duration_seconds_total', 'counter', 'Time spent in the function, summed over its calls.', (r) => r.totalMs / 1000],
  ['wormhole_function_duration_seconds_max', 'gauge', 'The longest call.', (r) => r.maxMs / 1000],
  [
    'wormhole_function_last_call_timestamp_seconds',
    'gauge',
    'When the function was last called (Unix time).',
    (r) => (r.lastCalledAt ? r.lastCalledAt.getTime() / 1000 : undefined),
  ],
];

export function prometheusText(rows: FunctionStatsRow[]): string {
  const out: string[] = [];
  for (const [metric, type, help, value] of METRICS) {
    out.push(`# HELP ${metric} ${help}`, `# TYPE ${metric} ${type}`);
    for (const r of rows) {
      const v = value(r);
      if (v === undefined) continue;
      out.push(`${metric}{hash="${label(r.hash)}",name="${label(r.name ?? '')}",role="${label(r.role)}"} ${v}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The Prometheus text of `wh`'s database (wh.db is the SDK's own `db` over the Wormhole's pool). */
export async function prometheusMetrics(wh: { db: { query(text: string): Promise<{ rows: unknown[] }> } }): Promise<string> {
  const { rows } = await wh.db.query(STATS_QUERY);
  return prometheusText((rows as StatsQueryRow[]).map(toStats));
}

/**
 * A request handler for a scrape endpoint: `http.createServer(metricsHandler(wh))`, or mount it on
 * your framework's route (it only reads `res`).
 */
export function metricsHandler(wh: Parameters<typeof prometheusMetrics>[0]) {
  return (_req: unknown, res: { statusCode: number; setHeader(n: string, v: string): void; end(body: string): void }): void => {
    prometheusMetrics(wh).then(
      (text) => {
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
        res.end(text);
      },
      (error: Error) => {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`# wormhole metrics failed: ${error.message}\n`);
      },
    );
  };
}
