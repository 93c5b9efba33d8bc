/**
 * Every bad input gets a clear error that says what went wrong and loses nothing: no half-applied
 * writes, no silent success, and the connection stays usable where it can.
 */
import { Client } from 'pg';
import {
  ArgumentError,
  connect,
  ConnectionLostError,
  PolicyError,
  RemoteFunctionError,
  RemoteSqlError,
  RemoteTimeoutError,
  ResultError,
  UnknownFunctionError,
  ValidationError,
  Wormhole,
  WormholeError,
  hashSource,
} from 'pg-wormhole';
import { createTestDatabase, TestDatabase, waitFor } from './support/database';
import { ourEngineOnly } from './support/engine';

let database: TestDatabase;
let wh: Wormhole;

beforeAll(async () => {
  database = await createTestDatabase(
    'bad_inputs',
    `
    CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL);
    INSERT INTO items VALUES (1, 'one');`,
  );
  wh = await connect(database.url);
});

afterAll(async () => {
  await wh?.close();
  await database?.drop();
});

/** Runs `work` and returns what it threw (failing the test if it did not throw). */
async function failure(work: () => unknown): Promise<any> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but the call succeeded');
}

describe('functions that cannot run inside PostgreSQL fail at remote() time, before any network', () => {
  it('a closure over a client variable names the variable', async () => {
    const rate = 0.07;
    const before = wh.stats.roundTrips;
    const error = await failure(() => wh.remote(async (db, amount: number) => amount * rate));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/\brate\b/);
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(wh.stats.roundTrips).toBe(before);
  });

  it('forbidden constructs are each reported, all at once, with a code frame', async () => {
    const error = await failure(() =>
      wh.remote(async (db) => {
        eval('1 + 1');
        return require('fs').readFileSync('/etc/passwd', 'utf8') + process.env.HOME;
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(error.message).toMatch(/eval/);
    expect(error.message).toMatch(/require/);
    expect(error.message).toMatch(/process/);
    expect(error.message).toContain('|'); // the code frame
  });

  it('source that does not parse as a function expression (a method) is refused', async () => {
    const holder = {
      async method(db: unknown) {
        return 1;
      },
    };
    const error = await failure(() => wh.remote(holder.method as any));
    expect(error).toBeInstanceOf(ValidationError);
  });

  it('oversize source is refused with the limit in the message', async () => {
    const big = 'x'.repeat(2_000_000);
    const fn = new Function('db', `return ${JSON.stringify(big)}.length;`) as (db: unknown) => number;
    const error = await failure(() => wh.remote(fn));
    expect(error).toBeInstanceOf(WormholeError);
    expect(error.message).toMatch(/size|large|long|limit|bytes/i);
  });

  it('a value that is not a function, or has no source, is refused', async () => {
    expect(await failure(() => wh.remote(42 as any))).toBeInstanceOf(WormholeError);
    const bound = (async (db: unknown, x: number) => x).bind(null, null);
    expect((await failure(() => wh.remote(bound as any))).message).toMatch(/bind/);
  });
});

describe('the server validates too (zero trust)', () => {
  it('refuses a forbidden function sent without the SDK', async () => {
    const source = "async (db) => eval('1')";
    const error = await failure(() => database.admin((c) => c.query('SELECT wormhole.call($1, $2, $3)', [hashSource(source), '[]', source])));
    expect(error.code).toBe('WH001');
  });

  it('refuses source that does not parse, naming the syntax error', async () => {
    const source = 'async (db => { return 1; }';
    const error = await failure(() => database.admin((c) => c.query('SELECT wormhole.call($1, $2, $3)', [hashSource(source), '[]', source])));
    expect(error.code).toBe('WH001');
    expect(JSON.parse(error.detail).diagnostics[0].rule).toBe('syntax');
  });

  it('refuses oversize source even when the client was told to allow it', async () => {
    const lax = await connect(database.url, { policy: { maxSourceLength: 5_000_000 } });
    try {
      const fn = new Function('db', `return ${JSON.stringify('x'.repeat(200_000))}.length;`) as (db: unknown) => number;
      const error = await failure(lax.remote(fn));
      expect(error).toBeInstanceOf(PolicyError);
      expect(error.code).toBe('WH002');
      expect(error.message).toMatch(/200045 characters/);
    } finally {
      await lax.close();
    }
  });

  it('refuses source whose hash does not match', async () => {
    const error = await failure(() => database.admin((c) => c.query('SELECT wormhole.call($1, $2, $3)', ['0'.repeat(64), '[]', 'async (db) => 1'])));
    expect(error.code).toBe('WH003');
  });
});

describe('bad calls', () => {
  const add = () => wh.remote(async (db, a: number, b: number) => a + b);

  it('an unknown hash is an UnknownFunctionError', async () => {
    const error = await failure(() => wh.call('0'.repeat(64), 1));
    expect(error).toBeInstanceOf(UnknownFunctionError);
    expect(error.message).toMatch(/does not know/);
  });

  it('a known hash can be called by hash', async () => {
    const fn = add();
    await fn(1, 1);
    expect(await wh.call(fn.hash, 2, 3)).toBe(5);
  });

  it('the wrong number of arguments fails before any network', async () => {
    const fn = add();
    const before = wh.stats.roundTrips;
    const error = await failure(() => (fn as any)(1));
    expect(error).toBeInstanceOf(ArgumentError);
    expect(error.message).toMatch(/takes 2 arguments \(a, b\).*called with 1/);
    expect(wh.stats.roundTrips).toBe(before);
  });

  it('the server checks the argument count too', async () => {
    const fn = add();
    await fn(1, 2);
    const error = await failure(() => database.admin((c) => c.query('SELECT wormhole.call($1, $2)', [fn.hash, '[1,2,3]'])));
    expect(error.code).toBe('WH004');
  });

  it('arguments the wire cannot carry fail before any network, naming the path', async () => {
    const echo = wh.remote(async (db, value: unknown) => value);
    const cycle: any = { name: 'loop' };
    cycle.self = cycle;
    const before = wh.stats.roundTrips;
    const cases: Array<[unknown, RegExp]> = [
      [{ callback: () => 1 }, /args\[0\]\.callback is a function/],
      [cycle, /args\[0\]\.self .*cycle/],
      [[Symbol('s')], /args\[0\]\[0\] is a Symbol/],
      [new Map(), /args\[0\] is a Map/],
    ];
    for (const [value, message] of cases) {
      const error = await failure(() => echo(value));
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error.message).toMatch(message);
    }
    expect(wh.stats.roundTrips).toBe(before);
  });

  it('a result the wire cannot carry is a ResultError from the server', async () => {
    const error = await failure(wh.remote(async (db) => ({ handler: () => 1 })));
    expect(error).toBeInstanceOf(ResultError);
    expect(error.code).toBe('WH005');
    expect(error.message).toMatch(/handler/);
  });
});

describe('failures inside the function', () => {
  it("a SQL error rolls back the function's writes and reports SQLSTATE and line", async () => {
    const line = currentLine() + 3;
    const insertTwice = wh.remote(async (db, id: number) => {
      await db.query("INSERT INTO items VALUES ($1, 'first')", [id]);
      await db.query("INSERT INTO items VALUES ($1, 'second')", [id]);
    });
    const error = await failure(() => insertTwice(7));
    expect(error).toBeInstanceOf(RemoteSqlError);
    expect(error.code).toBe('23505');
    expect(error.message).toMatch(/duplicate key/);
    expect(error.location).toMatchObject({ file: __filename, line });
    expect(await wh.db.queryValue('SELECT count(*) FROM items WHERE id = 7')).toBe(0);
  });

  it('a thrown error keeps its message, class name and a chosen SQLSTATE', async () => {
    const refuse = wh.remote(async (db, reason: string) => {
      const error = new TypeError(reason) as TypeError & { code?: string };
      error.code = 'P0001';
      throw error;
    });
    const error = await failure(() => refuse('not today'));
    expect(error).toBeInstanceOf(RemoteFunctionError);
    expect(error.message).toMatch(/not today/);
    expect(error.code).toBe('P0001');
    expect(error.remote.name).toBe('TypeError');
  });

  ourEngineOnly('interrupts')('an endless loop is stopped by statement_timeout and the connection stays usable', async () => {
    const single = await connect({ connectionString: database.url, max: 1 }, { statementTimeout: 300 });
    try {
      const pid = () => single.db.queryValue<number>('SELECT pg_backend_pid()');
      const before = await pid();
      const spin = single.remote(async (db) => {
        while (true) {
          /* never ends */
        }
      });
      const error = await failure(() => spin());
      expect(error).toBeInstanceOf(RemoteTimeoutError);
      expect(error.code).toBe('57014');
      expect(error.message).toMatch(/statement_timeout/);
      expect(await pid()).toBe(before); // the same connection answers again
      expect(await single.remote(async (db, x: number) => x + 1)(1)).toBe(2);
    } finally {
      await single.close();
    }
  });

  it('a connection killed mid-call is an error, never a silent success', async () => {
    const slow = wh.remote(async (db, id: number) => {
      await db.query("INSERT INTO items VALUES ($1, 'slow')", [id]);
      await db.query('SELECT pg_sleep(10)');
      return 'done';
    });
    const killer = new Client({ connectionString: database.url });
    await killer.connect();
    try {
      const call = slow(99).then(
        () => 'resolved',
        (e) => e,
      );
      await waitFor(
        async () =>
          (
            await killer.query(
              "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%wormhole.call%' AND wait_event = 'PgSleep'",
            )
          ).rowCount === 1,
        'the call to be running',
      );
      await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE '%wormhole.call%' AND pid <> pg_backend_pid()`);
      const outcome = await call;
      expect(outcome).toBeInstanceOf(ConnectionLostError);
      expect(outcome.message).toMatch(/may or may not have been applied/);
      expect(await wh.db.queryValue('SELECT count(*) FROM items WHERE id = 99')).toBe(0);
      // The pool replaced the dead connection: the next call works.
      expect(await wh.remote(async (db) => 'alive')()).toBe('alive');
    } finally {
      await killer.end();
    }
  });
});

function currentLine(): number {
  return Number(/:(\d+):\d+\)?$/.exec(new Error().stack!.split('\n')[2])![1]);
}
