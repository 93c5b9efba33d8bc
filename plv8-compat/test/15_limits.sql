-- Resource limits: statement_timeout and pg_cancel_backend stop busy JS; plv8.memory_limit turns
-- an allocation bomb into an ERROR the backend survives; runaway recursion is a clean error.
-- The heap limit is taken when the backend's V8 isolate is created, so set it before any
-- plv8 code runs in this session.
SET plv8.memory_limit = 64;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dblink;
\set only_ours 'statement_timeout, cancel and the memory and size limits that stop running JavaScript are plv8-compat''s (upstream cannot interrupt an endless loop)'
\ir lib/only_ours.sql
\if :ours
SELECT plan(32);

-- test_outcome(q): 'SQLSTATE|message' of a query's error, query_canceled included.
\ir lib/outcome.sql

---------------------------------------------------------------------------------------------
-- pg_cancel_backend from another backend (a dblink session). This runs before this transaction
-- creates plv8: the other session installs plv8 in its own transaction, which would otherwise
-- wait for ours.
\ir lib/other_backend.sql

DO $$
BEGIN
  PERFORM test_connect('lim_remote');
  PERFORM test_begin_plv8('lim_remote');
  PERFORM dblink_exec('lim_remote', $f$CREATE FUNCTION lim_remote_answer() RETURNS int LANGUAGE plv8 AS 'return 42'$f$);
  PERFORM dblink_exec('lim_remote', 'SAVEPOINT before_spin');
  PERFORM test_send_spin('lim_remote', 'plv8_spin_' || pg_backend_pid());
END $$;
SELECT ok(pg_cancel_backend(test_pid_with_app('plv8_spin_' || pg_backend_pid())),
          'the other backend reached its JS busy loop and was sent pg_cancel_backend');
SELECT matches(test_async_error('lim_remote', 200), 'canceling statement due to user request',
               'pg_cancel_backend stops a JS busy loop with "canceling statement due to user request"');
DO $$ BEGIN PERFORM dblink_exec('lim_remote', 'ROLLBACK TO SAVEPOINT before_spin'); END $$;
SELECT is((SELECT v FROM dblink('lim_remote', 'SELECT lim_remote_answer()') AS t(v int)), 42,
          'the cancelled backend is still alive and runs plv8 afterwards');
DO $$ BEGIN PERFORM dblink_exec('lim_remote', 'ROLLBACK'); PERFORM dblink_disconnect('lim_remote'); END $$;

-- pg_terminate_backend ends a backend spinning in JS (a clean FATAL exit of that backend only).
DO $$
BEGIN
  PERFORM test_connect('lim_victim');
  PERFORM test_begin_plv8('lim_victim');
  PERFORM test_send_spin('lim_victim', 'plv8_victim_' || pg_backend_pid());
END $$;
SELECT ok(pg_terminate_backend(test_pid_with_app('plv8_victim_' || pg_backend_pid()), 10000),
          'pg_terminate_backend ends a backend busy in JS (it exits within the 10 s wait)');
DO $$ BEGIN PERFORM dblink_disconnect('lim_victim'); END $$;

