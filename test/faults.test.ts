/**
 * Load with faults: 16 clients move money under SERIALIZABLE with idempotency keys while backends are
 * terminated, connections are cut by a proxy and statement timeouts (server side and per call) hit.
 * The client retries the same key after every failure whose outcome the SDK README says to retry
 * (ConnectionLostError, ConnectionFailedError, timeouts, an exhausted 40001/40P01 retry), and the test
 * then checks what the README promises: money is conserved, every acknowledged transfer is applied exactly
 * once, nothing is applied that was never attempted, and no backend is left behind once the clients close.
 */
import { writeFileSync } from 'fs';
import { loadavg } from 'os';
import { Client } from 'pg';
import { CallTimeoutError, ConnectionFailedError, ConnectionLostError, connect, RemoteSqlError, RemoteTimeoutError, Wormhole } from 'pg-wormhole';
import { CuttingProxy } from './support/cutting-proxy';
import { createTestDatabase, TestDatabase } from './support/database';

const CLIENTS = 16;
const ACCOUNTS = 40;
const START_BALANCE = 10_000;
// 20 s in the test command; the bench runs the same test longer (bench/package.json, "faults").
const LOAD_MS = Number(process.env.WH_FAULTS_SECONDS ?? 20) * 1000;
jest.setTimeout(LOAD_MS + 40_000);
const MAX_ATTEMPTS = 40;
// statement_timeout for every call; a transfer told to sleep longer than this is stopped by the server.
const STATEMENT_TIMEOUT_MS = 1_000;
const APP = `wh_faults_${process.pid}`;

let database: TestDatabase;
let proxy: CuttingProxy;
const clients: Wormhole[] = [];

beforeAll(async () => {
  database = await createTestDatabase(
    'faults',
    `
    CREATE TABLE accounts (id int PRIMARY KEY, balance bigint NOT NULL);
    INSERT INTO accounts SELECT g, ${START_BALANCE} FROM generate_series(1, ${ACCOUNTS}) g;
    -- The ledger of applied idempotency keys, written in the same transaction as the transfer.
    CREATE TABLE applied (key text PRIMARY KEY, src int NOT NULL, dst int NOT NULL, amount int NOT NULL);`,
  );
  // Plain calls are their own transactions; make those SERIALIZABLE too, like wh.transaction below.
  await database.admin((c) => c.query(`ALTER DATABASE ${database.name} SET default_transaction_isolation = 'serializable'`));
  const target = new URL(database.url);
  proxy = await CuttingProxy.start(target.hostname, Number(target.port || 5432));
});

afterAll(async () => {
  await Promise.all(clients.map((wh) => wh.close().catch(() => undefined)));
  await proxy?.close();
  await database?.drop();
});

interface Attempted {
  src: number;
  dst: number;
  amount: number;
  lost: boolean;
}

