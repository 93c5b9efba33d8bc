/**
 * `wormhole doctor`: what an operator checks first, each with what to do when it fails. Uses the
 * extension's wormhole.engine() where it exists (the engine detection the extension owns), and
 * plv8_version() on older versions.
 */
import { engineKindOf } from '@wormhole/protocol';
import { Client } from 'pg';

export type Status = 'ok' | 'warn' | 'fail';

export interface Check {
  check: string;
  status: Status;
  detail: string;
}

/** How `wormhole prune` tells which functions are unused on this engine (upstream: only what SDKs report). */
async function pruneCheck(client: Client, engineKind: string): Promise<[Status, string]> {
  if (engineKind !== 'upstream') return ['ok', "judges use by the engine's call counters (every call, since the server's start)"];
  const reports = await one<{ ok: boolean }>(client, "SELECT to_regprocedure('wormhole.report_use(text[])') IS NOT NULL AS ok");
  if (!reports?.ok) return ['warn', 'this extension version cannot tell unused functions on upstream PL/v8: ALTER EXTENSION wormhole UPDATE'];
  return [
    'ok',
    'judges use by what pg-wormhole apps report (about once a minute, usageReportMs): calls made with raw SQL ' +
      '(SELECT wormhole.call(...)) are not seen, so a function called only that way counts as unused',
  ];
}

const one = async <T>(client: Client, sql: string, values: unknown[] = []): Promise<T | undefined> =>
  (await client.query(sql, values)).rows[0] as T | undefined;

export async function doctor(client: Client, connectionPort: number | undefined, openAnother: () => Promise<Client>): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (check: string, status: Status, detail: string) => checks.push({ check, status, detail });

  const server = await one<{ version: string; port: number | null; role: string; tz: string; offset: number }>(
    client,
    "SELECT current_setting('server_version') AS version, inet_server_port() AS port, current_user AS role, current_setting('TimeZone') AS tz, " +
      'extract(timezone from now())::int AS offset',
  );
  add('server', 'ok', `PostgreSQL ${server?.version}, connected as ${server?.role}`);

  const language = await one<{ lanname: string }>(client, "SELECT lanname FROM pg_language WHERE lanname = 'plv8'");
  const ext = await one<{ extversion: string }>(client, "SELECT extversion FROM pg_extension WHERE extname = 'wormhole'");
  add(
    'language plv8',
    language ? 'ok' : 'fail',
    language ? 'installed in this database' : 'missing: CREATE EXTENSION wormhole CASCADE (as a superuser) installs it',
  );
  add('extension wormhole', ext ? 'ok' : 'fail', ext ? `version ${ext.extversion}` : 'missing: CREATE EXTENSION wormhole CASCADE (as a superuser)');

  // Which PL/v8 runs here, when it can be told: what to advise about preloading depends on it.
  let engineKind: string | undefined;
  if (language) {
    const hasEngineFn = await one<{ ok: boolean }>(client, "SELECT to_regprocedure('wormhole.engine()') IS NOT NULL AS ok");
    if (hasEngineFn?.ok) {
      const e = (
        await one<{ e: { kind: string; version: string; interrupts: boolean; call_stats: boolean } }>(client, 'SELECT wormhole.engine() AS e')
      )?.e;
      engineKind = e?.kind;
      add(
        'engine',
        e?.interrupts ? 'ok' : 'warn',
        `${e?.kind} ${e?.version}` + (e?.interrupts ? '' : ': statement_timeout and cancel cannot stop an endless loop in a remote function'),
      );
    } else {
      const v = await one<{ v: string | null }>(
        client,
        "SELECT CASE WHEN to_regprocedure('plv8_version()') IS NULL THEN NULL ELSE (xpath('//v/text()', query_to_xml('SELECT plv8_version() AS v', false, false, '')))[1]::text END AS v",
      );
      const kind = v?.v ? engineKindOf(v.v) : 'upstream';
      if (v?.v) engineKind = kind;
      add('engine', v?.v ? 'ok' : 'warn', v?.v ? `${kind} ${v.v}` : 'plv8_version() is not available');
    }
  }

  const preload = await one<{ libs: string }>(client, "SELECT current_setting('shared_preload_libraries') AS libs");
  const preloaded = (preload?.libs ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, ''))
    .includes('plv8');
  if (engineKind === 'upstream') {
    // Preloading buys upstream PL/v8 nothing Wormhole uses (the shared statistics and limits are
    // plv8-compat's), and an upstream build here hung the server's start when preloaded: never advise it.
    add(
      'shared_preload_libraries',
      'ok',
      preloaded
        ? 'plv8 is preloaded (upstream PL/v8: Wormhole gains nothing from it)'
        : 'plv8 is not preloaded, as upstream PL/v8 needs (no shared call statistics there to preload)',
    );
  } else {
    add(
      'shared_preload_libraries',
      preloaded ? 'ok' : 'warn',
      preloaded
        ? 'plv8 is preloaded (shared call statistics and limits from server start)'
        : "plv8 is not preloaded: add it to shared_preload_libraries (postgresql.conf) and restart, for shared statistics and the engine's limits",
    );
  }

  if (ext) {
    const grants = await one<{ member: boolean; call: boolean; superuser: boolean }>(
      client,
      `SELECT pg_has_role(current_user, 'wormhole_user', 'MEMBER') AS member,
              has_function_privilege('wormhole.call(text, text)', 'EXECUTE') AS call,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
    );
    const ok = grants?.member || grants?.superuser;
    add(
      'grants',
      ok && grants?.call ? 'ok' : 'fail',
      ok && grants?.call
        ? grants?.superuser
          ? 'superuser (apps should use a role granted wormhole_user, not a superuser)'
          : 'member of wormhole_user'
        : `${server?.role} may not call wormhole functions: GRANT wormhole_user TO ${server?.role}`,
    );
    if (engineKind !== undefined) add('prune', ...(await pruneCheck(client, engineKind)));
  }

  // A transaction pooler gives a server connection back to its pool after each transaction, so a
  // second client connection is then served by the same backend (PgBouncer reuses the most recent
  // one); with a direct connection or session pooling each client has a backend of its own.
  const pid = async (c: Client) => (await one<{ pid: number }>(c, 'SELECT pg_backend_pid() AS pid'))!.pid;
  const first = await pid(client);
  const other = await openAnother();
  let shared: boolean;
  try {
    shared = (await pid(other)) === first;
  } finally {
    await other.end().catch(() => undefined);
  }
  const proxied = connectionPort !== undefined && server?.port !== null && server?.port !== undefined && server.port !== connectionPort;
  if (shared) {
    add(
      'pooler',
      'ok',
      'transaction pooling (statements moved between server connections): keep preparedStatements off (the default); statementTimeout and per-call timeouts work',
    );
  } else if (proxied) {
    add('pooler', 'ok', `a proxy or pooler in session mode (client port ${connectionPort}, server port ${server?.port})`);
  } else {
    add('pooler', 'ok', 'direct connection (no pooler detected)');
  }

  // Compared by their offset now: 'Etc/UTC' and 'UTC' are the same zone under two names.
  const clientTz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const same = server?.offset === -new Date().getTimezoneOffset() * 60;
  add(
    'time zone',
    same ? 'ok' : 'warn',
    `server ${server?.tz}, client ${clientTz}` +
      (same
        ? ''
        : " (they differ: timestamps travel as instants, but dates formatted or truncated to days inside the function use the server's zone)"),
  );
  return checks;
}
