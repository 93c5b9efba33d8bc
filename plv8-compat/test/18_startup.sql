-- Preload safety and lazy V8 start-up. plv8 may sit in shared_preload_libraries (the private
-- cluster does this): loading it must start nothing in the postmaster, and a backend must start
-- V8 (platform worker thread, timeout/cancel watchdog) only when it first runs JavaScript.
-- Thread counts come from /proc/<pid>/task. The fresh backend is a dblink session that installs
-- plv8 in its own transaction (rolled back), so this session never loads V8 itself.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT plan(10);

CREATE FUNCTION su_threads(pid int) RETURNS int LANGUAGE sql AS $$
  SELECT count(*)::int FROM pg_ls_dir('/proc/' || pid || '/task')
$$;
-- The watchdog thread's context switches so far (/proc/<pid>/task/<tid>/schedstat: run time, wait
-- time, timeslices), found by the name it gives itself.
CREATE FUNCTION su_watchdog_switches(pid int) RETURNS bigint LANGUAGE sql AS $$
  SELECT split_part(pg_read_file('/proc/' || pid || '/task/' || t || '/schedstat'), ' ', 3)::bigint
    FROM pg_ls_dir('/proc/' || pid || '/task') t
   WHERE btrim(pg_read_file('/proc/' || pid || '/task/' || t || '/comm'), E' \n') = 'plv8 watchdog'
$$;
CREATE FUNCTION su_remote_int(q text) RETURNS int LANGUAGE sql AS $$
  SELECT v FROM dblink('su_fresh', q) AS t(v int)
$$;

SELECT is(su_threads(split_part(pg_read_file('postmaster.pid'), E'\n', 1)::int), 1,
          'the postmaster has a single thread (' || current_setting('shared_preload_libraries') || ' preloaded)');

\ir lib/engine.sql
\if :ours
\ir lib/other_backend.sql
DO $$
BEGIN
  PERFORM test_connect('su_fresh');
  PERFORM test_begin_plv8('su_fresh');
END $$;
CREATE TEMP TABLE su_pid AS SELECT su_remote_int('SELECT pg_backend_pid()') AS pid;

SELECT is(su_threads((SELECT pid FROM su_pid)), 1, 'a new backend has a single thread');
SELECT is(su_remote_int($$SELECT length(plv8_version())$$), length('3.2.0-wormhole-compat'),
          'plv8_version() (C, no JavaScript) works in the new backend');
SELECT is(su_threads((SELECT pid FROM su_pid)), 1, 'loading plv8 and calling plv8_version() start no thread');
DO $do$ BEGIN PERFORM dblink_exec('su_fresh', 'DO $$ $$ LANGUAGE plv8'); END $do$;
SELECT is(su_threads((SELECT pid FROM su_pid)), 3,
          'the first JavaScript starts exactly two threads: the V8 platform''s worker and the watchdog');
DO $do$ BEGIN PERFORM dblink_exec('su_fresh', 'DO $$ $$ LANGUAGE plv8'); END $do$;
SELECT is(su_threads((SELECT pid FROM su_pid)), 3, 'later JavaScript starts no more threads');
-- The watchdog is woken by the signals that cancel or end a statement, not by a clock: between
-- calls it sleeps (a safety poll once a second at most). Polling every 10 ms, as it once did,
-- woke it ~50 times in these 0.5 s after a call, each wake-up a thread switch on a shared CPU.
CREATE TEMP TABLE su_before AS SELECT su_watchdog_switches((SELECT pid FROM su_pid)) AS n;
SELECT isnt((SELECT n FROM su_before), NULL, 'the watchdog thread is named "plv8 watchdog" (top -H, /proc/<pid>/task/*/comm)');
SELECT pg_sleep(0.5);
SELECT cmp_ok(su_watchdog_switches((SELECT pid FROM su_pid)) - (SELECT n FROM su_before), '<=', 2::bigint,
              'the watchdog does not wake up between calls (at most its once-a-second safety poll in 0.5 s)');
-- Two safety polls without JavaScript (2-3 s) and it parks: an idle connection's watchdog sleeps
-- until the next call or signal. And parked, it still stops a runaway loop: the timeout's signal
-- wakes it.
SELECT pg_sleep(2.6);
CREATE TEMP TABLE su_idle AS SELECT su_watchdog_switches((SELECT pid FROM su_pid)) AS n;
SELECT pg_sleep(1.5);
SELECT is(su_watchdog_switches((SELECT pid FROM su_pid)) - (SELECT n FROM su_idle), 0::bigint,
          'an idle backend''s watchdog parks: no wake-up in 1.5 s, 3 s after the last call');
SELECT alike(test_remote_failure('su_fresh', 'SET statement_timeout = 200; DO $x$ while (true) {} $x$ LANGUAGE plv8'),
             '%canceling statement due to statement timeout%', 'a parked watchdog still stops a busy loop at statement_timeout');
DO $$ BEGIN PERFORM dblink_exec('su_fresh', 'ROLLBACK'); PERFORM dblink_disconnect('su_fresh'); END $$;
\else
-- A backend that has loaded upstream's plv8.so already has V8's platform thread (2 threads, no JavaScript run).
SELECT skip('skipped on upstream PL/v8 ' || :'plv8_version' || ': it starts V8 when the library loads; the lazy start-up and '
            || 'the interrupt watchdog thread are plv8-compat''s', 9);
\endif

SELECT * FROM finish();
ROLLBACK;