it('keeps money and exactly-once under terminated backends, cut connections and timeouts', async () => {
  const proxied = new URL(database.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);

  const attempted = new Map<string, Attempted>();
  const acknowledged = new Set<string>();
  const gaveUp: string[] = [];
  const unexpected: string[] = [];
  const seen = { connectionLost: 0, connectionFailed: 0, statementTimeouts: 0, callTimeouts: 0, serialization: 0, duplicates: 0 };
  const injected = { terminated: 0, cut: 0 };
  let running = true;

  for (let i = 0; i < CLIENTS; i++) {
    clients.push(await connect({ connectionString: proxied.toString(), application_name: APP, max: 2 }, { statementTimeout: STATEMENT_TIMEOUT_MS }));
  }

  const client = async (wh: Wormhole, index: number) => {
    const transfer = wh.remote(
      async (db, key: string, from: number, to: number, amount: number, sleepSeconds: number) => {
        const fresh = await db.query('INSERT INTO applied (key, src, dst, amount) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key', [
          key,
          from,
          to,
          amount,
        ]);
        if (fresh.rowCount === 0) return { duplicate: true }; // an earlier attempt committed this key
        await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
        await db.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
        // A sleep after the writes, so a timeout has real work to undo.
        if (sleepSeconds > 0) await db.query('SELECT pg_sleep($1)', [sleepSeconds]);
        return { duplicate: false };
      },
      { name: 'faultyTransfer' },
    );
    // Half the clients use wh.transaction, half plain calls (SERIALIZABLE by the database default).
    const viaTransaction = index % 2 === 0;

    for (let n = 0; running; n++) {
      const key = `c${index}-${n}`;
      const src = 1 + Math.floor(Math.random() * ACCOUNTS);
      const dst = 1 + ((src + Math.floor(Math.random() * (ACCOUNTS - 1))) % ACCOUNTS);
      const amount = 1 + Math.floor(Math.random() * 100);
      const op: Attempted = { src, dst, amount, lost: false };
      attempted.set(key, op);
      // Some first attempts are made to time out: on the server (statement_timeout) or by the call's own timeout.
      const roll = Math.random();
      const fault = running ? (roll < 0.02 ? 'statement' : roll < 0.04 && !viaTransaction ? 'call' : 'none') : 'none';
      let done = false;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS && !done; attempt++) {
        const sleep = attempt === 1 && fault !== 'none' ? (STATEMENT_TIMEOUT_MS * 1.5) / 1000 : 0;
        try {
          const result = viaTransaction
            ? await wh.transaction((tx) => tx.run(transfer, key, src, dst, amount, sleep), { isolation: 'serializable' })
            : fault === 'call' && attempt === 1
              ? await transfer.with({ timeout: 300 })(key, src, dst, amount, sleep)
              : await transfer(key, src, dst, amount, sleep);
          if (result.duplicate) seen.duplicates++;
          acknowledged.add(key);
          done = true;
        } catch (e) {
          if (e instanceof ConnectionLostError) {
            seen.connectionLost++;
            op.lost = true;
          } else if (e instanceof ConnectionFailedError) seen.connectionFailed++;
          else if (e instanceof RemoteTimeoutError) seen.statementTimeouts++;
          else if (e instanceof CallTimeoutError) seen.callTimeouts++;
          else if (e instanceof RemoteSqlError && (e.code === '40001' || e.code === '40P01')) seen.serialization++;
          else unexpected.push(`${viaTransaction ? 'transaction' : 'call'}: ${String((e as Error)?.constructor?.name)} ${(e as Error)?.message}`);
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 10 * attempt)));
        }
      }
      if (!done) gaveUp.push(key);
    }
  };

  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  const injector = async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 250));
      if (!running) break;
      if (Math.random() < 0.5) {
        const { rows } = await admin.query(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
            WHERE application_name = $1 AND datname = current_database() AND pid <> pg_backend_pid()
            ORDER BY random() LIMIT 1`,
          [APP],
        );
        if (rows[0]?.ok) injected.terminated++;
      } else if (proxy.cutRandom()) {
        injected.cut++;
      }
    }
  };

  const started = Date.now();
  const stop = new Promise<void>((r) =>
    setTimeout(() => {
      running = false;
      r();
    }, LOAD_MS),
  );
  await Promise.all([stop, injector(), ...clients.map((wh, i) => client(wh, i))]);
  const elapsed = Date.now() - started;

  await Promise.all(clients.splice(0).map((wh) => wh.close()));
  // A backend whose client vanished may still be finishing (and may still commit): wait until none of
  // the test's backends is left, then read the ledger. None may stay stuck (active or idle in transaction).
  const leftover = async () =>
    (await admin.query(`SELECT pid, state, query FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [APP])).rows;
  const deadline = Date.now() + 15_000;
  while ((await leftover()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await leftover()).toEqual([]);

  const ledger = (await admin.query<{ key: string; src: number; dst: number; amount: number }>('SELECT key, src, dst, amount FROM applied')).rows;
  const accounts = (await admin.query<{ id: number; balance: string }>('SELECT id, balance FROM accounts ORDER BY id')).rows;
  await admin.end();

  const summary =
    `${acknowledged.size} transfers acknowledged (${ledger.length} applied, ${attempted.size} attempted, ` +
    `${gaveUp.length} given up) in ${elapsed} ms by ${CLIENTS} clients; faults injected: ${injected.terminated} backends ` +
    `terminated, ${injected.cut} connections cut, ${seen.statementTimeouts} statement timeouts, ${seen.callTimeouts} call ` +
    `timeouts; client saw ${seen.connectionLost} ConnectionLostError, ${seen.connectionFailed} ConnectionFailedError, ` +
    `${seen.serialization} exhausted 40001/40P01 retries, ${seen.duplicates} retries that found their key applied`;
  console.log(`faults test: ${summary}`);

  expect(unexpected).toEqual([]);
  // Faults really happened, and work got done through them.
  expect(acknowledged.size).toBeGreaterThan(100);
  expect(injected.terminated).toBeGreaterThan(0);
  expect(injected.cut).toBeGreaterThan(0);
  expect(seen.connectionLost).toBeGreaterThan(0);
  expect(seen.statementTimeouts + seen.callTimeouts).toBeGreaterThan(0);

  // Conservation.
  const total = accounts.reduce((sum, a) => sum + Number(a.balance), 0);
  expect(total).toBe(ACCOUNTS * START_BALANCE);

  // Applied ⊆ attempted, each with the arguments it was attempted with; keys are unique.
  const appliedKeys = new Set(ledger.map((row) => row.key));
  expect(appliedKeys.size).toBe(ledger.length);
  const strangers = ledger.filter((row) => {
    const op = attempted.get(row.key);
    return !op || op.src !== row.src || op.dst !== row.dst || op.amount !== row.amount;
  });
  expect(strangers).toEqual([]);
  // Acknowledged ⊆ applied.
  expect([...acknowledged].filter((key) => !appliedKeys.has(key))).toEqual([]);
  // Given up after only definite failures (no attempt lost its connection): nothing may have committed.
  expect(gaveUp.filter((key) => !attempted.get(key)!.lost && appliedKeys.has(key))).toEqual([]);

  // The balances are exactly what the ledger says: each applied key moved its money once.
  const expected = new Map<number, number>();
  for (let id = 1; id <= ACCOUNTS; id++) expected.set(id, START_BALANCE);
  for (const row of ledger) {
    expected.set(row.src, expected.get(row.src)! - row.amount);
    expected.set(row.dst, expected.get(row.dst)! + row.amount);
  }
  expect(accounts.map((a) => ({ id: a.id, balance: Number(a.balance) }))).toEqual([...expected].map(([id, balance]) => ({ id, balance })));

  // The bench's longer run (npm run faults -w @wormhole/bench) keeps its figures in bench/results.
  if (process.env.WH_FAULTS_REPORT) {
    writeFileSync(
      process.env.WH_FAULTS_REPORT,
      '# Load with faults (generated by `npm run faults -w @wormhole/bench`; do not edit)\n\n' +
        `Run ${new Date(started).toISOString()}, ${LOAD_MS / 1000} s of load, load average ${loadavg()[0].toFixed(1)} at the end:\n` +
        `${summary}.\n\nEvery invariant held: money conserved, every acknowledged transfer ` +
        'applied exactly once, nothing applied that was never attempted, no backend left behind.\n',
    );
  }
});
