/**
 * Runs one hostile case against the throwaway cluster and asserts its safe outcome: every step's
 * SQLSTATE (or success and value), then that each connection the case used still answers SELECT 1 —
 * or, where the documented outcome is FATAL for that backend, that a fresh connection works and the
 * postmaster did not restart — and that the server log gained no crash line during the case.
 */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Client, DatabaseError } from 'pg';
const { readState } = require('./cluster');
const { crashLinesSince, logOffset } = require('./crash-log');

export type Role = 'mallory' | 'alice' | 'app' | 'flooder' | 'mallory_sp' | 'postgres';

interface Timing {
  withinMs?: number;
}
/** Success; `value` is compared with toEqual (the decoded wire result of a remote function, or the
 * first column of the first row of SQL). */
export interface Ok extends Timing {
  ok: true;
  value?: unknown;
  check?: (value: unknown) => void;
}
/** An ERROR with one of these SQLSTATEs; `fatalAllowed` also accepts FATAL for this one backend. */
export interface Fails extends Timing {
  code: string | readonly string[];
  fatalAllowed?: boolean;
  message?: RegExp;
  check?: (error: DatabaseError) => void;
}
/** The documented outcome is FATAL for this backend (e.g. pg_terminate_backend). */
export interface Fatal extends Timing {
  fatal: string | readonly string[];
}
/** An attacker's set-up step whose own result is an engine decision (it may run, or fail with a plain
 * ERROR); never FATAL, never a crash. The case's later steps assert the exact outcome that matters. */
export interface Contained extends Timing {
  contained: string;
}
/** Either success (value checked by `check`) or an ERROR with one of these codes: both are documented
 * as safe (e.g. a harmless builtin the validator may or may not refuse). */
export interface OkOrFails extends Timing {
  okOrCode: readonly string[];
  check?: (value: unknown) => void;
}
export type Outcome = Ok | Fails | Fatal | Contained | OkOrFails;

export interface Step {
  /** The role whose connection runs the step (one connection per role per case). */
  as?: Role;
  /** A second connection of the same role, by name. */
  conn?: string;
  sql?: string;
  params?: unknown[];
  /** A remote function's source, sent through wormhole.call(hash, args, source). */
  fn?: string;
  /** The wire text of the argument array (default '[]'). */
  args?: string;
  /** A hash other than the source's own. */
  hash?: string;
  expect: Outcome;
}

export interface Case {
  name: string;
  /** The role that runs the steps unless a step names another (default mallory). */
  role?: Role;
  /** PGOPTIONS for the case's connections. */
  pgOptions?: string;
  steps?: Step[];
  run?: (ctx: CaseContext) => Promise<void>;
  /** Superuser SQL run after the case, to undo an attack that (wrongly) succeeded so that it cannot
   * spill into later cases (e.g. a role default that would affect every later connection). */
  cleanup?: string;
  /** Runs alongside the other concurrent cases of its class (slow allocation bombs, each on its own
   * backend), to keep the suite's wall time down on 2 cores. */
  concurrent?: boolean;
  /** Jest timeout for the case (default 20 s). */
  timeoutMs?: number;
}

export interface ClassedCase extends Case {
  cls: string;
}

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export function clusterInfo(): { port: number; log: string; data: string; dir: string } {
  return readState();
}

export function connectionConfig(role: Role, pgOptions?: string) {
  const { port } = clusterInfo();
  return { host: '127.0.0.1', port, user: role, database: 'hostile', options: pgOptions, connectionTimeoutMillis: 10_000 };
}

interface Tracked {
  client: Client;
  role: Role;
  dead: boolean;
  fatalExpected: boolean;
  key: string;
}

export class CaseContext {
  private conns = new Map<string, Tracked>();
  constructor(readonly c: Case) {}

  /** The case's connection for `role` (named `key` for a second one). */
  async client(role: Role = this.c.role ?? 'mallory', key = 'main'): Promise<Client> {
    const id = `${role}/${key}`;
    const have = this.conns.get(id);
    if (have) return have.client;
    const client = new Client(connectionConfig(role, this.c.pgOptions));
    const t: Tracked = { client, role, dead: false, fatalExpected: false, key: id };
    client.on('error', () => {
      t.dead = true;
    });
    client.on('end', () => {
      t.dead = true;
    });
    this.conns.set(id, t);
    await client.connect();
    return client;
  }

