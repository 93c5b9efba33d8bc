-- Helpers for tests that act on a second backend (a dblink session): find it, and read the error
-- its asynchronous query ended with. Included with \ir by the files that cancel or terminate it.

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
