/** Engine settings are superuser-only (PGC_SUSET): SET, set_config, PGOPTIONS, ALTER ROLE, ALTER DATABASE. */
import { PERMISSION_DENIED } from '../support/expectations';
import type { Case } from '../support/harness';
import { sqlCase, fnCase, doJs } from './helpers';

const SETTINGS: Array<[string, string]> = [
  ['plv8.v8_flags', '--abort-on-uncaught-exception'],
  ['plv8.v8_flags', '--max-old-space-size=1200'],
  ['plv8.v8_flags', '--allow-natives-syntax'],
  ['plv8.memory_limit', '3000'],
  ['plv8.start_proc', 'public.su_start'],
];

// Undo a role or database default that was (wrongly) accepted, so it cannot reach later cases.
const RESET_DEFAULTS = 'ALTER ROLE mallory RESET ALL; ALTER DATABASE hostile RESET ALL';

export const cases: Case[] = [
  ...SETTINGS.map(([k, v]) => sqlCase(`SET ${k} = '${v}'`, `SET ${k} = '${v}'`, { code: PERMISSION_DENIED })),
  ...SETTINGS.map(([k, v]) => sqlCase(`set_config('${k}', '${v}')`, `SELECT set_config('${k}', '${v}', false)`, { code: PERMISSION_DENIED })),
  {
    name: 'SET LOCAL plv8.v8_flags inside a transaction',
    steps: [
      { sql: 'BEGIN', expect: { ok: true } },
      { sql: `SET LOCAL plv8.v8_flags = '--abort-on-uncaught-exception'`, expect: { code: PERMISSION_DENIED } },
      { sql: 'ROLLBACK', expect: { ok: true } },
    ],
  },
  // A role or database default (ALTER ... SET): [case name, the ALTER's target, setting, value].
  ...(
    [
      ['ALTER ROLE self', 'ROLE mallory', 'plv8.v8_flags', '--abort-on-uncaught-exception'],
      ['ALTER ROLE self', 'ROLE mallory', 'plv8.memory_limit', '3000'],
      ['ALTER ROLE self', 'ROLE mallory', 'plv8.start_proc', 'public.su_start'],
      ['ALTER DATABASE', 'DATABASE hostile', 'plv8.v8_flags', '--abort-on-uncaught-exception'],
    ] as const
  ).map(([name, target, k, v]) =>
    sqlCase(`${name} SET ${k}`, `ALTER ${target} SET ${k} = '${v}'`, { code: PERMISSION_DENIED }, { cleanup: RESET_DEFAULTS }),
  ),
  // A connection-time setting the role may not make is refused at start-up: FATAL for that attempt only.
  ...[
    ['PGOPTIONS plv8.v8_flags', '-c plv8.v8_flags=--abort-on-uncaught-exception'],
    ['PGOPTIONS plv8.memory_limit', '-c plv8.memory_limit=3000'],
    ['PGOPTIONS plv8.start_proc', '-c plv8.start_proc=public.su_start'],
  ].map(([name, options]): Case => ({
    name,
    run: async (ctx) => {
      const { Client } = await import('pg');
      const { connectionConfig } = await import('../support/harness');
      const c = new Client(connectionConfig('mallory', options));
      const e: any = await c
        .connect()
        .then(() => c.query("SELECT current_setting('plv8.v8_flags', true) AS f"))
        .then(
          (r) => new Error(`connected with ${options}: ${JSON.stringify(r.rows)}`),
          (err) => err,
        );
      await c.end().catch(() => undefined);
      expect(e.code).toBe(PERMISSION_DENIED);
      // The refused attempt leaves the role able to connect normally.
      await ctx.step({ sql: 'SELECT 1', expect: { ok: true, value: 1 } });
    },
  })),
  // From inside code: a remote function's SQL and raw PL/v8 have the role's rights, no more.
  fnCase('remote function SETs plv8.v8_flags through db.query', `async (db) => db.query("SET plv8.v8_flags = '--abort-on-uncaught-exception'")`, {
    code: PERMISSION_DENIED,
  }),
  fnCase(
    'remote function set_config(plv8.memory_limit) through db.query',
    `async (db) => db.query("SELECT set_config('plv8.memory_limit', '3000', false)")`,
    { code: PERMISSION_DENIED },
  ),
  sqlCase('raw PL/v8 sets plv8.v8_flags through plv8.execute', doJs(`plv8.execute("SET plv8.v8_flags = '--abort-on-uncaught-exception'")`), {
    code: PERMISSION_DENIED,
  }),
  sqlCase('a reserved plv8.* name cannot be invented as a placeholder', `SET plv8.no_such_setting = 'x'`, { code: '42602' }),
  sqlCase('RESET ALL does not touch superuser settings', `RESET ALL; SELECT current_setting('plv8.memory_limit')`, { ok: true, value: '256MB' }),
];
