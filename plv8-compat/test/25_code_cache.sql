-- The V8 code cache of large superuser-owned bodies (src/code_cache.h): a file under
-- $PGDATA/plv8_code_cache is written after the first call, used by the next compilation (here:
-- after plv8_reset(), which makes this backend compile again), and a corrupted, truncated or
-- misplaced file is refused without harm: the body is compiled from source and the file replaced.
-- Files are written outside the transaction (the ROLLBACK leaves them); the bodies are fixed, so
-- every run reuses the same few files.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
\set only_ours 'the V8 code cache (plv8.code_cache, plv8_code_cache_stats) is plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
SELECT plan(26);

-- The backend's counters; not in the extension script (a diagnostic entry point).
CREATE FUNCTION cc_stats(OUT hits int8, OUT misses int8, OUT rejected int8, OUT written int8, OUT last_file text)
  AS 'plv8', 'plv8_code_cache_stats' LANGUAGE C;
CREATE TEMP TABLE cc_before AS SELECT * FROM cc_stats();
-- Counter changes since the last cc_mark().
CREATE FUNCTION cc_delta(OUT hits int8, OUT rejected int8, OUT written int8) LANGUAGE sql AS $$
  SELECT s.hits - b.hits, s.rejected - b.rejected, s.written - b.written FROM cc_stats() s, cc_before b
$$;
CREATE FUNCTION cc_mark() RETURNS void LANGUAGE sql AS $$
  UPDATE cc_before SET (hits, misses, rejected, written, last_file) = (SELECT * FROM cc_stats())
$$;
CREATE FUNCTION cc_path(file text) RETURNS text LANGUAGE sql AS $$
  SELECT current_setting('data_directory') || '/plv8_code_cache/' || file
$$;
-- Replaces a cache file's bytes, as the server (lo_export writes with the server's rights).
CREATE FUNCTION cc_overwrite(file text, bytes bytea) RETURNS void LANGUAGE plpgsql AS $$
DECLARE o oid := lo_from_bytea(0, bytes);
BEGIN
  PERFORM lo_export(o, cc_path(file));
  PERFORM lo_unlink(o);
END $$;

SET plv8.code_cache_min_size = 1000;
-- Two bodies over that size. Creating one compiles it (the validator), so last_file names its file.
-- The inner function is compiled lazily on the first call, so the file written after it carries
-- its code too.
DO $$
BEGIN
  EXECUTE format($f$CREATE FUNCTION cc_big(n int) RETURNS int LANGUAGE plv8 AS %L$f$,
    E'function inner(a) { return a * 2; }\nvar x = 0;\n' || repeat(E'x += 1;\n', 200) || 'return inner(x) + n;');
END $$;
CREATE TEMP TABLE cc_file AS SELECT last_file AS name FROM cc_stats();
DO $$
BEGIN
  EXECUTE format($f$CREATE FUNCTION cc_other() RETURNS int LANGUAGE plv8 AS %L$f$,
    E'var y = 0;\n' || repeat(E'y += 2;\n', 200) || 'return y;');
END $$;
CREATE TEMP TABLE cc_other_file AS SELECT last_file AS name FROM cc_stats();

SELECT cc_mark();
SELECT is(cc_big(1), 401, 'a large superuser-owned function runs');
SELECT ok((SELECT name FROM cc_file) ~ '^[0-9a-f]{64}$', 'its body has a cache file name (SHA-256 hex)');
SELECT isnt((SELECT name FROM cc_file), (SELECT name FROM cc_other_file), 'another body has another file');
SELECT ok((pg_stat_file('plv8_code_cache/' || (SELECT name FROM cc_file))).size > 0,
          'after the call, its cache file exists (written now, or by an earlier run)');
SELECT cc_other();

-- Used: compiling again (plv8_reset forgets this role's compiled functions) reads the file.
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(2), 402, 'compiled from the cache file, the function gives the same result');
SELECT is((SELECT hits FROM cc_delta()), 1::int8, 'the cache file was used (one hit)');
SELECT is((SELECT rejected FROM cc_delta()), 0::int8, 'and not rejected');

-- Corrupted: one payload byte flipped. Our CRC-32C refuses it before V8 reads it.
SELECT cc_overwrite(name, set_byte(b, length(b) - 7, get_byte(b, length(b) - 7) # 255))
  FROM cc_file, LATERAL pg_read_binary_file('plv8_code_cache/' || name) AS b;
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(3), 403, 'a corrupted cache file: the function still runs, compiled from source');
SELECT is((SELECT rejected FROM cc_delta()), 1::int8, 'the corrupted file was rejected');
SELECT is((SELECT hits FROM cc_delta()), 0::int8, 'and not used');
SELECT is((SELECT written FROM cc_delta()), 1::int8, 'a fresh file replaced it after the call');
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(4), 404, 'the next compilation runs the function');
SELECT is((SELECT hits FROM cc_delta()), 1::int8, 'from the replaced file');