-- A fill far beyond the limit is a native loop neither the heap limit nor a timeout interrupts;
-- the Array.prototype.fill guard (builtin_guards.cc) refuses it up front with the memory-limit
-- ERROR. (V8's OOM and fatal paths end only that backend with FATAL: 20_hostile_limits.sql.)
DO $$
BEGIN
  PERFORM test_connect('lim_oom');
  PERFORM dblink_exec('lim_oom', 'SET plv8.memory_limit = 64');
  PERFORM test_begin_plv8('lim_oom');
END $$;
SELECT matches(test_remote_failure('lim_oom', $q$DO $d$ new Array(5e7).fill(1); $d$ LANGUAGE plv8$q$),
               '^ERROR: +Out of memory error',
               'a fill needing far more than plv8.memory_limit ends in the memory-limit ERROR (PL/v8''s words) at once');
DO $$ BEGIN PERFORM dblink_disconnect('lim_oom'); END $$;
SELECT is(test_session_survived(), 1, 'this session was not touched (no crash restart of the cluster)');

---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS plv8;
CREATE FUNCTION lim_add(a int, b int) RETURNS int LANGUAGE plv8 AS $$ return a + b; $$;
CREATE FUNCTION lim_spin() RETURNS int LANGUAGE plv8 AS $$ while (true) {} $$;
CREATE FUNCTION lim_spin_nested() RETURNS int LANGUAGE plv8 AS $$ return plv8.execute('SELECT lim_spin() AS r')[0].r; $$;
CREATE FUNCTION lim_spin_catching() RETURNS int LANGUAGE plv8 AS $$
  // Termination is not an exception JS can catch: the loop must still stop.
  for (;;) { try { while (true) {} } catch (e) { /* ignored */ } }
$$;
CREATE FUNCTION lim_busy_ms(ms int) RETURNS int LANGUAGE plv8 AS $$
  const end = Date.now() + ms; let n = 0;
  while (Date.now() < end) n++;
  return ms;
$$;

SET LOCAL statement_timeout = '300ms';
SELECT is(test_outcome('SELECT lim_spin()'), '57014|canceling statement due to statement timeout',
          'statement_timeout stops while(true){} with SQLSTATE 57014');
SET LOCAL statement_timeout = 0;
SELECT is(lim_add(20, 22), 42, 'the session runs JS normally after the timeout');
SELECT is(lim_busy_ms(200), 200, 'a later 200 ms JS computation is not hit by a leftover termination');
SET LOCAL statement_timeout = '300ms';
SELECT is(test_outcome('SELECT lim_spin_nested()'), '57014|canceling statement due to statement timeout',
          'statement_timeout stops JS running inside JS -> SPI -> JS');
SET LOCAL statement_timeout = 0;
CREATE FUNCTION lim_spin_swallowing() RETURNS int LANGUAGE plv8 AS $$
  // A retry loop that swallows every SQL error, including the cancel of the inner call.
  for (;;) { try { plv8.execute('SELECT lim_spin()'); } catch (e) { /* retry */ } }
$$;
SET LOCAL statement_timeout = '300ms';
SELECT is(test_outcome('SELECT lim_spin_swallowing()'), '57014|canceling statement due to statement timeout',
          'a JS retry loop that swallows SQL errors cannot swallow the timeout of the inner call');
SET LOCAL statement_timeout = 0;
CREATE FUNCTION lim_retry_sleep() RETURNS int LANGUAGE plv8 AS $$
  // The timeout fires while SQL (pg_sleep) runs; JS sees it as a SQL error and would retry.
  for (;;) { try { plv8.execute('SELECT pg_sleep(10)'); return 1; } catch (e) { /* retry */ } }
$$;
SET LOCAL statement_timeout = '300ms';
SELECT is(test_outcome('SELECT lim_retry_sleep()'), '57014|canceling statement due to statement timeout',
          'a timeout that hits SQL run by plv8.execute cannot be caught by a JS retry loop');
SET LOCAL statement_timeout = 0;
SET LOCAL statement_timeout = '300ms';
SELECT is(test_outcome('SELECT lim_spin_catching()'), '57014|canceling statement due to statement timeout',
          'try/catch inside the loop cannot swallow the timeout');
SET LOCAL statement_timeout = 0;

---------------------------------------------------------------------------------------------
CREATE FUNCTION lim_array_bomb() RETURNS int LANGUAGE plv8 AS $$
  const keep = [];
  for (;;) keep.push(new Array(100000).fill(keep.length));
$$;
CREATE FUNCTION lim_object_bomb() RETURNS int LANGUAGE plv8 AS $$
  const keep = new Map();
  for (let i = 0; ; i++) keep.set(i, {i, label: 'item ' + i});
$$;
CREATE FUNCTION lim_array_buffer(mb int) RETURNS text LANGUAGE plv8 AS $$
  try { return 'allocated ' + new ArrayBuffer(mb * 1024 * 1024).byteLength; }
  catch (e) { return e.constructor.name + ': ' + e.message; }
$$;

CREATE FUNCTION lim_heap_limit_mb() RETURNS float8 LANGUAGE plv8 AS $$ return plv8.memory_usage().heap_size_limit / 1048576; $$;
SELECT is(lim_heap_limit_mb(), 64::float8, 'the V8 heap limit is plv8.memory_limit (64 MB, set before the first JS call)');
SELECT is(test_outcome('SELECT lim_array_bomb()'), '53200|Out of memory error',
          'a heap bomb of large arrays fails with out_of_memory (PL/v8''s message)');
SELECT is((SELECT detail || '|' || hint FROM test_error('SELECT lim_array_bomb()')),
          'The JavaScript heap exceeded plv8.memory_limit (64 MB).|Make the function use less memory, or have a superuser '
          || 'raise plv8.memory_limit (it applies to JavaScript contexts created after the change, e.g. in a new session).',
          'the client is told which limit stopped the function and how to get past it (DETAIL and HINT)');
SELECT is(lim_add(1, 2), 3, 'the backend survives the heap bomb and runs JS');
SELECT is(test_outcome('SELECT lim_object_bomb()'), '53200|Out of memory error',
          'a second bomb of many small objects is stopped the same way (the limit is re-armed)');
SELECT is(lim_add(2, 3), 5, 'the backend survives the second bomb');
-- cursor.readJson writes a result's text outside the JS heap (as an external string): a text
-- larger than the limit is stopped as the heap would stop it, which no catch can intercept.
CREATE FUNCTION lim_read_json() RETURNS text LANGUAGE plv8 AS $$
  const c = plv8.prepare("SELECT repeat('x', 1000000) AS t FROM generate_series(1, 100)").cursor();
  try { return typeof c.readJson(10, 1e9); } catch (e) { return 'caught ' + e; }
$$;
SELECT is(test_outcome('SELECT lim_read_json()'), '53200|Out of memory error',
          'cursor.readJson: a text larger than plv8.memory_limit ends in the memory-limit ERROR, past any catch');
SELECT is(lim_add(3, 4), 7, 'the backend survives it');
-- Texts that V8 holds outside its heap (fetchJson's and readJson's long ASCII texts are external
-- strings) count against the same budget: keeping ~100 MB of them under a 64 MB limit is stopped.
CREATE FUNCTION lim_external_texts() RETURNS text LANGUAGE plv8 AS $$
  const kept = [];
  const plan = plv8.prepare("SELECT repeat('x', 1000000) AS t");
  for (let i = 0; i < 100; i++) {
    const c = plan.cursor();
    kept.push(i % 2 === 0 ? c.fetchJson(1) : c.readJson(1, 1e9));
    c.close();
  }
  return 'kept ' + kept.reduce((n, t) => n + t.length, 0) + ' characters';
$$;
SELECT is(test_outcome('SELECT lim_external_texts()'), '53200|Out of memory error',
          'external texts (fetchJson, readJson) count against plv8.memory_limit: holding more ends in the memory-limit ERROR');
SELECT is(lim_add(4, 5), 9, 'the backend survives it');
CREATE FUNCTION lim_bomb_catching() RETURNS int LANGUAGE plv8 AS $$
  // Stopping at the memory limit is a termination, which try/catch cannot intercept.
  const keep = [];
  for (;;) { try { keep.push(new Array(100000).fill(1)); } catch (e) { /* ignored */ } }
$$;
SELECT is(test_outcome('SELECT lim_bomb_catching()'), '53200|Out of memory error',
          'try/catch around the allocations cannot swallow the memory limit');
SELECT matches(lim_array_buffer(256), '^RangeError: ', 'an ArrayBuffer larger than plv8.memory_limit is refused with a catchable RangeError');
SELECT is(lim_array_buffer(1), 'allocated 1048576', 'an ArrayBuffer within the limit is allocated');
-- Upstream's memory_limits: with most of the budget in one buffer, a loop of small (63-byte)
-- buffers is refused with the catchable RangeError, before the heap limit ends the function.
CREATE FUNCTION lim_small_buffers() RETURNS text LANGUAGE plv8 AS $$
  const big = new ArrayBuffer(64 * 1024 * 1024 / 1.5), kept = [];
  try { for (;;) kept.push(new ArrayBuffer(63)); }
  catch (e) { return e.constructor.name + ': ' + e.message + ' after ' + (kept.length > 0 ? 'some' : 'none'); }
$$;
SELECT is(lim_small_buffers(), 'RangeError: Array buffer allocation failed after some',
          'small ArrayBuffers count against plv8.memory_limit too: a catchable RangeError once it is spent');

---------------------------------------------------------------------------------------------
CREATE FUNCTION lim_recurse() RETURNS int LANGUAGE plv8 AS $$ function r(n) { return r(n + 1) + 1; } return r(0); $$;
CREATE FUNCTION lim_recurse_caught() RETURNS text LANGUAGE plv8 AS $$
  function r(n) { return r(n + 1) + 1; }
  try { r(0); return 'no error'; } catch (e) { return e.constructor.name + ': ' + e.message; }
$$;
CREATE FUNCTION lim_sql_recurse(n int) RETURNS int LANGUAGE plv8 AS $$
  return plv8.execute('SELECT lim_sql_recurse($1) AS r', [n + 1])[0].r;
$$;

SELECT is(test_outcome('SELECT lim_recurse()'), 'XX000|RangeError: Maximum call stack size exceeded',
          'unbounded JS recursion -> ERROR with V8''s RangeError, no crash');
SELECT is(lim_recurse_caught(), 'RangeError: Maximum call stack size exceeded', 'the stack overflow is catchable in JS');
SELECT matches(test_outcome('SELECT lim_sql_recurse(0)'), '^(54001\|stack depth limit exceeded|XX000\|RangeError: Maximum call stack size exceeded)',
          'unbounded recursion through SQL (JS -> SPI -> JS) ends in a stack-depth error, no crash');
CREATE FUNCTION lim_max_depth() RETURNS int LANGUAGE plv8 AS $$
  let depth = 0;
  function r() { depth++; r(); }
  try { r(); } catch (e) { /* RangeError at the V8 stack limit */ }
  return depth;
$$;
CREATE TEMP TABLE lim_depths AS SELECT current_setting('max_stack_depth') AS setting, lim_max_depth() AS depth;
SET LOCAL max_stack_depth = '512kB';
INSERT INTO lim_depths SELECT current_setting('max_stack_depth'), lim_max_depth();
RESET max_stack_depth;
SELECT cmp_ok((SELECT depth FROM lim_depths WHERE setting = '512kB'), '<',
              (SELECT depth / 2 FROM lim_depths WHERE setting <> '512kB'),
              'the V8 stack limit follows max_stack_depth (512kB allows well under half the depth of the 2MB default)');
SELECT is(lim_add(3, 4), 7, 'the backend is alive after the recursion tests');

SELECT * FROM finish();
ROLLBACK;
\endif
