-- Once a backend has started V8, its statements' transient memory stays in glibc malloc's heap
-- from one statement to the next instead of going back to the kernel and being faulted in again
-- (src/malloc_thresholds.cc raises glibc's thresholds as glibc itself would).
--
-- Seen from outside as minor page faults (/proc/<pid>/stat, field 10) over the same twelve
-- statements, each building a string in one block (300 KB to 850 KB, growing: glibc's own
-- adjustment follows the largest block freed so far, so each new block is larger than any before):
-- a fresh backend that never ran JavaScript maps every block afresh with mmap() and faults in each
-- of its pages; a backend that has run JavaScript takes them from its heap and reuses them.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dblink;
\set only_ours 'raising glibc''s malloc thresholds at V8 start is plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
\ir lib/other_backend.sql
SELECT plan(2);

CREATE FUNCTION mt_minor_faults(pid int) RETURNS bigint LANGUAGE sql AS $$
  SELECT split_part(split_part(pg_read_file('/proc/' || pid || '/stat'), ') ', 2), ' ', 8)::bigint
$$;

-- Page faults per statement in a fresh backend over the twelve statements, after running `js`
-- there first (nothing when NULL).
CREATE FUNCTION mt_faults_per_statement(js text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE pid int; before bigint; per_statement numeric;
BEGIN
  PERFORM test_connect('mt_fresh');
  PERFORM test_begin_plv8('mt_fresh');
  IF js IS NOT NULL THEN PERFORM dblink_exec('mt_fresh', format('DO %L LANGUAGE plv8', js)); END IF;
  SELECT v INTO pid FROM dblink('mt_fresh', 'SELECT pg_backend_pid()') AS t(v int);
  before := mt_minor_faults(pid);
  FOR i IN 0..11 LOOP
    PERFORM * FROM dblink('mt_fresh', format('SELECT length(repeat(''x'', %s))', 300000 + i * 50000)) AS t(n int);
  END LOOP;
  per_statement := (mt_minor_faults(pid) - before) / 12.0;
  -- Ends the backend, and with it the transaction that may have created plv8 there.
  PERFORM dblink_disconnect('mt_fresh');
  RETURN per_statement;
END $$;

-- One fresh backend after the other (each may create plv8 in a transaction of its own).
CREATE TEMP TABLE mt_seen AS
SELECT mt_faults_per_statement(NULL) AS without_js, mt_faults_per_statement('void 0') AS with_js;

SELECT cmp_ok((SELECT without_js FROM mt_seen), '>=', 50::numeric,
  'control: a backend that never ran JavaScript faults in each statement''s block afresh (glibc''s own thresholds)');
SELECT cmp_ok((SELECT with_js FROM mt_seen), '<', (SELECT without_js FROM mt_seen) / 4,
  'a backend that has run JavaScript reuses its heap: under a quarter of those faults ('
  || (SELECT round(with_js) || ' against ' || round(without_js) FROM mt_seen) || ' per statement)');

SELECT * FROM finish();
ROLLBACK;
\endif