  /** Runs `sql` as the superuser on a connection of its own (set-up and second-connection actions). */
  async admin<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = await this.client('postgres', 'admin');
    return (await c.query(sql, params)).rows as T[];
  }

  /** Marks a connection whose FATAL end is the documented outcome. */
  expectFatal(role: Role, key = 'main'): void {
    const t = this.conns.get(`${role}/${key}`);
    if (t) t.fatalExpected = true;
  }

  /** The backend pid of a case connection. */
  async pid(role: Role = this.c.role ?? 'mallory', key = 'main'): Promise<number> {
    const c = await this.client(role, key);
    return (await c.query('SELECT pg_backend_pid() AS p')).rows[0].p;
  }

  async step(s: Step): Promise<unknown> {
    const role = s.as ?? this.c.role ?? 'mallory';
    const key = s.conn ?? 'main';
    const client = await this.client(role, key);
    const started = Date.now();
    let value: unknown;
    let error: any;
    try {
      if (s.fn !== undefined) {
        const r = await client.query('SELECT wormhole.call($1, $2, $3) AS r', [s.hash ?? sha256(s.fn), s.args ?? '[]', s.fn]);
        const text = r.rows[0].r;
        value = text === null ? null : JSON.parse(text);
      } else {
        const r = await client.query(s.sql!, s.params ?? []);
        const rows = Array.isArray(r) ? r[r.length - 1].rows : r.rows;
        value = rows && rows.length ? Object.values(rows[0])[0] : undefined;
      }
    } catch (e) {
      error = e;
    }
    const elapsed = Date.now() - started;
    const what = s.fn !== undefined ? `remote function ${s.fn.slice(0, 120)}` : `SQL ${String(s.sql).slice(0, 120)}`;
    const describeError = (e: any) => (e ? `${e.code ?? '(no SQLSTATE)'} ${e.severity ?? ''} ${String(e.message).slice(0, 300)}` : 'success');
    const o = s.expect;
    if (o.withinMs !== undefined && elapsed > o.withinMs) {
      throw new Error(`${what}: took ${elapsed} ms, more than ${o.withinMs} ms (outcome: ${describeError(error)})`);
    }
    const isFatal = (e: any) =>
      e && (e.severity === 'FATAL' || e.severity === 'PANIC' || !e.code || (/terminated|ECONNRESET|Connection/.test(e.message) && !e.code));
    if ('ok' in o) {
      if (error) throw new Error(`${what}: expected success, got ${describeError(error)}`);
      if ('value' in o) expect(value).toEqual(o.value);
      o.check?.(value);
    } else if ('okOrCode' in o) {
      if (error && (isFatal(error) || !o.okOrCode.includes(error.code)))
        throw new Error(`${what}: expected success or ${o.okOrCode.join('|')}, got ${describeError(error)}`);
      if (!error) o.check?.(value);
    } else if ('contained' in o) {
      if (error && isFatal(error))
        throw new Error(`${what}: expected a contained outcome (${o.contained}), got FATAL/connection loss: ${describeError(error)}`);
    } else if ('fatal' in o) {
      const codes = ([] as string[]).concat(o.fatal as any);
      if (!error) throw new Error(`${what}: expected FATAL ${codes.join('|')}, got success`);
      if (error.code && !codes.includes(error.code)) throw new Error(`${what}: expected FATAL ${codes.join('|')}, got ${describeError(error)}`);
      const t = this.conns.get(`${role}/${key}`)!;
      t.fatalExpected = true;
    } else {
      const codes = ([] as string[]).concat(o.code as any);
      if (!error) throw new Error(`${what}: expected SQLSTATE ${codes.join('|')}, got success with ${JSON.stringify(value)?.slice(0, 300)}`);
      if (isFatal(error)) {
        if (!o.fatalAllowed) throw new Error(`${what}: expected ERROR ${codes.join('|')}, got FATAL/connection loss: ${describeError(error)}`);
        this.conns.get(`${role}/${key}`)!.fatalExpected = true;
        if (error.code && !codes.includes(error.code)) throw new Error(`${what}: expected ${codes.join('|')}, got ${describeError(error)}`);
      } else {
        if (!codes.includes(error.code)) throw new Error(`${what}: expected SQLSTATE ${codes.join('|')}, got ${describeError(error)}`);
        if (o.message && !o.message.test(error.message))
          throw new Error(`${what}: message ${JSON.stringify(error.message.slice(0, 300))} does not match ${o.message}`);
        o.check?.(error);
      }
    }
    return value;
  }

  /** After the case: usable connections, or a fresh one and no restart where FATAL was the outcome. */
  async verifyAndClose(startTime: string): Promise<void> {
    const problems: string[] = [];
    for (const t of this.conns.values()) {
      if (t.fatalExpected) {
        // The backend may be gone: a new connection of the same role must work, and the postmaster
        // must still be the one that started the suite.
        const fresh = new Client(connectionConfig(t.role));
        try {
          await fresh.connect();
          const r = await fresh.query('SELECT 1 AS one, pg_postmaster_start_time()::text AS started');
          if (r.rows[0].one !== 1) problems.push(`${t.key}: a fresh connection did not answer SELECT 1`);
          if (r.rows[0].started !== startTime) problems.push(`${t.key}: the postmaster restarted (${startTime} -> ${r.rows[0].started})`);
        } catch (e: any) {
          problems.push(`${t.key}: a fresh connection failed after the FATAL: ${e.message}`);
        } finally {
          await fresh.end().catch(() => undefined);
        }
      } else if (t.dead) {
        problems.push(`${t.key}: the connection was lost (the documented outcome was not FATAL)`);
      } else {
        try {
          const r = await t.client.query({ text: 'SELECT 1 AS one', rowMode: 'array' });
          if (r.rows[0][0] !== 1) problems.push(`${t.key}: SELECT 1 returned ${JSON.stringify(r.rows)}`);
        } catch (e: any) {
          problems.push(`${t.key}: SELECT 1 failed afterwards: ${e.code ?? ''} ${e.message}`);
        }
      }
      await t.client.end().catch(() => undefined);
    }
    if (problems.length) throw new Error(problems.join('\n'));
  }
}

