/** plv8.find_function and plv8.start_proc check EXECUTE as upstream PL/v8 does. */
import { PERMISSION_DENIED } from '../support/expectations';
import type { Case, Fails } from '../support/harness';
import { sqlCase, doJs } from './helpers';

/** find_function without EXECUTE hands out nothing (a WARNING and undefined, as upstream PL/v8), so
 * calling the result is a TypeError: the function never ran. */
const NOTHING_TO_CALL: Fails = { code: 'XX000', message: /is not a function/ };

export const cases: Case[] = [
  sqlCase('baseline: SELECT alice_only() is refused', 'SELECT alice_only()', { code: PERMISSION_DENIED }),
  sqlCase("find_function('alice_only')() without EXECUTE", doJs(`plv8.find_function('alice_only')();`), NOTHING_TO_CALL),
  sqlCase("find_function('public.alice_only()') by signature", doJs(`plv8.find_function('public.alice_only()')();`), NOTHING_TO_CALL),
  sqlCase(
    'find_function through a temp plv8 function',
    `CREATE FUNCTION pg_temp.ff() RETURNS text LANGUAGE plv8 AS $$ return plv8.find_function('alice_only')(); $$; SELECT pg_temp.ff()`,
    NOTHING_TO_CALL,
  ),
  sqlCase(
    'find_function of a function with EXECUTE revoked even when only looked up',
    doJs(`var f = plv8.find_function('public.su_start'); f();`),
    NOTHING_TO_CALL,
  ),
  sqlCase(
    'alice herself may use find_function on her function',
    `CREATE FUNCTION pg_temp.af() RETURNS text LANGUAGE plv8 AS $$ return plv8.find_function('alice_only')(); $$; SELECT pg_temp.af()`,
    { ok: true, value: 'alice-only-result' },
    { role: 'alice' },
  ),
  sqlCase(
    'start_proc set by the DBA to a function the role may not execute is refused',
    doJs(`plv8.elog(NOTICE, 'x');`),
    { code: PERMISSION_DENIED },
    { role: 'mallory_sp' },
  ),
  {
    name: "start_proc refused: the function did not run in the role's context",
    role: 'mallory_sp',
    steps: [
      { sql: doJs(`1`), expect: { code: PERMISSION_DENIED } },
      {
        sql: `CREATE FUNCTION pg_temp.s() RETURNS boolean LANGUAGE plv8 AS $$ return globalThis.__su_started === true; $$; SELECT pg_temp.s()`,
        expect: { code: PERMISSION_DENIED },
      },
    ],
  },
  sqlCase('a remote function cannot call find_function (validator)', `SELECT wormhole.install($$(db) => plv8.find_function('alice_only')()$$)`, {
    code: 'WH001',
  }),
];
