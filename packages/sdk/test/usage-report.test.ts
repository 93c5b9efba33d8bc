import type { EngineKind } from '@wormhole/protocol';
import { reportStatement, UsageReporter, REPORT_TIMEOUT_MS } from '../src/usage-report';

const hash = (n: number) => n.toString(16).padStart(64, '0');

/** A primary that records each report's hashes; `fail` makes the next sends reject with those errors. */
function fakeTarget(kind: EngineKind | undefined, asked: EngineKind = 'upstream') {
  const reports: string[][] = [];
  const fail: unknown[] = [];
  let asks = 0;
  let hang = false;
  const target = {
    knownKind: () => kind,
    askKind: async () => {
      asks++;
      return asked;
    },
    send: async (sql: string) => {
      if (hang) return new Promise<void>(() => undefined);
      const error = fail.shift();
      if (error !== undefined) throw error;
      const list = /report_use\('\{([^}]*)\}'::text\[\]\)/.exec(sql);
      if (!list) throw new Error(`unexpected statement ${sql}`);
      reports.push(list[1].split(','));
    },
  };
  return {
    target,
    reports,
    fail,
    asks: () => asks,
    hang: () => (hang = true),
    learn: (k: EngineKind) => (kind = k),
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Runs the timers due within `ms`, letting the reports they start finish. */
async function advance(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('UsageReporter', () => {
  it('sends the hashes noted within an interval once, deduplicated, when the interval ends', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 60_000);
    r.note(hash(1));
    r.note(hash(2));
    r.note(hash(1));
    await advance(59_999);
    expect(t.reports).toEqual([]);
    await advance(1);
    expect(t.reports).toEqual([[hash(1), hash(2)]]);
    expect(r.stats).toEqual({ usageReports: 1, usageReportFailures: 0 });
  });

  it('reports at most once per interval, and schedules nothing while nothing was called', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 1_000);
    r.note(hash(1));
    await advance(1_000);
    await advance(10_000);
    expect(t.reports).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
    r.note(hash(2));
    await advance(999);
    expect(t.reports).toHaveLength(1);
    await advance(1);
    expect(t.reports).toEqual([[hash(1)], [hash(2)]]);
  });

  it('close() sends what is pending, then reports nothing more and leaves no timer', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 60_000);
    r.note(hash(3));
    await r.close();
    expect(t.reports).toEqual([[hash(3)]]);
    r.note(hash(4));
    await r.flush();
    await advance(120_000);
    expect(t.reports).toEqual([[hash(3)]]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('close() waits for a report that hangs only as long as it was told', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 60_000);
    r.note(hash(5));
    t.hang();
    let closed = false;
    const closing = r.close(2_000).then(() => (closed = true));
    await advance(1_999);
    expect(closed).toBe(false);
    await advance(1);
    await closing;
    expect(closed).toBe(true);
  });

  it('swallows a failed report, counts it, and sends its hashes with the next one', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 1_000);
    r.note(hash(6));
    t.fail.push(Object.assign(new Error('connection terminated'), { code: '57P01' }));
    await expect(r.flush()).resolves.toBeUndefined();
    expect(r.stats).toEqual({ usageReports: 0, usageReportFailures: 1 });
    r.note(hash(7));
    await advance(1_000);
    expect(t.reports).toEqual([[hash(6), hash(7)]]);
    expect(r.stats).toEqual({ usageReports: 1, usageReportFailures: 1 });
  });

  it('a failed report is tried again at the next interval even if nothing else is called', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 1_000);
    r.note(hash(8));
    t.fail.push(new Error('timeout'));
    await advance(1_000);
    expect(t.reports).toEqual([]);
    await advance(1_000);
    expect(t.reports).toEqual([[hash(8)]]);
  });

  it.each([
    ['42883', 'an extension without report_use'],
    ['42501', 'a role that may not report'],
  ])('stops reporting after %s (%s)', async (code) => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 1_000);
    r.note(hash(9));
    t.fail.push(Object.assign(new Error('no'), { code }));
    await advance(1_000);
    r.note(hash(10));
    await advance(5_000);
    await r.flush();
    expect(t.reports).toEqual([]);
    expect(r.stats.usageReportFailures).toBe(1);
  });

  it("on plv8-compat reports only calls a replica answered (the primary's counters see the others)", async () => {
    const t = fakeTarget('plv8-compat');
    const r = new UsageReporter(t.target, 1_000);
    r.note(hash(11));
    await advance(5_000);
    expect(t.reports).toEqual([]);
    expect(jest.getTimerCount()).toBe(0);
    r.note(hash(11));
    r.note(hash(16), true);
    await r.close();
    expect(t.reports).toEqual([[hash(16)]]);
  });

  it("asks the engine when connect() did not learn it; on plv8-compat drops the primary's calls noted meanwhile", async () => {
    const t = fakeTarget(undefined, 'plv8-compat');
    const r = new UsageReporter(t.target, 1_000);
    r.note(hash(12));
    r.note(hash(17), true);
    r.note(hash(17));
    await advance(1_000);
    expect(t.asks()).toBe(1);
    expect(t.reports).toEqual([[hash(17)]]);
    const up = fakeTarget(undefined, 'upstream');
    const r2 = new UsageReporter(up.target, 1_000);
    r2.note(hash(14));
    await advance(1_000);
    expect(up.reports).toEqual([[hash(14)]]);
  });

  it('splits a large report into statements of at most 1000 hashes', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 1_000);
    for (let i = 0; i < 2_500; i++) r.note(hash(i));
    await r.flush();
    expect(t.reports.map((h) => h.length)).toEqual([1_000, 1_000, 500]);
    expect(new Set(t.reports.flat()).size).toBe(2_500);
  });

  it('usageReportMs 0 never reports', async () => {
    const t = fakeTarget('upstream');
    const r = new UsageReporter(t.target, 0);
    r.note(hash(15));
    await advance(120_000);
    await r.close();
    expect(t.reports).toEqual([]);
  });
});

describe('reportStatement', () => {
  it('is one simple-protocol string with its own statement_timeout and an array literal of the hashes', () => {
    expect(reportStatement([hash(1), hash(2)])).toBe(
      `SET LOCAL statement_timeout = ${REPORT_TIMEOUT_MS}; SELECT wormhole.report_use('{${hash(1)},${hash(2)}}'::text[])`,
    );
  });

  it('refuses anything but a function hash (nothing else may reach the SQL text)', () => {
    expect(() => reportStatement([hash(1), "x'); DROP TABLE t; --"])).toThrow(/not a function hash/);
  });
});