let postmasterStart: string | undefined;
async function postmasterStartTime(): Promise<string> {
  if (postmasterStart) return postmasterStart;
  const c = new Client(connectionConfig('postgres'));
  await c.connect();
  try {
    postmasterStart = (await c.query('SELECT pg_postmaster_start_time()::text AS s')).rows[0].s as string;
  } finally {
    await c.end();
  }
  return postmasterStart!;
}

/**
 * Waits (up to 30 s) until the cluster accepts connections: after a crash elsewhere in the run the
 * postmaster recovers, and the next case should report its own outcome rather than the recovery.
 * The crash itself fails its own case and the suite's final log assertion.
 */
async function waitForCluster(): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const c = new Client(connectionConfig('postgres'));
    try {
      await c.connect();
      await c.query('SELECT 1');
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`the throwaway cluster does not accept connections: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await c.end().catch(() => undefined);
    }
  }
}

export async function runCase(c: Case): Promise<void> {
  const { log } = clusterInfo();
  await waitForCluster();
  const start = await postmasterStartTime();
  const offset = logOffset(log);
  const ctx = new CaseContext(c);
  let failure: unknown;
  try {
    for (const s of c.steps ?? []) await ctx.step(s);
    if (c.run) await c.run(ctx);
  } catch (e) {
    failure = e;
  }
  try {
    await ctx.verifyAndClose(start);
  } catch (e) {
    failure = failure ?? e;
  }
  if (c.cleanup) {
    const admin = new Client(connectionConfig('postgres'));
    await admin
      .connect()
      .then(() => admin.query(c.cleanup!))
      .catch(() => undefined)
      .finally(() => admin.end().catch(() => undefined));
  }
  const crashes: string[] = crashLinesSince(log, offset);
  if (crashes.length) throw new Error(`the server log shows a crash during this case:\n${crashes.join('\n')}`);
  if (failure) throw failure;
}

/** Reads the whole log of the throwaway cluster (for the suite's final assertion). */
export function clusterLog(): string {
  try {
    return readFileSync(clusterInfo().log, 'utf8');
  } catch {
    return '';
  }
}
export const fixturesPath = join(__dirname, 'fixtures.sql');