-- Stale: another body's (valid) file under this body's name, as a renamed or leftover file would be.
SELECT cc_overwrite(f.name, pg_read_binary_file('plv8_code_cache/' || o.name)) FROM cc_file f, cc_other_file o;
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(5), 405, 'another body''s cache file: the function runs its own code');
SELECT is((SELECT rejected FROM cc_delta()), 1::int8, 'the mismatched file was rejected (its header names another key)');

-- Refused by V8 itself: a file that passes the engine's own checks (this body's key, a correct
-- CRC-32C) around another body's V8 code, as a file from another V8 build would look if its key
-- did not already keep it apart. The header is rebuilt here: magic and key (48 bytes in all: 8 + 32
-- + payload length + CRC-32C, little-endian), then the other body's payload.
CREATE FUNCTION cc_crc32c(b bytea) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE crc bigint := 4294967295;
BEGIN
  FOR i IN 0 .. length(b) - 1 LOOP
    crc := crc # get_byte(b, i);
    FOR k IN 1 .. 8 LOOP
      crc := CASE WHEN crc & 1 = 1 THEN (crc >> 1) # 2197175160 ELSE crc >> 1 END;  -- 0x82F63B78
    END LOOP;
  END LOOP;
  RETURN crc # 4294967295;
END $$;
CREATE FUNCTION cc_le32(n bigint) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT set_byte(set_byte(set_byte(set_byte('\x00000000'::bytea, 0, (n & 255)::int), 1, ((n >> 8) & 255)::int),
                  2, ((n >> 16) & 255)::int), 3, ((n >> 24) & 255)::int)
$$;
CREATE TEMP TABLE cc_bytes AS
  SELECT pg_read_binary_file('plv8_code_cache/' || f.name) AS mine, pg_read_binary_file('plv8_code_cache/' || o.name) AS other
  FROM cc_file f, cc_other_file o;
SELECT is(substring(mine FROM 41 FOR 8), cc_le32(length(mine) - 48) || cc_le32(cc_crc32c(substring(mine FROM 49))),
          'the header as this test rebuilds it matches the engine''s (payload length, CRC-32C)') FROM cc_bytes;
SELECT cc_overwrite(f.name, substring(mine FROM 1 FOR 40) || cc_le32(length(other) - 48) ||
                            cc_le32(cc_crc32c(substring(other FROM 49))) || substring(other FROM 49))
  FROM cc_file f, cc_bytes;
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(8), 408, 'a file V8 refuses: the function runs its own code');
SELECT is((SELECT rejected FROM cc_delta()), 1::int8, 'V8 rejected it (its source length does not match)');
SELECT is((SELECT written FROM cc_delta()), 1::int8, 'and a fresh file replaced it');

-- Truncated in the middle of the header, and empty.
SELECT cc_overwrite(name, '\x504c5638'::bytea) FROM cc_file;
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(6), 406, 'a truncated cache file is rejected and the function runs');
SELECT cc_overwrite(name, ''::bytea) FROM cc_file;
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(7), 407, 'an empty cache file is rejected and the function runs');
SELECT is((SELECT rejected FROM cc_delta()), 1::int8, 'the empty file counted as rejected');

-- A FIFO under the file's name (not a regular file): refused at once, not waited on in open(),
-- where neither a cancel nor statement_timeout would reach the backend.
DO $$
BEGIN
  EXECUTE format('COPY (SELECT) TO PROGRAM %L',
                 format('rm -f ''%1$s'' && mkfifo -m 600 ''%1$s''', cc_path((SELECT name FROM cc_file))));
END $$;
SELECT plv8_reset();
SELECT cc_mark();
SELECT is(cc_big(9), 409, 'a FIFO in place of the cache file: the function runs at once');
SELECT is((SELECT rejected FROM cc_delta()), 1::int8, 'the FIFO counted as rejected');

-- Only superuser-owned bodies: another role's large function writes and reads no file.
CREATE ROLE cc_plain NOLOGIN;
ALTER FUNCTION cc_other() OWNER TO cc_plain;
SELECT plv8_reset();
SELECT cc_mark();
SELECT cc_other();
SELECT ok((SELECT hits + rejected + written FROM cc_delta()) = 0 AND
          (SELECT last_file FROM cc_stats()) IS NOT DISTINCT FROM (SELECT last_file FROM cc_before),
          'a function owned by a non-superuser does not use or write the cache');

-- Only a superuser may change the settings.
SET ROLE cc_plain;
SELECT throws_ok($$SET plv8.code_cache = off$$, '42501', NULL, 'plv8.code_cache is superuser-only');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
\endif
