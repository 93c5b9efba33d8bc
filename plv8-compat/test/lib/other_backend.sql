-- Helpers for tests that act on a second backend (a dblink session): connect it, make it spin in
-- JavaScript, find it, and read the error its query ended with. Included with \ir by the files that
-- cancel, terminate or watch it.

-- The pid of the backend whose application_name is `app` (only once it is running a statement,
-- when `only_active`); waits up to 10 s for it to appear. NULL if it never does.
CREATE OR REPLACE FUNCTION test_pid_with_app(app text, only_active boolean DEFAULT false) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE found int;
BEGIN
  FOR i IN 1..200 LOOP
    PERFORM pg_stat_clear_snapshot();
    SELECT pid INTO found FROM pg_stat_activity
     WHERE application_name = app AND (NOT only_active OR state = 'active');
    IF found IS NOT NULL THEN RETURN found; END IF;
    PERFORM pg_sleep(0.05);
  END LOOP;
  RETURN NULL;
END $$;

-- The error message the dblink connection's pending query ended with, waiting up to `tries` x 50 ms
-- for it to end ('still running' if it has not).
CREATE OR REPLACE FUNCTION test_async_error(conn text, tries int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE msg text;
BEGIN
  FOR i IN 1..tries LOOP
    EXIT WHEN dblink_is_busy(conn) = 0;
    PERFORM pg_sleep(0.05);
  END LOOP;
  IF dblink_is_busy(conn) = 1 THEN RETURN 'still running'; END IF;
  PERFORM * FROM dblink_get_result(conn, false) AS t(status text);
  msg := dblink_error_message(conn);
  PERFORM * FROM dblink_get_result(conn, false) AS t(status text);  -- the closing empty result
  RETURN msg;
END $$;

-- Opens dblink connection `conn` to this database as the current user, over TCP (a backend of its
-- own, which this session can cancel, terminate or watch).
CREATE OR REPLACE FUNCTION test_connect(conn text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dblink_connect(conn, format('host=127.0.0.1 port=%s dbname=%s user=%s',
                                      current_setting('port'), current_database(), current_user));
END $$;

-- Opens a transaction on `conn` that has plv8 (created there if this database lacks it, and rolled
-- back with that transaction).
CREATE OR REPLACE FUNCTION test_begin_plv8(conn text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dblink_exec(conn, 'BEGIN');
  PERFORM dblink_exec(conn, 'CREATE EXTENSION IF NOT EXISTS plv8');
END $$;

-- Sends JavaScript on `conn` that announces itself as application_name `app` (see
-- test_pid_with_app) and then spins in a busy loop until something stops it.
CREATE OR REPLACE FUNCTION test_send_spin(conn text, app text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dblink_send_query(conn, format($q$DO $d$
    plv8.execute("SELECT set_config('application_name', '%s', false)");
    while (true) {}
  $d$ LANGUAGE plv8$q$, app));
END $$;

-- The error message of statement `sql` run on `conn` ('no error' if it succeeds): how a test sees
-- an ERROR or FATAL that ended the other backend's statement or the backend itself.
CREATE OR REPLACE FUNCTION test_remote_failure(conn text, sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  IF dblink_exec(conn, sql, false) <> 'ERROR' THEN RETURN 'no error'; END IF;
  RETURN dblink_error_message(conn);
END $$;

-- After another backend failed on purpose: a crash there would make the postmaster SIGQUIT every
-- backend, this one included, within milliseconds. Wait for that to arrive, then say whether this
-- session is still the same backend (1) -- run it through pgTAP's is(..., 1, ...).
CREATE OR REPLACE FUNCTION test_session_survived() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_sleep(0.3);
  RETURN (SELECT count(*)::int FROM pg_stat_activity WHERE pid = pg_backend_pid());
END $$;
