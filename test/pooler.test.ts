/**
 * Transaction poolers: the SDK through PgBouncer in transaction mode (scripts/pooler.sh), with no
 * configuration. Each transaction may land on any server connection, so the SDK must not rely on
 * named statements or on session state; timeouts travel as SET LOCAL.
 */
import { execFile } from 'child_process';
import { promisify } from 'util';
import { Client } from 'pg';
import { connect, Wormhole } from 'pg-wormhole';
import { createTestDatabase, TestDatabase } from './support/database';
import { ensureStarted, poolerUrlFor } from './support/servers';

const run = promisify(execFile);
let database: TestDatabase;
let poolerUrl: string;

beforeAll(async () => {
  ensureStarted('pooler');
  database = await createTestDatabase('pooler', 'CREATE TABLE hits (caller int, round int, n int);');
  poolerUrl = poolerUrlFor(database.name);
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

describe('through PgBouncer in transaction mode', () => {
  it('really goes through the pooler: its console lists the server connection it made for this database', async () => {
    const wh = await connect(poolerUrl);
    try {
      expect(await wh.remote(async (db, x: number) => x + 1)(41)).toBe(42);
    } finally {
      await wh.close();
    }
    // PgBouncer's admin console speaks only the simple protocol: a plain pg.Client query without values.
    const console = new Client({ connectionString: poolerUrl.replace(`/${database.name}`, '/pgbouncer') });
    await console.connect();
    try {
      const { rows } = await console.query('SHOW SERVERS');
      expect(rows.some((r) => r.database === database.name)).toBe(true);
      const { rows: config } = await console.query('SHOW CONFIG');
      expect(config.find((r) => r.key === 'pool_mode')?.value).toBe('transaction');
    } finally {
      await console.end();
    }
  });

  it('50 concurrent callers, several rounds, with first calls, transactions and statementTimeout: 0 errors', async () => {
    const callers: Wormhole[] = await Promise.all(
      Array.from({ length: 50 }, (_, i) => connect(poolerUrl, { max: 2, ...(i % 2 === 0 ? { statementTimeout: 5000 } : {}) } as any)),
    );
    const errors: unknown[] = [];
    try {
      for (let round = 0; round < 4; round++) {
        await Promise.all(
          callers.map(async (wh, i) => {
            try {
              // A new function every round: each caller's first call installs it, concurrently with the others.
              const hit = wh.remote(
                new Function(`return async (db, caller, round) => {
              await db.query('INSERT INTO hits VALUES ($1, $2, 1)', [caller, round]);
              return db.queryValue('SELECT count(*)::int FROM hits WHERE caller = $1 AND round = $2', [caller, round]); // r${round}
            }`)() as (db: any, caller: number, round: number) => Promise<number>,
                { name: `hit${round}` },
              );
              expect(await hit(i, round)).toBe(1);
              expect(await hit(i, round)).toBe(2); // the warm form (hash only)
              const total = await wh.transaction(async (tx) => {
                await tx.run(hit, i, round);
                return tx.queryValue<number>('SELECT count(*)::int FROM hits WHERE caller = $1 AND round = $2', [i, round]);
              });
              expect(total).toBe(3);
            } catch (error) {
              errors.push(error);
            }
          }),
        );
      }
    } finally {
      await Promise.all(callers.map((wh) => wh.close()));
    }
    expect(errors).toEqual([]);
    expect(Number((await database.admin((c) => c.query('SELECT count(*) AS n FROM hits'))).rows[0].n)).toBe(50 * 4 * 3);
  });

  it('fresh sequential processes, each making first and warm calls: 0 errors', async () => {
    const script = `
      const { connect } = require('pg-wormhole');
      (async () => {
        const wh = await connect(process.env.POOLER_URL, { statementTimeout: 5000 });
        const add = wh.remote(async (db, a, b) => db.queryValue('SELECT $1::int + $2::int', [a, b]), { name: 'add' });
        const out = [];
        for (let i = 0; i < 5; i++) out.push(await add(i, 1));
        out.push(await wh.transaction((tx) => tx.run(add, 10, 1)));
        await wh.close();
        process.stdout.write(JSON.stringify(out));
      })().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
    const failures: string[] = [];
    for (let p = 0; p < 12; p++) {
      try {
        const { stdout } = await run(process.execPath, ['-e', script], { cwd: __dirname, env: { ...process.env, POOLER_URL: poolerUrl } });
        expect(JSON.parse(stdout)).toEqual([1, 2, 3, 4, 5, 11]);
      } catch (error) {
        failures.push(String((error as { stderr?: string }).stderr || error));
      }
    }
    expect(failures.map((f) => f.slice(0, 600))).toEqual([]);
  });

  it('statementTimeout and a per-call timeout work through the pooler (SET LOCAL, cancel forwarded)', async () => {
    const wh = await connect(poolerUrl, { statementTimeout: 300 });
    try {
      const slow = wh.remote(async (db, s: number) => {
        await db.query('SELECT pg_sleep($1)', [s]);
        return s;
      });
      expect((await slow(2).catch((e) => e)).name).toBe('RemoteTimeoutError');
      expect(await slow(0)).toBe(0);
      const inTx = await wh.transaction((tx) => tx.query('SELECT pg_sleep(2)')).catch((e) => e);
      expect(inTx.code).toBe('57014');
    } finally {
      await wh.close();
    }
    const plain = await connect(poolerUrl);
    try {
      const slow = plain.remote(async (db, s: number) => {
        await db.query('SELECT pg_sleep($1)', [s]);
        return s;
      });
      const error = await slow
        .with({ timeout: 300 })(3)
        .catch((e) => e);
      expect(error.name).toBe('CallTimeoutError');
      expect(error.code).toBe('57014'); // PgBouncer forwarded the cancel to the server, which confirmed it
      expect(await slow(0)).toBe(0);
      // No session setting leaked into the pooled server connections.
      expect(await plain.db.queryValue("SELECT current_setting('statement_timeout')")).toBe('0');
    } finally {
      await plain.close();
    }
  });

  it('named statements only on request: none by default, prepared once per connection with preparedStatements', async () => {
    const named = async (preparedStatements: boolean) => {
      const wh = await connect({ connectionString: database.url, max: 1 }, { preparedStatements });
      try {
        const twice = wh.remote(async (db, x: number) => x * 2);
        expect(await twice(2)).toBe(4);
        expect(await twice(3)).toBe(6);
        // max: 1, so this is the connection the calls used.
        return await wh.db.queryValue<number>("SELECT count(*)::int FROM pg_prepared_statements WHERE name LIKE 'wormhole_call_%'");
      } finally {
        await wh.close();
      }
    };
    expect(await named(false)).toBe(0);
    expect(await named(true)).toBe(2); // the installing form and the warm form
  });

  it('(why it matters) opting in to named statements through the pooler fails as the issue reported', async () => {
    const codes: string[] = [];
    // Fresh clients until one's named statement lands on a server connection that already has it.
    for (let i = 0; i < 12 && !codes.some((c) => c === '42P05' || c === '26000'); i++) {
      const wh = await connect(poolerUrl, { preparedStatements: true });
      try {
        await wh.remote(async (db, x: number) => x + 1)(i);
      } catch (error) {
        codes.push((error as { code?: string }).code ?? String(error));
      } finally {
        await wh.close();
      }
    }
    // A fresh client's named statement lands on a server connection that already has it (42P05).
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === '42P05' || c === '26000')).toBe(true);
  });
});
