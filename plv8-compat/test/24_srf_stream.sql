-- Set-returning functions that return a generator: rows one per next() (value-per-call), pulled by
-- the caller; a cursor reads only what it fetches, closing it runs the generator's finally.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'a set-returning function that returns a generator is plv8-compat''s (upstream reads the generator as one value)'
\ir lib/only_ours.sql
\if :ours
SELECT plan(18);

CREATE TYPE stream_pair AS (k int, label text);
-- Counts steps and closes in globals of the role's context, which gen_state() reads.
CREATE FUNCTION gen_ints(n int) RETURNS SETOF int LANGUAGE plv8 AS $$
  globalThis.steps = 0; globalThis.closed = false;
  return (function* () {
    try {
      for (let i = 1; i <= n; i++) { globalThis.steps++; yield i * 10; }
    } finally {
      globalThis.closed = true;
    }
  })();
$$;
CREATE FUNCTION gen_state() RETURNS text LANGUAGE plv8 AS $$ return globalThis.steps + '/' + globalThis.closed; $$;
CREATE FUNCTION gen_pairs() RETURNS SETOF stream_pair LANGUAGE plv8 AS $$
  return (function* () { yield {k: 1, label: 'one'}; yield {k: 2, label: null}; })();
$$;
CREATE FUNCTION gen_query(n int) RETURNS SETOF text LANGUAGE plv8 AS $$
  return (function* () {
    for (let i = 1; i <= n; i++) yield plv8.execute('SELECT $1::text || $2 AS t', ['q', i])[0].t;
  })();
$$;
CREATE FUNCTION gen_fails() RETURNS SETOF int LANGUAGE plv8 AS $$
  return (function* () { yield 1; throw new Error('broke at row 2'); })();
$$;
CREATE FUNCTION gen_endless() RETURNS SETOF int LANGUAGE plv8 AS $$
  return (function* () { for (;;) { let x = 0; for (let i = 0; i < 1e6; i++) x = (x + i) % 1000; yield x; } })();
$$;
-- query_canceled is caught only by name (WHEN OTHERS does not catch it).
CREATE FUNCTION gen_outcome(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN query_canceled THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
  RETURN st;
END $$;
CREATE FUNCTION gen_bad_row() RETURNS SETOF int LANGUAGE plv8 AS $$
  return (function* () { yield 1; yield 'not a number'; })();
$$;

SELECT results_eq('SELECT * FROM gen_ints(3)', ARRAY[10, 20, 30], 'a generator in FROM: every row, in order');
SELECT results_eq('SELECT gen_ints(3)', ARRAY[10, 20, 30], 'a generator in the target list (value-per-call): every row, in order');
SELECT is(gen_state(), '3/true', 'read to the end: every step ran and its finally ran');
SELECT results_eq('SELECT k, label FROM gen_pairs()', $$VALUES (1, 'one'), (2, NULL::text)$$, 'a generator of objects for SETOF composite');
SELECT results_eq('SELECT gen_query(3)', ARRAY['q1', 'q2', 'q3'], 'the generator runs SQL between rows');
SELECT is((SELECT count(*)::int FROM (SELECT gen_ints(100000)) s), 100000, '100000 rows from a generator');

DECLARE c NO SCROLL CURSOR FOR SELECT gen_ints(1000000);
FETCH 2 FROM c;
SELECT is(gen_state(), '2/false', 'a cursor that fetched 2 rows ran 2 steps: the generator waits for the reader');
FETCH 3 FROM c;
SELECT is(gen_state(), '5/false', 'the next FETCH resumes it where it stopped');
CLOSE c;
SELECT is(gen_state(), '5/true', 'closing the cursor early runs the generator''s finally');

-- A statement already running keeps its generator when the role's context is reset or the
-- function is dropped between fetches (as a running plpgsql statement keeps its function).
DECLARE r NO SCROLL CURSOR FOR SELECT gen_ints(10);
FETCH 2 FROM r;
SELECT plv8_reset();
CREATE FUNCTION gen_doomed() RETURNS SETOF int LANGUAGE plv8 AS $$ return (function* () { yield 1; yield 2; yield 3; })(); $$;
DECLARE s NO SCROLL CURSOR FOR SELECT gen_doomed();
FETCH 1 FROM s;
DROP FUNCTION gen_doomed();
SELECT results_eq('r'::refcursor, ARRAY[30, 40, 50, 60, 70, 80, 90, 100], 'after plv8_reset() the open cursor''s generator goes on');
SELECT results_eq('s'::refcursor, ARRAY[2, 3], 'after DROP FUNCTION the open cursor''s generator goes on');
CLOSE r;
CLOSE s;

SELECT throws_ok('SELECT gen_fails()', NULL, 'broke at row 2', 'an error thrown between rows is the statement''s error');
SELECT throws_ok('SELECT gen_bad_row()', '22P02', NULL, 'a row that does not convert is an error');

SAVEPOINT before_abort;
DECLARE d NO SCROLL CURSOR FOR SELECT gen_ints(10);
FETCH 1 FROM d;
ROLLBACK TO SAVEPOINT before_abort;
SELECT results_eq('SELECT gen_ints(2)', ARRAY[10, 20], 'after a rollback dropped a half-read generator, a new one starts afresh');

SET LOCAL statement_timeout = 300;
SELECT is(gen_outcome('SELECT count(*) FROM (SELECT gen_endless()) s'), '57014', 'statement_timeout stops an endless generator');
SET LOCAL statement_timeout = 0;
SELECT is((SELECT count(*)::int FROM (SELECT gen_ints(5)) s), 5, 'the session goes on after the timeout');

-- A generator belongs to the role that started it (its JS context is that role's): another role
-- may not pull its next step (SET ROLE between FETCHes), and its finally runs as the role that
-- started it whoever closes the cursor.
CREATE ROLE plv8_stream_other;
CREATE TABLE stream_closed_as(who text);
GRANT INSERT ON stream_closed_as TO plv8_stream_other;
CREATE FUNCTION gen_whoami() RETURNS SETOF text LANGUAGE plv8 AS $$
  return (function* () {
    try {
      for (;;) yield plv8.execute('SELECT current_user AS u')[0].u;
    } finally {
      plv8.execute('INSERT INTO stream_closed_as SELECT current_user');
    }
  })();
$$;
GRANT EXECUTE ON FUNCTION gen_whoami() TO plv8_stream_other;
SET LOCAL ROLE plv8_stream_other;
DECLARE w NO SCROLL CURSOR FOR SELECT gen_whoami();
FETCH 1 FROM w;
DECLARE x NO SCROLL CURSOR FOR SELECT gen_whoami();
FETCH 1 FROM x;
RESET ROLE;
SELECT throws_ok('FETCH 1 FROM w', '42501', NULL, 'another role cannot fetch the next row of a generator started by a role');
CLOSE w;
CLOSE x;
SELECT results_eq('SELECT who::text FROM stream_closed_as', ARRAY['plv8_stream_other'],
                  'closing a cursor as another role runs the generator''s finally as the role that started it');

SELECT * FROM finish();
ROLLBACK;
\endif
