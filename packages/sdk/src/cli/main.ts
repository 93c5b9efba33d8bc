#!/usr/bin/env node
/**
 * `wormhole`: the pg-wormhole command line (the package's bin). Deploys an app's functions ahead of
 * time and shows what the server holds. Every command takes --database-url (default DATABASE_URL)
 * and --json; exit codes are listed in output.ts and in `wormhole --help`.
 */
import { Command, CommanderError, Option } from 'commander';
import { Client } from 'pg';
import { FUNCTIONS_QUERY, FunctionEntry, toEntry } from '../catalog';
import { missingCountersNote, prometheusText, readStats } from '../metrics';
import { collectDefinitions, installAll } from './deploy';
import { doctor } from './doctor';
import { parseDuration } from './duration';
import { CliError, EXIT, Output, print, short, table, when } from './output';
import { Progress } from './progress';

interface GlobalOptions {
  databaseUrl?: string;
  json?: boolean;
}

const EXIT_CODES = `
Exit codes:
  0  success (doctor: no check failed)
  1  unexpected failure
  2  bad usage (unknown command or option, malformed value)
  3  database unreachable, or the wormhole extension missing
  4  deploy: a function was refused (precheck or server)
  5  doctor: a check failed
  6  show: no such function`;

const program = new Command('wormhole')
  .description('Deploy and inspect pg-wormhole functions in PostgreSQL')
  .addOption(new Option('--database-url <url>', 'connection string').env('DATABASE_URL'))
  .option('--json', 'print JSON (for scripts) instead of text')
  .showHelpAfterError()
  .addHelpText('after', EXIT_CODES)
  .exitOverride();

function globals(): GlobalOptions & Output {
  const o = program.opts<GlobalOptions>();
  return { ...o, json: !!o.json };
}

