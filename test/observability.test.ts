/**
 * What a Wormhole tells the app about its calls, against the real server: console output of remote
 * functions through the logger (server NOTICEs/WARNINGs), onCall events, OpenTelemetry spans, the
 * statistics as Prometheus text; and the server's JavaScript feature level in the precheck.
 */
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { CallEvent, connect, LogMeta, metricsHandler, ValidationError, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { onOurEngine, serverEngine } from './support/engine';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('observability');
});

afterAll(async () => {
  await database?.drop();
});

async function withWormhole<T>(options: Parameters<typeof connect>[1], work: (wh: Wormhole) => Promise<T>): Promise<T> {
  const wh = await connect(database.url, options);
  try {
    return await work(wh);
  } finally {
    await wh.close();
  }
}

describe('logger: console inside a remote function', () => {
  it('arrives with the function name, hash and severity', async () => {
    const lines: Array<[string, string, LogMeta]> = [];
    const logger = {
      info: (m: string, meta: LogMeta) => lines.push(['info', m, meta]),
      warn: (m: string, meta: LogMeta) => lines.push(['warn', m, meta]),
    };
    await withWormhole({ logger }, async (wh) => {
      const chatty = wh.remote(
        async (db, n: number) => {
          console.log('counting to', n, { n });
          console.warn('almost done');
          return n;
        },
        { name: 'chatty' },
      );
      expect(await chatty(3)).toBe(3);
      expect(lines.map(([level, message]) => [level, message])).toEqual([
        ['info', 'counting to 3 {"n":3}'],
        ['warn', 'almost done'],
      ]);
      expect(lines[0][2]).toEqual({ function: 'chatty', hash: chatty.hash, severity: 'NOTICE' });
      expect(lines[1][2].severity).toBe('WARNING');
      // The listener is gone after the call: a NOTICE from something else on that connection is not the function's.
      await wh.db.query("DO $$ BEGIN RAISE NOTICE 'unrelated'; END $$");
      expect(lines).toHaveLength(2);
    });
  });
});

describe('onCall', () => {
  it('reports name, hash, duration, round trips and outcome', async () => {
    const events: CallEvent[] = [];
    await withWormhole({ onCall: (e) => events.push(e) }, async (wh) => {
      const half = wh.remote(
        async (db, n: number) => {
          if (n % 2) throw new Error('odd');
          return n / 2;
        },
        { name: 'half' },
      );
      expect(await half(4)).toBe(2);
      await expect(half(3)).rejects.toThrow('odd');
      // The server forgets the function: the next call is taught again, two round trips.
      await database.admin((c) => c.query('DELETE FROM wormhole.functions WHERE hash = $1', [half.hash]));
      expect(await half(8)).toBe(4);
      expect(events.map((e) => [e.name, e.hash, e.outcome, e.roundTrips])).toEqual([
        ['half', half.hash, 'ok', 1],
        ['half', half.hash, 'error', 1],
        ['half', half.hash, 'ok', 2],
      ]);
      expect(events[1].error).toBeInstanceOf(Error);
      for (const e of events) expect(e.durationMs).toBeGreaterThan(0);
    });
  });

  it('observes calls inside wh.transaction too (event and console output)', async () => {
    const events: CallEvent[] = [];
    const lines: string[] = [];
    await withWormhole({ onCall: (e) => events.push(e), logger: { info: (m: string) => lines.push(m) } }, async (wh) => {
      const step = wh.remote(
        async (db, n: number) => {
          console.log('step', n);
          return n + 1;
        },
        { name: 'step' },
      );
      expect(await wh.transaction(async (tx) => tx.run(step, await tx.run(step, 1)))).toBe(3);
      expect(events.map((e) => [e.name, e.outcome])).toEqual([
        ['step', 'ok'],
        ['step', 'ok'],
      ]);
      expect(lines).toEqual(['step 1', 'step 2']);
    });
  });

  it('a throwing onCall does not fail the call', async () => {
    await withWormhole(
      {
        onCall: () => {
          throw new Error('observer bug');
        },
      },
      async (wh) => {
        expect(await wh.remote(async (db) => 7)()).toBe(7);
      },
    );
  });
});

describe('tracing (OpenTelemetry)', () => {
  it('records one client span per call, with the error status on failure', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    await withWormhole({ tracing: { tracer: provider.getTracer('test') } }, async (wh) => {
      const f = wh.remote(
        async (db, ok: boolean) => {
          if (!ok) throw new Error('nope');
          return 1;
        },
        { name: 'traced' },
      );
      await f(true);
      await f(false).catch(() => undefined);
    });
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => [s.name, s.status.code, s.attributes['wormhole.function.name'], s.attributes['wormhole.round_trips']])).toEqual([
      ['wormhole.call traced', 1, 'traced', 1],
      ['wormhole.call traced', 2, 'traced', 1],
    ]);
  });

  it('tracing: true uses the global tracer of @opentelemetry/api (a no-op tracer when none is registered)', async () => {
    await withWormhole({ tracing: true }, async (wh) => {
      expect(await wh.remote(async (db) => 'traced')()).toBe('traced');
    });
  });
});

describe('Prometheus', () => {
  it('metricsHandler serves the live statistics as text; where the server keeps none (upstream PL/v8) it says so', async () => {
    await withWormhole({}, async (wh) => {
      const ping = wh.remote(async (db) => 'pong', { name: 'ping' });
      for (let i = 0; i < 2; i++) await ping();
      const server = createServer(metricsHandler(wh));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`);
        expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
        const text = await res.text();
        const line = text.split('\n').find((l) => l.startsWith(`wormhole_function_calls_total{hash="${ping.hash}",name="ping"`));
        if (onOurEngine()) {
          expect(Number(line?.split(' ').pop())).toBeGreaterThanOrEqual(2);
        } else {
          expect(line).toBeUndefined();
          expect(text).toMatch(/^# wormhole: the server keeps no shared call counters \(upstream [^)]+\)/);
        }
      } finally {
        server.close();
      }
    });
  });
});

describe("the server's JavaScript feature level", () => {
  it('refuses builtins the server lacks at remote(), naming the server engine, before .local() could run them', async () => {
    await withWormhole({}, async (wh) => {
      const error = (() => {
        try {
          wh.remote(async (db, xs: number[]) => (xs as any).toSorted());
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      // The engine as the server names it: plv8-compat says it runs V8 10.2; upstream PL/v8 does not
      // say in SQL, so the SDK assumes the V8 this project ships (10.2) and says it assumed it.
      const upstream = serverEngine().version.replace(/\./g, '\\.');
      const label = onOurEngine() ? String.raw`V8 10\.2 \(plv8 [^)]+\)` : String.raw`plv8 ${upstream}, assumed V8 10\.2`;
      expect((error as Error).message).toMatch(
        new RegExp(String.raw`Array\.prototype\.toSorted \(ES2023\) is not available in the database's JavaScript engine \(${label}`),
      );
      // The same code with what V8 10.2 has runs, locally and remotely alike.
      const sorted = wh.remote(async (db, xs: number[]) => [...xs].sort((a, b) => a - b));
      expect(await sorted([3, 1, 2])).toEqual([1, 2, 3]);
      expect(await sorted.local([3, 1, 2])).toEqual([1, 2, 3]);
    });
  });
});
