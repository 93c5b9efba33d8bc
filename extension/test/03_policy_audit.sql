-- policy: forbidden constructs are rejected with WH001; policy changes affect later installs and
-- re-check installed functions; limits are WH002; audit rows for installs, rejections and calls.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS wormhole CASCADE;
SELECT plan(16);

\ir lib/error_detail.sql

SELECT throws_ok($$SELECT wormhole.install('async (db) => plv8.execute(''SELECT 1'')')$$, 'WH001', NULL,
  'reaching plv8 is rejected at install');
SELECT throws_ok($$SELECT wormhole.install('async (db) => eval(''1'')')$$, 'WH001', NULL, 'eval is rejected');
SELECT throws_ok($$SELECT wormhole.install('async (db) => (() => 0).constructor(''return 1'')()')$$, 'WH001', NULL,
  'the Function constructor escape is rejected');
SELECT throws_ok($$SELECT wormhole.install('async (db) => { await 1; }; 1 + 1')$$, 'WH001', NULL, 'only one function may be sent');
SELECT is(pg_temp.error_detail($$SELECT wormhole.install('async (db) => globalThis')$$) #>> '{diagnostics,0,line}', '1',
  'the WH001 DETAIL lists the diagnostics with positions');
SELECT is((SELECT count(*)::int FROM wormhole.functions), 0, 'nothing rejected was stored');

SELECT wormhole.install('async (db, x) => Math.max(x, 1)', 'uses_math') AS uses_math \gset
SELECT is(wormhole.call(:'uses_math'::text, '[5]'), '5', 'Math is allowed by default');
SELECT is((SELECT count(*)::int FROM wormhole.audit WHERE action = 'reject'), 5,
  'rejections raised errors, yet are audited with the next successful install');

SELECT is(wormhole.set_policy(allowed_globals => ARRAY['Object', 'Array', 'JSON']), 2, 'set_policy bumps the version');
SELECT throws_ok($$SELECT wormhole.install('async (db, x) => Math.min(x, 1)')$$, 'WH001', NULL,
  'a later install is checked against the new policy');
SELECT throws_ok(format('SELECT wormhole.call(%L, %L)', :'uses_math'::text, '[5]'), 'WH001', NULL,
  'an installed function is re-checked on its next call after a policy change');
SELECT is(wormhole.call(wormhole.install('async (db, x) => JSON.stringify([x])'), '[3]'), '"[3]"', 'allowed globals still work');

SELECT wormhole.set_policy(max_source_length => 40);
SELECT throws_ok($$SELECT wormhole.install('async (db) => { return "this source is longer than forty chars"; }')$$, 'WH002', NULL,
  'a source over max_source_length is WH002');
SELECT wormhole.set_policy(max_source_length => 100000, max_functions_per_role => 2);
SELECT throws_ok($$SELECT wormhole.install('async (db) => 3')$$, 'WH002', NULL, 'max_functions_per_role is WH002');

SELECT wormhole.set_policy(max_functions_per_role => 100, audit_calls => true);
SELECT wormhole.install('async (db) => 7', 'seven') AS seven \gset
SELECT wormhole.call(:'seven'::text, '[]'), wormhole.call(:'seven'::text, '[]');
SELECT is((SELECT count(*)::int FROM wormhole.audit WHERE action = 'call'), 0,
  'with audit_calls, a call still writes no row (its audit line goes to the server log: test/audit-log.test.ts)');
SELECT is((SELECT count(*)::int FROM wormhole.audit WHERE action = 'policy'), 4, 'every policy change is audited');

SELECT * FROM finish();
ROLLBACK;
