// Bulk results: N generated rows returned to the client, plain pg against a Wormhole remote function
// that returns the rows, through the proxy at 0 ms. Timed from the call to the last row in hand;
// memory is the client's heap (+ array buffers) growth during the operation, sampled: its peak as
// seen (garbage not yet collected included, so it moves with V8's GC timing) and, in one more untimed
// run that collects garbage before each sample, its live peak (what the client actually holds).
import v8 from 'node:v8';
import vm from 'node:vm';
import { missingPiece } from '../db/setup.mjs';
import { closeSessions, openSessions } from './sessions.mjs';
import { msSince, summarize } from './stats.mjs';

const ROWS_SQL = "SELECT g AS id, 'row ' || g AS note, g % 100 AS amount FROM generate_series(1, $1) g";
const remoteRows = async (db, n) => (await db.query("SELECT g AS id, 'row ' || g AS note, g % 100 AS amount FROM generate_series(1, $1) g", [n])).rows;

// The same rows from an async generator remote function, read with for await as they arrive: the
// server reads the query through a cursor (db.rows) and sends batches while the client parses the
// previous ones; each side holds a batch or so, never the whole result.
const streamRows = async function* (db, n) {
  yield* db.rows("SELECT g AS id, 'row ' || g AS note, g % 100 AS amount FROM generate_series(1, $1) g", [n]);
};
async function countStream(iterable) {
  let n = 0;
  for await (const row of iterable) if (row !== undefined) n++;
  return n;
}

/** Each variant returns the number of rows it received (checked against N). */
const VARIANTS = [
  { id: 'pg', label: 'pg, one SELECT', driver: 'pg', run: async (c, _s, n) => (await c.query(ROWS_SQL, [n])).rows.length },
  {
    id: 'wormhole', label: 'Wormhole remote function returning the rows', driver: 'wormhole', needs: 'wormhole',
    prepare: (wh) => wh.remote(remoteRows), run: async (_wh, fn, n) => (await fn(n)).length,
  },
  {
    id: 'wormhole-stream', label: 'Wormhole async generator yielding the rows, read with for await', driver: 'wormhole', needs: 'wormhole',
    prepare: (wh) => wh.remote(streamRows), run: (_wh, fn, n) => countStream(fn(n)),
  },
];

/**
 * @param {{ quick: boolean, proxy: any, sdk: any, caps: any, log: (s: string) => void }} p
 */
export async function measureBulk({ quick, proxy, sdk, caps, log }) {
  await proxy.setRttMs(0);
  const sizes = quick ? [50_000] : [50_000, 500_000];
  const out = [];
  for (const rows of sizes) {
    // 8 samples of 50,000 rows: a fresh backend grows its memory (V8's heap, malloc's arenas) over
    // its first two large results, and in a VM where each fresh page costs tens of µs the second
    // sample could be twice the third, so the p50 of 4 measured that growth as much as the steady cost.
    const repeats = rows > 100_000 ? 1 : quick ? 2 : 8;
    for (const v of VARIANTS) {
      const missing = missingPiece(v, caps);
      if (missing) {
        out.push({ variant: v.id, label: v.label, rows, status: 'unavailable', reason: missing });
        continue;
      }
      const [session] = await openSessions(v, 1, { proxyPort: proxy.port, sdk });
      try {
        await v.run(session.conn.raw, session.state, 100); // warm: plans, contexts, the function installed
        const latenciesMs = [];
        let peak = 0;
        for (let i = 0; i < repeats; i++) {
          gc();
          const base = heapNow();
          let max = base;
          const timer = setInterval(() => (max = Math.max(max, heapNow())), 5);
          const t0 = process.hrtime.bigint();
          const got = await v.run(session.conn.raw, session.state, rows);
          latenciesMs.push(msSince(t0));
          max = Math.max(max, heapNow());
          clearInterval(timer);
          if (got !== rows) throw new Error(`${v.id} returned ${got} rows, expected ${rows}`);
          peak = Math.max(peak, max - base);
        }
        const livePeak = await livePeakOf(() => v.run(session.conn.raw, session.state, rows));
        const s = summarize(latenciesMs);
        out.push({ variant: v.id, label: v.label, rows, status: 'ok', n: s.n, p50: s.p50, min: s.min, peakHeapBytes: peak, livePeakBytes: livePeak });
        log(`  bulk/${v.id} ${rows} rows: p50 ${s.p50.toFixed(1)} ms, client heap peak +${(peak / 1048576).toFixed(1)} MB, live +${(livePeak / 1048576).toFixed(1)} MB`);
      } catch (err) {
        out.push({ variant: v.id, label: v.label, rows, status: 'failed', reason: String(err?.message ?? err) });
        log(`  bulk/${v.id} ${rows} rows failed: ${err?.message ?? err}`);
      } finally {
        await closeSessions([session]);
      }
    }
  }
  return out;
}

// A full garbage collection on demand, without starting node with --expose-gc.
let collect = null;
function gc() {
  if (collect === null) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc');
  }
  collect();
}

/** The most heap `run` keeps alive at once: garbage is collected before every sample (untimed). */
async function livePeakOf(run) {
  gc();
  const base = heapNow();
  let max = base;
  const sample = () => {
    gc();
    max = Math.max(max, heapNow());
  };
  const timer = setInterval(sample, 20);
  try {
    await run();
    sample();
  } finally {
    clearInterval(timer);
  }
  return max - base;
}

function heapNow() {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export function renderBulk(bulk) {
  if (!bulk?.length) return '';
  const lines = ['Bulk results (rows returned to the client, RTT 0 ms; heap = client heap growth at its peak as seen, live = the same with garbage collected before each sample):'];
  for (const b of bulk) {
    const base = bulk.find((x) => x.rows === b.rows && x.variant === 'pg' && x.status === 'ok');
    if (b.status !== 'ok') lines.push(`  ${String(b.rows).padStart(7)} rows  ${b.variant.padEnd(16)} ${b.status}: ${b.reason}`);
    else {
      lines.push(`  ${String(b.rows).padStart(7)} rows  ${b.variant.padEnd(16)} p50 ${b.p50.toFixed(1).padStart(8)} ms  ` +
        `${base ? `${(b.p50 / base.p50).toFixed(2)}x pg` : ''}  heap +${(b.peakHeapBytes / 1048576).toFixed(1)} MB, live +${(b.livePeakBytes / 1048576).toFixed(1)} MB  (n=${b.n})`);
    }
  }
  return lines.join('\n');
}
