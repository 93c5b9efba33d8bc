-- Call statistics in memory: plv8.record_call(key, ok, elapsed_ms) in private contexts only,
-- plv8_call_stats() / plv8_call_stats_reset(context) / plv8_call_stats_dropped(), no EXECUTE for
-- PUBLIC. Counters live outside the database (shared memory on this cluster, which preloads
-- plv8), so this test uses its own context name and resets only that context.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'plv8.record_call and plv8_call_stats() are plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
SELECT plan(28);

CREATE ROLE cs_role_a NOLOGIN;
CREATE ROLE cs_role_b NOLOGIN;
-- Outcomes under SET ROLE: test_try(k, q) / test_obs(k).
\ir lib/outcome.sql
CREATE FUNCTION cs_row(k text, r oid) RETURNS text LANGUAGE sql AS $$
  SELECT calls || '/' || errors || '/' || total_ms || '/' || max_ms FROM plv8_call_stats()
   WHERE context = 'cs-test' AND key = k AND role = r $$;

SELECT plv8_call_stats_reset('cs-test');

-- The runtime side: record one call; and a probe that passes raw arguments and reports the error.
CREATE FUNCTION cs_rec(k text, ok bool, ms float8) RETURNS text LANGUAGE plv8 AS $$// plv8:context cs-test
plv8.record_call(k, ok, ms); return 'recorded'; $$;
CREATE FUNCTION cs_bad(args_js text) RETURNS text LANGUAGE plv8 AS $$// plv8:context cs-test
const args = eval(args_js);
try { plv8.record_call(...args); return 'accepted'; } catch (e) { return e.name + ': ' + e.message; } $$;
CREATE FUNCTION cs_ord_probe() RETURNS text LANGUAGE plv8 AS $$ return typeof plv8.record_call; $$;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC;

-- 1. Counters add up.
SELECT cs_rec('k1', true, 1.5), cs_rec('k1', false, 4), cs_rec('k1', true, 0.5), cs_rec('k2', true, 2);
SELECT is(cs_row('k1', current_user::regrole), '3/1/6/4', 'calls, errors, total_ms and max_ms add up per key');
SELECT is(cs_row('k2', current_user::regrole), '1/0/2/2', 'another key has its own counters');
SELECT ok((SELECT last_called_at BETWEEN transaction_timestamp() AND clock_timestamp() FROM plv8_call_stats()
            WHERE context = 'cs-test' AND key = 'k1'), 'last_called_at is the time of the last call');
SELECT is((SELECT count(*) FROM plv8_call_stats() WHERE context = 'cs-test')::int, 2, 'one row per (context, key, role)');

-- 2. Nothing transactional: a rolled-back call still counts, and read-only transactions work.
SAVEPOINT sp;
SELECT cs_rec('k2', true, 1);
ROLLBACK TO SAVEPOINT sp;
SELECT is(cs_row('k2', current_user::regrole), '2/0/3/2', 'a call rolled back with its subtransaction is still counted (no rows written)');
-- (pgTAP records results in tables, so the read-only part keeps its outcome in psql variables.)
SAVEPOINT ro;
SET LOCAL transaction_read_only = on;
SELECT current_setting('transaction_read_only') AS ro_flag, cs_rec('k2', true, 1) AS ro_result \gset
ROLLBACK TO SAVEPOINT ro;
SELECT is(:'ro_flag' || ' ' || :'ro_result', 'on recorded', 'record_call works in a read-only transaction');
SELECT is(cs_row('k2', current_user::regrole), '3/0/4/2', 'and is counted');

-- 3. Keyed per role: the current user (GetUserId()) at the time of the call.
SET LOCAL ROLE cs_role_a;
SELECT test_try('a1', $$SELECT cs_rec('k1', true, 10)$$);
SELECT test_try('a2', $$SELECT cs_rec('k1', false, 20)$$);
RESET ROLE;
SET LOCAL ROLE cs_role_b;
SELECT test_try('b1', $$SELECT cs_rec('k1', true, 5)$$);
RESET ROLE;
SELECT is(test_obs('a1') || test_obs('b1'), 'recordedrecorded', 'other roles record through the private function');
SELECT is(cs_row('k1', 'cs_role_a'::regrole), '2/1/30/20', 'role A has its own row');
SELECT is(cs_row('k1', 'cs_role_b'::regrole), '1/0/5/5', 'role B has its own row');
SELECT is(cs_row('k1', current_user::regrole), '3/1/6/4', 'the test owner''s row is unchanged');

