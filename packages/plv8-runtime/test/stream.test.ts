/**
 * Streams inside the runtime, outside PostgreSQL: an async generator goes through the install-time
 * transform, compile and the stream driver (stream.ts), as wormhole.stream runs it.
 */
import { decode, WIRE_LIMITS } from '@wormhole/protocol';
import { compileFunction, isStreaming } from '../src/compile';
import { toRaisedError } from '../src/errors';
import { batches, FIRST_BATCH_VALUES, StreamDriver } from '../src/stream';
import { SyncPromise } from '../src/sync-promise';
import { transformAsync, TransformError } from '../src/transform';

const HASH = 'a'.repeat(64);
const log: string[] = [];
const db = {
  query: (text: string) => {
    log.push(text);
    return SyncPromise.resolve({ rows: [{ text }], rowCount: 1, command: 'SELECT' });
  },
};

function open(source: string, ...args: unknown[]) {
  const t = transformAsync(source);
  const fn = compileFunction(HASH, t.code);
  const info = { hash: HASH, source, code: t.code, segments: t.segments };
  const driver = new StreamDriver(fn(db, ...args) as ConstructorParameters<typeof StreamDriver>[0]);
  let ended: unknown = 'not yet';
  const rows = batches(
    driver,
    (thrown) => {
      throw toRaisedError(thrown, info);
    },
    (failed) => (ended = failed),
  );
  return { t, fn, rows, driver, ended: () => ended };
}

/** Every value of every batch, and the batch sizes. */
function readAll(rows: Iterable<string>): { values: unknown[]; sizes: number[] } {
  const values: unknown[] = [];
  const sizes: number[] = [];
  for (const text of rows) {
    const batch = decode(text) as unknown[];
    sizes.push(batch.length);
    values.push(...batch);
  }
  return { values, sizes };
}

beforeEach(() => (log.length = 0));

describe('async generator remote functions (streams)', () => {
  it('compiles to a stream; awaits, yields, yield* and for await run in order', () => {
    const { t, fn, rows } = open(
      `async function* (db, n) {
      const first = await db.query('one');
      yield first.rows[0].text;
      yield* [1, SyncPromise_like(2)];
      for await (const x of [3, db.query('four')]) yield typeof x === 'number' ? x : x.rows[0].text;
      for (let i = 0; i < n; i++) yield await i;
      function SyncPromise_like(v) { return { then: (ok) => ok(v) }; }
    }`,
      2,
    );
    expect(t.isGenerator).toBe(true);
    expect(isStreaming(fn)).toBe(true);
    expect(readAll(rows).values).toEqual(['one', 1, 2, 3, 'four', 0, 1]);
    expect(log).toEqual(['one', 'four']);
  });

  it('batches: the first holds FIRST_BATCH_VALUES values, the rest grow; nothing is lost', () => {
    const { rows } = open('async function* (db, n) { for (let i = 0; i < n; i++) yield i; }', 20_000);
    const { values, sizes } = readAll(rows);
    expect(values).toHaveLength(20_000);
    expect(values[19_999]).toBe(19_999);
    expect(sizes[0]).toBe(FIRST_BATCH_VALUES);
    expect(sizes[1]).toBeGreaterThan(FIRST_BATCH_VALUES);
  });

  it('values each within the wire limit but together over it go in several batches; a value over it alone is refused (WH005)', () => {
    const size = Math.ceil(WIRE_LIMITS.maxTextLength / 3);
    const { rows } = open("async function* (db, n, size) { for (let i = 0; i < n; i++) yield String(i).padEnd(size, 'x'); }", 4, size);
    const { values, sizes } = readAll(rows);
    expect((values as string[]).map((v) => [v[0], v.length])).toEqual([0, 1, 2, 3].map((i) => [String(i), size]));
    expect(sizes.length).toBeGreaterThan(1);
    const { rows: alone } = open("async function* (db, size) { yield 'small'; yield 'x'.repeat(size); }", WIRE_LIMITS.maxTextLength);
    const iterator = alone[Symbol.iterator]();
    expect(decode(iterator.next().value as string)).toEqual(['small']);
    expect(() => iterator.next()).toThrow(expect.objectContaining({ sqlerrcode: 'WH005', hint: expect.stringMatching(/Yield smaller values/) }));
  });

  it('a rejected yield throws at the yield, where the function can catch it', () => {
    const { rows } = open(`async function* (db) {
      try { yield { then: (_, fail) => fail(new Error('no')) }; } catch (e) { yield 'caught ' + e.message; }
    }`);
    expect(readAll(rows).values).toEqual(['caught no']);
  });

  it('stopping early runs the finally blocks, awaits in them included', () => {
    const { rows, ended } = open(`async function* (db) {
      try { for (let i = 0; ; i++) yield i; } finally { await db.query('cleanup'); }
    }`);
    const iterator = rows[Symbol.iterator]();
    expect(iterator.next().done).toBe(false);
    iterator.return!(undefined);
    expect(log).toEqual(['cleanup']);
    expect(ended()).toBeNull();
  });

  it('an error: the values before it first, then the error at its line in the source', () => {
    const { rows, ended } = open('async function* (db) {\n  yield 1;\n  yield 2;\n  throw new Error("broke");\n}');
    const iterator = rows[Symbol.iterator]();
    expect(decode(iterator.next().value as string)).toEqual([1, 2]);
    let raised: { message?: string; detail?: string } = {};
    try {
      iterator.next();
    } catch (error) {
      raised = error as typeof raised;
    }
    expect(raised.message).toBe('broke');
    expect(JSON.parse(raised.detail!)).toMatchObject({ line: 4 });
    expect(ended()).toBeInstanceOf(Error);
  });

  it('for await stays refused outside a stream, and a plain generator is not a stream', () => {
    expect(() => transformAsync('async (db) => { for await (const x of []) {} }')).toThrow(TransformError);
    expect(() => transformAsync('async function* (db) { const f = async () => { for await (const x of []) {} }; }')).toThrow(TransformError);
    expect(transformAsync('async (db) => 1').isGenerator).toBe(false);
  });
});
