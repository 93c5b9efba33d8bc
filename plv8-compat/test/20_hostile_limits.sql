-- Hostile limits: JavaScript from any role must not crash the backend (a signal death restarts the
-- whole cluster), stall it past statement_timeout/cancel/terminate, or change engine settings.
-- Every outcome is an ERROR with a fixed SQLSTATE (or FATAL for that one backend), and the
-- session stays usable. See plv8-compat/README.md, "Limits".
DROP ROLE IF EXISTS plv8_hostile_limits_user;
CREATE ROLE plv8_hostile_limits_user LOGIN;
CREATE EXTENSION IF NOT EXISTS plv8;  -- committed: the dblink sessions below need it too
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dblink;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'the limits on hostile JavaScript (interrupts, flag allow-list, size guards, OOM handling) are plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
SELECT no_plan();

-- 'SQLSTATE|seconds' of a statement (query_canceled included: lib/outcome.sql).
\ir lib/outcome.sql
CREATE FUNCTION hl_try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp(); st text;
BEGIN
  SELECT code INTO st FROM test_error(q);
  RETURN coalesce(st, 'no error') || '|' || extract(epoch FROM clock_timestamp() - t0);
END $$;
CREATE FUNCTION hl_state(q text) RETURNS text LANGUAGE sql AS $$ SELECT split_part(hl_try(q), '|', 1) $$;
CREATE FUNCTION hl_seconds(outcome text) RETURNS float8 LANGUAGE sql AS $$ SELECT split_part(outcome, '|', 2)::float8 $$;

CREATE FUNCTION hl_add(a int, b int) RETURNS int LANGUAGE plv8 AS $$ return a + b; $$;

---------------------------------------------------------------------------------------------
-- 1. Engine settings: superuser-only, and plv8.v8_flags only takes its allow-list.
SELECT is((SELECT string_agg(name || '=' || context, ',' ORDER BY name) FROM pg_settings
           WHERE name IN ('plv8.v8_flags', 'plv8.memory_limit', 'plv8.start_proc')),
          'plv8.memory_limit=superuser,plv8.start_proc=superuser,plv8.v8_flags=superuser',
          'plv8.v8_flags, plv8.memory_limit and plv8.start_proc are superuser-only (PGC_SUSET)');
SELECT throws_ok($$SET plv8.v8_flags = '--abort-on-uncaught-exception'$$, '22023',
                 'V8 flag "--abort-on-uncaught-exception" is not allowed in plv8.v8_flags',
                 'a flag that aborts the process is refused, even for a superuser');
SELECT throws_ok($$SET plv8.v8_flags = '--no-opt --max-old-space-size=1200'$$, '22023',
                 'V8 flag "--max-old-space-size=1200" is not allowed in plv8.v8_flags',
                 'a flag that lifts the heap limit is refused (plv8.memory_limit is the only heap setting)');
SELECT throws_ok($$SET plv8.v8_flags = '--allow-natives-syntax'$$, '22023', NULL,
                 'a flag that exposes V8 internals is refused');
SELECT throws_ok($$SET plv8.v8_flags = '--hard-abort'$$, '22023', NULL,
                 'the engine''s --no-hard-abort cannot be turned back');
SELECT lives_ok($$SET LOCAL plv8.v8_flags = '--no-opt  --expose_gc'$$,
                'allowed flags are accepted (any spacing; _ and - alike)');
RESET plv8.v8_flags;

SET LOCAL ROLE plv8_hostile_limits_user;
SELECT throws_ok($$SET plv8.v8_flags = '--no-opt'$$, '42501', NULL, 'a plain role cannot SET plv8.v8_flags');
SELECT throws_ok($$SET plv8.memory_limit = 1200$$, '42501', NULL, 'a plain role cannot SET plv8.memory_limit');
SELECT throws_ok($$SET plv8.start_proc = 'hl_add'$$, '42501', NULL, 'a plain role cannot SET plv8.start_proc');
SELECT throws_ok($$ALTER ROLE plv8_hostile_limits_user SET plv8.v8_flags = '--no-opt'$$, '42501', NULL,
                 'a plain role cannot ALTER ROLE itself SET plv8.v8_flags');