-- 4. Bad arguments are TypeErrors and count nothing.
SELECT alike(cs_bad('[42, true, 1]'), 'TypeError: plv8.record_call(key, ok, elapsed_ms) needs%', 'a non-string key');
SELECT alike(cs_bad($$[{ toString() { return 'k1' } }, true, 1]$$), 'TypeError:%', 'an object key (never converted)');
SELECT alike(cs_bad($$['', true, 1]$$), 'TypeError: plv8.record_call: key must be a non-empty string%', 'an empty key');
SELECT alike(cs_bad($$['é'.repeat(65), true, 1]$$), 'TypeError: plv8.record_call: key must be a non-empty string of at most 128 bytes%',
  'a key of 130 UTF-8 bytes (65 characters)');
SELECT is(cs_bad($$['é'.repeat(64), true, 1]$$), 'accepted', 'a key of exactly 128 UTF-8 bytes is accepted');
SELECT alike(cs_bad($$['k1', 'true', 1]$$), 'TypeError:%', 'ok must be a boolean, not a string');
SELECT alike(cs_bad($$['k1', 1, 1]$$), 'TypeError:%', 'ok must be a boolean, not a number');
SELECT alike(cs_bad($$['k1', true, -1]$$), 'TypeError: plv8.record_call: elapsed_ms must be a finite number >= 0', 'a negative time');
SELECT is(cs_bad($$['k1', true, NaN]$$) || ' | ' || cs_bad($$['k1', true, Infinity]$$) || ' | ' || cs_bad($$['k1', true, '5']$$),
  'TypeError: plv8.record_call: elapsed_ms must be a finite number >= 0 | TypeError: plv8.record_call: elapsed_ms must be a finite number >= 0 | '
  || 'TypeError: plv8.record_call(key, ok, elapsed_ms) needs a non-empty string key of at most 128 bytes, a boolean and a finite number of milliseconds >= 0',
  'NaN, Infinity and a numeric string are refused');
SELECT alike(cs_bad($$['k1', true]$$), 'TypeError:%', 'a missing argument');
SELECT is(cs_row('k1', current_user::regrole), '3/1/6/4', 'refused calls counted nothing');

-- 5. Only in private contexts.
SELECT is(cs_ord_probe(), 'undefined', 'no plv8.record_call in the role''s ordinary context');
DO $$ plv8.execute('INSERT INTO test_obs VALUES ($1, $2)', ['do_probe', typeof plv8.record_call]); $$ LANGUAGE plv8;
SELECT is(test_obs('do_probe'), 'undefined', 'nor in a DO block');
CREATE FUNCTION cs_fake() RETURNS text LANGUAGE plv8 AS $$// plv8:context cs-test
return typeof plv8.record_call; $$;
ALTER FUNCTION cs_fake() OWNER TO cs_role_a;
SELECT is(cs_fake(), 'undefined', 'nor in a function with the pragma that a non-superuser owns');

-- 6. Reset of one context.
SELECT plv8_call_stats_reset('cs-test');
SELECT is((SELECT count(*) FROM plv8_call_stats() WHERE context = 'cs-test')::int, 0, 'plv8_call_stats_reset(context) empties that context');

-- 7. No EXECUTE for PUBLIC.
SELECT is(has_function_privilege('cs_role_a', 'plv8_call_stats()', 'EXECUTE')
          OR has_function_privilege('cs_role_a', 'plv8_call_stats_reset(text)', 'EXECUTE')
          OR has_function_privilege('cs_role_a', 'plv8_call_stats_dropped()', 'EXECUTE'), false,
          'an ordinary role may not execute the statistics functions');
SET LOCAL ROLE cs_role_a;
SELECT test_try('a_read', $$SELECT count(*)::text FROM plv8_call_stats()$$);
SELECT test_try('a_reset', $$SELECT plv8_call_stats_reset()$$);
RESET ROLE;
SELECT is(test_obs('a_read') || ' | ' || test_obs('a_reset'),
  '42501 permission denied for function plv8_call_stats | 42501 permission denied for function plv8_call_stats_reset',
  'reading or resetting as an ordinary role: 42501');

SELECT * FROM finish();
ROLLBACK;
\endif