/** A connected client for one command; `needsExtension` checks the extension first (exit 3). */
async function withClient<T>(work: (client: Client) => Promise<T>, needsExtension = true): Promise<T> {
  const url = globals().databaseUrl;
  if (!url) throw new CliError('no database: pass --database-url or set DATABASE_URL', EXIT.NO_DATABASE);
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new CliError(`cannot connect to the database: ${(error as Error).message}`, EXIT.NO_DATABASE);
  }
  client.on('error', () => undefined);
  try {
    if (needsExtension) {
      const { rows } = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'wormhole'");
      if (rows.length === 0)
        throw new CliError(
          'the wormhole extension is not installed in this database: CREATE EXTENSION wormhole CASCADE (as a superuser)',
          EXIT.NO_DATABASE,
        );
    }
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

program
  .command('deploy <entry>')
  .description("install every remote function the app's entry module defines, ahead of time")
  .option('--settle <ms>', 'wait this long for definitions made after startup', '300')
  .action(async (entry: string, opts: { settle: string }) => {
    const out = globals();
    const settle = Number(opts.settle);
    if (!Number.isFinite(settle) || settle < 0) throw new CliError(`--settle must be a number of milliseconds, got ${opts.settle}`, EXIT.USAGE);
    // The app connects like in production; give it the same database.
    if (out.databaseUrl) process.env.DATABASE_URL = out.databaseUrl;
    const defs = await collectDefinitions(entry, settle);
    const results = await withClient((client) => installAll(client, defs, new Progress(!out.json && !!process.stderr.isTTY)));
    print(out, results, (rs) =>
      rs.length === 0
        ? `${entry} defined no remote functions (define them at load time, or export them)`
        : table(
            ['STATUS', 'HASH', 'NAME'],
            rs.map((r) => [r.status, short(r.hash), r.name]),
          ) +
          rs
            .filter((r) => r.error)
            .map((r) => `\n${r.name}: ${r.error}`)
            .join(''),
    );
    if (results.some((r) => r.status === 'refused')) process.exitCode = EXIT.REFUSED;
  });

program
  .command('ls')
  .description('list the installed functions with their call statistics')
  .action(() =>
    withClient(async (client) => {
      const rows = (await client.query(FUNCTIONS_QUERY)).rows.map(toEntry);
      print(globals(), rows, (rs) =>
        table(
          ['HASH', 'NAME', 'CALLS', 'ERRORS', 'AVG MS', 'LAST CALLED', 'INSTALLED BY'],
          rs.map((r) => [
            short(r.hash),
            r.name ?? '',
            String(r.calls),
            String(r.errors),
            r.calls ? (r.totalMs / r.calls).toFixed(2) : '-',
            when(r.lastCalledAt),
            r.installedBy,
          ]),
        ),
      );
    }),
  );

program
  .command('show <hashOrName>')
  .description('one function: its catalog row, statistics and source (a hash prefix of 6+ characters or a name)')
  .action((key: string) =>
    withClient(async (client) => {
      const { rows } = await client.query(`SELECT * FROM (${FUNCTIONS_QUERY}) f WHERE f.name = $1 OR (length($1) >= 6 AND f.hash LIKE $1 || '%')`, [
        key,
      ]);
      if (rows.length === 0) throw new CliError(`no installed function has the hash or name "${key}"`, EXIT.NOT_FOUND);
      const sources = await client.query('SELECT hash, source FROM wormhole.functions WHERE hash = ANY($1::text[])', [rows.map((r) => r.hash)]);
      const source = new Map(sources.rows.map((r) => [r.hash as string, r.source as string]));
      const found = rows.map((r) => ({ ...toEntry(r), source: source.get(r.hash) }));
      print(globals(), found, (fs) =>
        fs
          .map((f: FunctionEntry & { source?: string }) =>
            [
              `hash:         ${f.hash}`,
              `name:         ${f.name ?? ''}`,
              `parameters:   ${f.arity === null ? 'any (rest parameter)' : f.arity} after db`,
              `installed:    ${when(f.installedAt)} by ${f.installedBy}`,
              `calls:        ${f.calls} (${f.errors} errors), last ${when(f.lastCalledAt)}`,
              '',
              f.source ?? '',
            ].join('\n'),
          )
          .join('\n\n'),
      );
    }),
  );

program
  .command('stats')
  .description('live call statistics per function and role (wormhole.function_stats)')
  .option('--prometheus', 'print the Prometheus text exposition format')
  .action((opts: { prometheus?: boolean }) =>
    withClient(async (client) => {
      const rows = await readStats(client);
      const note = rows.length === 0 ? await missingCountersNote(client) : undefined;
      if (note !== undefined) process.stderr.write(`wormhole: ${note}\n`);
      if (opts.prometheus) {
        process.stdout.write(prometheusText(rows, note));
        return;
      }
      print(globals(), rows, (rs) =>
        table(
          ['HASH', 'NAME', 'ROLE', 'CALLS', 'ERRORS', 'TOTAL MS', 'MAX MS', 'LAST CALLED'],
          rs.map((r) => [
            short(r.hash),
            r.name ?? '',
            r.role,
            String(r.calls),
            String(r.errors),
            r.totalMs.toFixed(1),
            r.maxMs.toFixed(1),
            when(r.lastCalledAt),
          ]),
        ),
      );
    }),
  );

program
  .command('prune')
  .description(
    'remove functions not called for a while (yours, or all for a superuser). "Unused" comes from the engine\'s call ' +
      'counters on plv8-compat; on upstream PL/v8 from the calls pg-wormhole apps report (about once a minute), so calls ' +
      'made with raw SQL (SELECT wormhole.call(...)) are not seen there. See the README',
  )
  .requiredOption('--unused-for <duration>', 'e.g. 30d, 12h, 2w')
  .option('--dry-run', 'list what would be removed, remove nothing')
  .action((opts: { unusedFor: string; dryRun?: boolean }) => {
    let interval: string;
    try {
      interval = parseDuration(opts.unusedFor);
    } catch (error) {
      throw new CliError(`--unused-for: ${(error as Error).message}`, EXIT.USAGE);
    }
    return withClient(async (client) => {
      const { rows } = await client.query('SELECT * FROM wormhole.prune($1::interval, $2)', [interval, !!opts.dryRun]);
      const note = await reportedUseNote(client);
      if (note !== undefined) process.stderr.write(`wormhole: ${note}\n`);
      const removed = rows.map((r) => ({
        hash: r.hash,
        name: r.name,
        installedBy: r.installed_by,
        lastUsedAt: r.last_used_at,
        removed: !opts.dryRun,
      }));
      print(globals(), removed, (rs) =>
        rs.length === 0
          ? `nothing unused for ${interval}`
          : `${opts.dryRun ? 'would remove' : 'removed'} ${rs.length} function${rs.length === 1 ? '' : 's'}:\n` +
            table(
              ['HASH', 'NAME', 'INSTALLED BY', 'LAST USED (AT MOST)'],
              rs.map((r) => [short(r.hash), r.name ?? '', r.installedBy, when(r.lastUsedAt)]),
            ),
      );
    });
  });

/** On upstream PL/v8 prune judged by reported use: say what that means (undefined where the engine counts calls). */
async function reportedUseNote(client: Client): Promise<string | undefined> {
  const { rows } = await client.query("SELECT (wormhole.engine()->>'call_stats')::boolean AS counters, wormhole.engine()->>'kind' AS kind");
  if (rows[0]?.counters !== false) return undefined;
  return (
    `${rows[0].kind} PL/v8 keeps no call counters: "unused" means no pg-wormhole app reported a call within the window ` +
    '(apps report about once a minute, and on close). Calls made with raw SQL (SELECT wormhole.call(...)) are not seen: ' +
    'such a caller gets NULL ("unknown function") for a pruned hash, while pg-wormhole re-sends the source on its next call.'
  );
}

program
  .command('policy')
  .description("the server's validation policy (wormhole.policy)")
  .action(() =>
    withClient(async (client) => {
      const row = (await client.query('SELECT * FROM wormhole.policy')).rows[0];
      print(globals(), row, (p) =>
        Object.entries(p)
          .filter(([k]) => k !== 'id')
          .map(
            ([k, v]) =>
              `${k.padEnd(24)}${v === null ? '(validator default)' : v instanceof Date ? when(v) : Array.isArray(v) ? v.join(', ') : String(v)}`,
          )
          .join('\n'),
      );
    }),
  );

program
  .command('doctor')
  .description('check the extension, language, engine, grants, preload, pooler and time zone')
  .action(() =>
    withClient(async (client) => {
      const port = (client as unknown as { port?: number }).port;
      const checks = await doctor(client, port, async () => {
        const other = new Client({ connectionString: globals().databaseUrl });
        other.on('error', () => undefined);
        await other.connect();
        return other;
      });
      print(globals(), checks, (cs) =>
        cs.map((c) => `${c.status === 'ok' ? 'ok  ' : c.status === 'warn' ? 'warn' : 'FAIL'}  ${c.check.padEnd(26)}${c.detail}`).join('\n'),
      );
      if (checks.some((c) => c.status === 'fail')) process.exitCode = EXIT.PROBLEMS;
    }, false),
  );

async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      process.exitCode = error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    const code = error instanceof CliError ? error.exitCode : EXIT.FAILED;
    if (globals().json) process.stdout.write(`${JSON.stringify({ error: (error as Error).message, exitCode: code })}\n`);
    // A server error's HINT says what to do (e.g. prune where the server keeps no call counters).
    const hint = (error as { hint?: unknown }).hint;
    process.stderr.write(`wormhole: ${(error as Error).message}\n${typeof hint === 'string' && hint !== '' ? `hint: ${hint}\n` : ''}`);
    process.exitCode = code;
  }
}

// deploy loads the app, which may keep connections or servers open: the CLI ends when it is done.
main(process.argv).then(() => process.exit(process.exitCode ?? 0));