SELECT throws_ok($$ALTER ROLE plv8_hostile_limits_user SET plv8.memory_limit = 1200$$, '42501', NULL,
                 'a plain role cannot ALTER ROLE itself SET plv8.memory_limit');
RESET ROLE;

-- PGOPTIONS / connection options of a plain role: the connection is refused.
CREATE FUNCTION hl_connect_as_user(opts text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE msg text; det text;
BEGIN
  PERFORM dblink_connect('hl_opts', format('host=127.0.0.1 port=%s dbname=%s user=plv8_hostile_limits_user options=%s',
                                           current_setting('port'), current_database(), quote_literal(opts)));
  PERFORM dblink_disconnect('hl_opts');
  RETURN 'connected';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
  RETURN msg || ' ' || coalesce(det, '');
END $$;
SELECT matches(hl_connect_as_user('-c plv8.v8_flags=--no-opt'), 'permission denied to set parameter "plv8.v8_flags"',
               'a plain role cannot pass plv8.v8_flags in its connection options (PGOPTIONS)');
SELECT matches(hl_connect_as_user('-c plv8.memory_limit=1200'), 'permission denied to set parameter "plv8.memory_limit"',
               'a plain role cannot pass plv8.memory_limit in its connection options (PGOPTIONS)');
SELECT is(hl_connect_as_user(''), 'connected', 'the same role connects without those options');

---------------------------------------------------------------------------------------------
-- 2. Sizes that made V8 abort the process, or ran native loops for tens of seconds.
SELECT is(hl_state($$DO $d$ let a = [1]; for (;;) a = a.concat(a); $d$ LANGUAGE plv8$$), '53200',
          'doubling concat hits plv8.memory_limit (ERROR, backend survives)');
SELECT throws_ok($$DO $d$ '1'.repeat(0x7ffffff).split('').length $d$ LANGUAGE plv8$$, '54000',
                 'Invalid array length: String.prototype.split would return more than 100000000 parts',
                 'split beyond V8''s largest array is a RangeError (54000), not "Fatal JavaScript invalid size error"');
SELECT is(hl_state($$DO $d$ new Array(2 ** 27).fill(0) $d$ LANGUAGE plv8$$), '53200',
          'new Array(2 ** 27).fill(0) stops at once with the plv8.memory_limit error');
SELECT is(hl_state($$DO $d$ Array.prototype.fill.call({ length: 2 ** 40 }, 0) $d$ LANGUAGE plv8$$), '53200',
          'fill of a huge array-like stops with the plv8.memory_limit error');
SELECT is(hl_state($$DO $d$ [].concat({ length: 2 ** 32 - 1, [Symbol.isConcatSpreadable]: true }) $d$ LANGUAGE plv8$$),
          '53200', 'concat of a huge spreadable array-like stops with the plv8.memory_limit error');
SELECT is(hl_state($$DO $d$ try { new Array(2 ** 27).fill(0) } catch (e) {} $d$ LANGUAGE plv8$$), '53200',
          'the memory-limit stop cannot be caught by JS');
CREATE FUNCTION hl_builtins() RETURNS text LANGUAGE plv8 AS $$
  return ['a,b,,c'.split(',').length, 'abc'.split('').join('-'), 'abc'.split('', 2).join(), [1, 2, 3].fill(9, 1),
          [1].concat([2], 3, { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true }).join(),
          JSON.parse('{"a":[1,{"b":2}]}', (k, v) => typeof v === 'number' ? v * 2 : v).a[1].b,
          String(JSON.parse), JSON.parse.length, String.prototype.split.name, Array.prototype.fill.length].join('|');
$$;
SELECT is(hl_builtins(), '4|a-b-c|a,b|1,9,9|1,2,3,a,b|4|function parse() { [native code] }|2|split|1',
          'the guarded built-ins behave (and print) as the originals for ordinary input');
SELECT throws_ok($$DO $d$ String.prototype.split.call(null, ',') $d$ LANGUAGE plv8$$, 'XX000',
                 'TypeError: String.prototype.split called on null or undefined',
                 'the split guard keeps the built-in''s TypeError for a null receiver');
SELECT is(hl_add(1, 2), 3, 'the backend is usable after the size errors');

-- One native operation past every headroom: V8's out-of-memory path ends only that backend with
-- FATAL (53200). A signal death would restart the cluster and end this session too.
\ir lib/other_backend.sql
DO $$
BEGIN
  PERFORM test_connect('hl_oom');
  PERFORM dblink_exec('hl_oom', 'SET plv8.memory_limit = 3072');
END $$;
SELECT matches(test_remote_failure('hl_oom', $q$DO $d$ '1'.repeat(0x7ffffff).split(/(?:)/).length $d$ LANGUAGE plv8$q$),
               'FATAL: +plv8: JavaScript ran out of heap memory, so this server process ends',
               'an array past V8''s size limit under a 3 GB memory limit ends that backend with FATAL');
DO $$ BEGIN PERFORM dblink_disconnect('hl_oom'); END $$;
SELECT is(test_session_survived(), 1, 'this session was not touched (no crash restart of the cluster)');

---------------------------------------------------------------------------------------------
-- 3. User code the engine runs while converting results or describing exceptions is under the
--    watchdog: statement_timeout stops it within ~100 ms of the timeout.
CREATE FUNCTION hl_bomb_json() RETURNS json LANGUAGE plv8 AS $$
  const bomb = { get message() { for (;;) {} } };
  return { get a() { throw bomb; } };
$$;
CREATE FUNCTION hl_tojson_jsonb() RETURNS jsonb LANGUAGE plv8 AS $$ return { toJSON() { for (;;) {} } }; $$;
CREATE FUNCTION hl_element_int() RETURNS int[] LANGUAGE plv8 AS $$
  const a = [1]; Object.defineProperty(a, 1, { get() { for (;;) {} }, enumerable: true }); return a;
$$;
CREATE FUNCTION hl_tostring_text() RETURNS text LANGUAGE plv8 AS $$ return { toString() { for (;;) {} } }; $$;
CREATE FUNCTION hl_getter_row(OUT a int, OUT b int) LANGUAGE plv8 AS $$ return { a: 1, get b() { for (;;) {} } }; $$;
CREATE FUNCTION hl_context_getter() RETURNS int LANGUAGE plv8 AS $$
  throw { message: 'x', get context() { for (;;) {} } };
$$;
CREATE FUNCTION hl_proxy_throw() RETURNS int LANGUAGE plv8 AS $$
  throw new Proxy({}, { get() { for (;;) {} }, has() { for (;;) {} } });
$$;
CREATE TEMP TABLE hl_outcomes(name text, outcome text);
SET LOCAL statement_timeout = '1s';
INSERT INTO hl_outcomes VALUES ('do', hl_try($$DO $d$ throw { get message() { for (;;) {} } } $d$ LANGUAGE plv8$$));
INSERT INTO hl_outcomes VALUES ('json', hl_try('SELECT hl_bomb_json()'));
INSERT INTO hl_outcomes VALUES ('tojson', hl_try('SELECT hl_tojson_jsonb()'));
INSERT INTO hl_outcomes VALUES ('element', hl_try('SELECT hl_element_int()'));
INSERT INTO hl_outcomes VALUES ('tostring', hl_try('SELECT hl_tostring_text()'));
INSERT INTO hl_outcomes VALUES ('row', hl_try('SELECT * FROM hl_getter_row()'));
INSERT INTO hl_outcomes VALUES ('context', hl_try('SELECT hl_context_getter()'));
INSERT INTO hl_outcomes VALUES ('proxy', hl_try('SELECT hl_proxy_throw()'));
SET LOCAL statement_timeout = 0;
SELECT is(split_part(outcome, '|', 1), '57014', name || ': statement_timeout stops it (57014)') FROM hl_outcomes ORDER BY name;
SELECT cmp_ok(hl_seconds(outcome), '<', 1.5::float8, name || ': within 0.5 s of the 1 s timeout') FROM hl_outcomes ORDER BY name;
SELECT is(hl_add(2, 3), 5, 'the backend is usable after the timeouts');

-- pg_cancel_backend and pg_terminate_backend reach JS that describes a thrown exception.
DO $$
BEGIN
  PERFORM test_connect('hl_victim');
  PERFORM dblink_exec('hl_victim', format('SET application_name = %L', 'hl_cancel_' || pg_backend_pid()));
  PERFORM dblink_send_query('hl_victim', $q$DO $d$ throw { get message() { for (;;) {} } } $d$ LANGUAGE plv8$q$);
END $$;
SELECT ok(pg_cancel_backend(test_pid_with_app('hl_cancel_' || pg_backend_pid(), true)), 'cancel sent');
SELECT matches(test_async_error('hl_victim', 100), 'canceling statement due to user request',
               'pg_cancel_backend stops a message getter that loops');
DO $$
BEGIN
  PERFORM dblink_exec('hl_victim', format('SET application_name = %L', 'hl_term_' || pg_backend_pid()));
  PERFORM dblink_send_query('hl_victim', $q$DO $d$ throw { get name() { for (;;) {} }, get message() { for (;;) {} } } $d$ LANGUAGE plv8$q$);
END $$;
SELECT ok(pg_terminate_backend(test_pid_with_app('hl_term_' || pg_backend_pid(), true), 5000),
          'pg_terminate_backend ends a backend looping in a getter of a thrown object');
DO $$ BEGIN PERFORM dblink_disconnect('hl_victim'); END $$;

---------------------------------------------------------------------------------------------
-- 4. JSON nesting: at most 1000 levels through JSON.parse and json/jsonb in both directions.
SELECT is(hl_state($$DO $d$ JSON.parse('[0,'.repeat(2e7) + '0]') $d$ LANGUAGE plv8$$), '54001',
          'JSON.parse of 2e7 nested arrays fails with 54001 (statement_too_complex)');
SELECT cmp_ok(hl_seconds(hl_try($$DO $d$ JSON.parse('[0,'.repeat(2e7) + '0]') $d$ LANGUAGE plv8$$)), '<', 3::float8,
              '... and fails fast (it ran 210 s and 2.4 GB before)');
SELECT throws_ok($$DO $d$ JSON.parse('['.repeat(1001) + ']'.repeat(1001)) $d$ LANGUAGE plv8$$, '54001',
                 'JSON.parse: JSON nesting is deeper than 1000 levels, plv8''s limit',
                 'JSON.parse names the nesting limit');
CREATE FUNCTION hl_parse_depth(n int) RETURNS int LANGUAGE plv8 AS $$
  let v = JSON.parse('['.repeat(n) + ']'.repeat(n)), d = 0;
  while (Array.isArray(v)) { d++; v = v[0]; }
  return d;
$$;
SELECT is(hl_parse_depth(1000), 1000, 'JSON.parse accepts exactly 1000 levels');
CREATE FUNCTION hl_brackets_in_strings() RETURNS int LANGUAGE plv8 AS $$
  return JSON.parse('["' + '['.repeat(5000) + '\\"{"]')[0].length;
$$;
SELECT is(hl_brackets_in_strings(), 5002, 'brackets inside JSON strings do not count as nesting');
CREATE FUNCTION hl_jsonb_arg(j jsonb) RETURNS int LANGUAGE plv8 AS $$ return 1; $$;
CREATE FUNCTION hl_json_arg(j json) RETURNS int LANGUAGE plv8 AS $$ return 1; $$;
SELECT is(hl_jsonb_arg((repeat('[', 1000) || repeat(']', 1000))::jsonb), 1, 'a jsonb argument of 1000 levels converts');
SELECT throws_ok($$SELECT hl_jsonb_arg((repeat('[', 1001) || repeat(']', 1001))::jsonb)$$, '54001',
                 'jsonb value: JSON nesting is deeper than 1000 levels, plv8''s limit',
                 'a deeper jsonb argument fails with 54001');
SELECT throws_ok($$SELECT hl_json_arg((repeat('{"a":', 1001) || '1' || repeat('}', 1001))::json)$$, '54001',
                 'json value: JSON nesting is deeper than 1000 levels, plv8''s limit',
                 'a deeper json argument fails with 54001');
CREATE FUNCTION hl_deep_jsonb(n int) RETURNS jsonb LANGUAGE plv8 AS $$
  let v = 0; for (let i = 0; i < n; i++) v = [v]; return v;
$$;
CREATE FUNCTION hl_deep_json(n int) RETURNS json LANGUAGE plv8 AS $$
  let v = 0; for (let i = 0; i < n; i++) v = { a: v }; return v;
$$;
SELECT is(jsonb_typeof(hl_deep_jsonb(1000)), 'array', 'a jsonb result of 1000 levels converts');
SELECT throws_ok('SELECT hl_deep_jsonb(1001)', '54001', 'jsonb value: JSON nesting is deeper than 1000 levels, plv8''s limit',
                 'a deeper jsonb result fails with 54001');
SELECT throws_ok('SELECT hl_deep_json(1001)', '54001', 'json value: JSON nesting is deeper than 1000 levels, plv8''s limit',
                 'a deeper json result fails with 54001');
SELECT is(hl_state('SELECT hl_deep_jsonb(100000)'), 'XX000',
          'a JS object too deep for JSON.stringify is a RangeError (stack), not a crash');
SELECT is(hl_add(3, 4), 7, 'the backend is usable at the end');

-- Array.prototype methods refuse to walk more indexes than any dense array has: the native loop
-- over an array-like or a sparse array could not be interrupted by timeout, cancel or terminate.
SELECT throws_ok($$DO $x$ Array.prototype.includes.call({ length: 2 ** 40 }, 1) $x$ LANGUAGE plv8$$, '54000',
  NULL, 'includes over an array-like of length 2^40 is refused at once');
SELECT throws_ok($$DO $x$ const a = []; a.length = 2 ** 32 - 1; a.indexOf(1) $x$ LANGUAGE plv8$$, '54000',
  NULL, 'indexOf over a sparse array of length 2^32-1 is refused at once');
SELECT throws_ok($$DO $x$ [].forEach.call({ length: 2 ** 40 }, function () {}) $x$ LANGUAGE plv8$$, '54000',
  NULL, 'forEach over a huge array-like is refused too');
DO $$
  var a = [3, 1, 2];
  var got = JSON.stringify([a.includes(1), a.indexOf(2), a.map(function (x) { return x * 2; }).join('-'),
    a.slice().sort().join(), Array.prototype.map.call({ length: 2, 0: 'a', 1: 'b' }, function (x) { return x + x; }).join(),
    Array.prototype.forEach.length, Array.prototype.map.name]);
  if (got !== '[true,2,"6-2-4","1,2,3","aa,bb",1,"map"]') throw new Error('guarded methods changed behaviour: ' + got);
$$ LANGUAGE plv8;
SELECT pass('ordinary arrays and array-likes behave as before behind the guards');

-- With the ArrayBuffer budget spent, a small typed array's .buffer (V8 moves its bytes out of the
-- heap then, and would treat a refusal as fatal: the backend ended with FATAL) still works, and
-- larger buffers are still refused with a catchable RangeError.
SELECT is(hl_state($$DO $x$
  const kept = [];
  for (let size = 64 << 20; size >= 128; ) {
    try { kept.push(new ArrayBuffer(size)); } catch (e) { size = Math.floor(size / 2); }
  }
  const small = new Uint8Array(8);
  if (small.buffer.byteLength !== 8 || new DataView(new Float64Array(8).buffer).byteLength !== 64)
    throw new Error('small buffers wrong');
  let refused = false;
  try { new ArrayBuffer(1024); } catch (e) { refused = e instanceof RangeError; }
  if (!refused) throw new Error('the budget no longer holds');
$x$ LANGUAGE plv8$$), 'no error',
  'a small typed array''s .buffer with the ArrayBuffer budget spent: no FATAL, larger buffers still a RangeError');
SELECT is(hl_add(1, 2), 3, 'the session goes on');

SELECT * FROM finish();
ROLLBACK;
DROP ROLE IF EXISTS plv8_hostile_limits_user;
\endif
