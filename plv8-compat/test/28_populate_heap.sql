-- V8's heap pages are populated when V8 commits them (src/platform.cc, plv8.populate_heap): one
-- madvise(MADV_POPULATE_WRITE) per commit instead of one page fault per 4 KB page as V8 first
-- writes it. Seen from outside: right after a backend's first JavaScript, every V8 heap page of
-- that backend is wholly resident; with plv8.populate_heap = off, V8's own behaviour, some are not
-- (the semi-spaces of the young generation are committed but barely written yet).
--
-- V8 heap pages are found in /proc/<pid>/smaps as anonymous read-write mappings of exactly 256 KB
-- at a 256 KB-aligned address (V8 10.2's page size and alignment). Each fresh backend is a dblink
-- session.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dblink;
\set only_ours 'populating the heap on commit is plv8-compat''s (upstream PL/v8 uses V8''s default platform)'
\ir lib/only_ours.sql
\if :ours
\ir lib/other_backend.sql
SELECT plan(4);

-- MADV_POPULATE_WRITE is Linux 5.14's; on an older kernel plv8-compat falls back to page faults.
CREATE TEMP TABLE ph_kernel AS
SELECT (split_part(v, '.', 1)::int, split_part(v, '.', 2)::int) >= (5, 14) AS populates
  FROM (SELECT trim(pg_read_file('/proc/sys/kernel/osrelease')) AS v) k;

-- How many V8 heap pages backend `pid` has, and how many of them are not wholly resident.
CREATE FUNCTION ph_v8_pages(pid int, OUT pages int, OUT partly_resident int) LANGUAGE sql AS $$
  WITH lines AS (
    SELECT l, n FROM regexp_split_to_table(pg_read_file('/proc/' || pid || '/smaps'), E'\n') WITH ORDINALITY AS t(l, n)
  ), mappings AS (
    SELECT h.l AS head,
           (SELECT substring(r.l FROM '^Rss:\s+(\d+) kB')::int FROM lines r
             WHERE r.n > h.n AND r.l LIKE 'Rss:%' ORDER BY r.n LIMIT 1) AS rss_kb
      FROM lines h WHERE h.l ~ '^[0-9a-f]+-[0-9a-f]+ '
  ), anonymous AS (
    SELECT ('x' || lpad(substring(head FROM '^([0-9a-f]+)-'), 16, '0'))::bit(64)::bigint AS start,
           ('x' || lpad(substring(head FROM '^[0-9a-f]+-([0-9a-f]+)'), 16, '0'))::bit(64)::bigint AS finish,
           rss_kb
      FROM mappings WHERE head ~ '^\S+ rw-p 00000000 00:00 0\s*$'
  )
  SELECT count(*)::int, (count(*) FILTER (WHERE rss_kb < 256))::int
    FROM anonymous WHERE finish - start = 262144 AND start % 262144 = 0
$$;

-- The V8 heap pages of a fresh backend right after its first JavaScript, run with `settings`
-- applied first. One backend at a time: each creates plv8 in a transaction it rolls back.
CREATE FUNCTION ph_after_first_js(settings text, OUT pages int, OUT partly_resident int) LANGUAGE plpgsql AS $$
DECLARE pid int;
BEGIN
  PERFORM test_connect('ph_fresh');
  PERFORM test_begin_plv8('ph_fresh');
  IF settings <> '' THEN PERFORM dblink_exec('ph_fresh', settings); END IF;
  PERFORM dblink_exec('ph_fresh', 'DO $d$ $d$ LANGUAGE plv8');
  SELECT v INTO pid FROM dblink('ph_fresh', 'SELECT pg_backend_pid()') AS t(v int);
  SELECT * INTO pages, partly_resident FROM ph_v8_pages(pid);
  PERFORM dblink_exec('ph_fresh', 'ROLLBACK');
  PERFORM dblink_disconnect('ph_fresh');
END $$;

CREATE TEMP TABLE ph_seen AS
SELECT m.mode, p.* FROM (VALUES ('on', ''), ('off', 'SET plv8.populate_heap = off')) AS m(mode, settings),
  LATERAL ph_after_first_js(m.settings) AS p;

SELECT cmp_ok((SELECT pages FROM ph_seen WHERE mode = 'off'), '>=', 4,
  'with plv8.populate_heap = off, the backend has V8 heap pages (256 KB, aligned) to look at');
SELECT cmp_ok((SELECT partly_resident FROM ph_seen WHERE mode = 'off'), '>=', 1,
  'with it off, V8''s own behaviour: some of them are not wholly resident yet');
SELECT cmp_ok((SELECT pages FROM ph_seen WHERE mode = 'on'), '>=', 4, 'by default the backend has V8 heap pages too');
SELECT CASE WHEN (SELECT populates FROM ph_kernel)
  THEN is((SELECT partly_resident FROM ph_seen WHERE mode = 'on'), 0,
          'by default every V8 heap page is wholly resident after the first JavaScript (populated when committed)')
  ELSE skip('this kernel (' || trim(pg_read_file('/proc/sys/kernel/osrelease')) || ') lacks MADV_POPULATE_WRITE (Linux 5.14)')
END;

SELECT * FROM finish();
ROLLBACK;
\endif
