-- Set-returning functions: plv8.return_next with scalars and records, returned arrays,
-- RETURNS TABLE and SETOF composite.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(12);

CREATE TYPE srf_pair AS (k int, label text);
CREATE FUNCTION srf_next_int(n int) RETURNS SETOF int LANGUAGE plv8 AS $$
  for (let i = 1; i <= n; i++) plv8.return_next(i * 10);
$$;
CREATE FUNCTION srf_array_text() RETURNS SETOF text LANGUAGE plv8 AS $$ return ['a', null, 'c']; $$;
CREATE FUNCTION srf_next_pair() RETURNS SETOF srf_pair LANGUAGE plv8 AS $$
  plv8.return_next({k: 1, label: 'one'});
  plv8.return_next({k: 2, label: null});
$$;
CREATE FUNCTION srf_array_pair() RETURNS SETOF srf_pair LANGUAGE plv8 AS $$ return [{k: 3, label: 'three'}, {k: 4, label: undefined}]; $$;
CREATE FUNCTION srf_table(n int) RETURNS TABLE (idx int, sq bigint, tags text[]) LANGUAGE plv8 AS $$
  for (let i = 1; i <= n; i++) plv8.return_next({idx: i, sq: i * i, tags: ['t' + i]});
$$;
CREATE FUNCTION srf_table_array() RETURNS TABLE (a text, b jsonb) LANGUAGE plv8 AS $$ return [{a: 'x', b: {n: 1}}, {a: 'y', b: [2]}]; $$;
CREATE FUNCTION srf_empty() RETURNS SETOF int LANGUAGE plv8 AS $$ return; $$;
CREATE FUNCTION srf_empty_array() RETURNS SETOF int LANGUAGE plv8 AS $$ return []; $$;
CREATE FUNCTION srf_out(OUT x int, OUT y text) RETURNS SETOF record LANGUAGE plv8 AS $$
  plv8.return_next({x: 1, y: 'a'});
  plv8.return_next({x: 2, y: 'b'});
$$;
CREATE FUNCTION srf_from_query() RETURNS SETOF srf_pair LANGUAGE plv8 AS $$
  for (const row of plv8.execute('SELECT g AS k, $1 || g AS label FROM generate_series(1, 3) g', ['n'])) plv8.return_next(row);
$$;
CREATE FUNCTION srf_many(n int) RETURNS SETOF int LANGUAGE plv8 AS $$ for (let i = 0; i < n; i++) plv8.return_next(i); $$;
CREATE FUNCTION srf_bad() RETURNS int LANGUAGE plv8 AS $$ plv8.return_next(1); return 1; $$;

SELECT results_eq('SELECT * FROM srf_next_int(3)', ARRAY[10, 20, 30], 'return_next with scalars, in order');
SELECT results_eq('SELECT * FROM srf_array_text()', ARRAY['a', NULL, 'c'], 'returning an array from SETOF text, NULL element kept');
SELECT results_eq('SELECT k, label FROM srf_next_pair()', $$VALUES (1, 'one'), (2, NULL::text)$$, 'return_next with objects for SETOF composite');
SELECT results_eq('SELECT k, label FROM srf_array_pair()', $$VALUES (3, 'three'), (4, NULL::text)$$, 'returning an array of objects for SETOF composite');
SELECT results_eq('SELECT idx, sq, tags FROM srf_table(3)', $$VALUES (1, 1::bigint, '{t1}'::text[]), (2, 4, '{t2}'), (3, 9, '{t3}')$$, 'RETURNS TABLE with return_next');
SELECT results_eq('SELECT a, b FROM srf_table_array()', $$VALUES ('x', '{"n":1}'::jsonb), ('y', '[2]')$$, 'RETURNS TABLE from a returned array');
SELECT is_empty('SELECT * FROM srf_empty()', 'no return_next -> empty set');
SELECT is_empty('SELECT * FROM srf_empty_array()', 'empty array -> empty set');
SELECT results_eq('SELECT x, y FROM srf_out()', $$VALUES (1, 'a'), (2, 'b')$$, 'OUT parameters with SETOF record');
SELECT results_eq('SELECT k, label FROM srf_from_query()', $$VALUES (1, 'n1'), (2, 'n2'), (3, 'n3')$$, 'rows from plv8.execute passed to return_next');
SELECT is((SELECT count(*)::int FROM srf_many(100000)), 100000, '100000 rows through return_next');
SELECT throws_ok('SELECT srf_bad()', NULL, NULL, 'return_next outside a set-returning function is an error');

SELECT * FROM finish();
ROLLBACK;
