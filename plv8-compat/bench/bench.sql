-- plv8-compat benchmark: per-call cost of plv8 functions next to PL/pgSQL and SQL equivalents.
-- Run through run.sh, which creates a scratch database. Prints one table; asserts nothing.
--
-- Method: each query calls the function once per row of generate_series(1, rows). The query runs
-- once to warm up (compile, plan caches), then `reps` times; we keep the median wall time
-- (clock_timestamp() around EXECUTE, inside one backend, so no client round trips are counted).
-- "net µs/call" subtracts the same query with the function call replaced by the bare argument.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS plv8;

-- 1. Trivial function
CREATE FUNCTION b_js_add1(x int) RETURNS int LANGUAGE plv8 IMMUTABLE AS $$ return x + 1; $$;
CREATE FUNCTION b_pg_add1(x int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN x + 1; END $$;
-- A SQL function is inlined into the query by the planner: the cost floor.
CREATE FUNCTION b_sql_add1(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;

-- 2. One query per call
CREATE TABLE b_kv (k int PRIMARY KEY, v int);
INSERT INTO b_kv SELECT g, g * 2 FROM generate_series(1, 1000) g;
ANALYZE b_kv;
CREATE FUNCTION b_js_execute(x int) RETURNS int LANGUAGE plv8 AS $$
  return plv8.execute('SELECT v FROM b_kv WHERE k = $1', [x % 1000 + 1])[0].v;
$$;
CREATE FUNCTION b_js_prepared(x int) RETURNS int LANGUAGE plv8 AS $$
  // Prepared once per backend and kept in a global (the usual PL/v8 idiom).
  if (globalThis.b_plan === undefined) globalThis.b_plan = plv8.prepare('SELECT v FROM b_kv WHERE k = $1', ['int']);
  return globalThis.b_plan.execute([x % 1000 + 1])[0].v;
$$;
-- PL/pgSQL caches the plan of its embedded query automatically.
CREATE FUNCTION b_pg_query(x int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE r int;
BEGIN SELECT v INTO r FROM b_kv WHERE k = x % 1000 + 1; RETURN r; END $$;

-- 3. json / jsonb argument and result conversion (a 10-field document with a nested array)
CREATE TABLE b_docs AS
  SELECT g AS id,
         jsonb_build_object('id', g, 'name', 'item ' || g, 'price', g * 1.5, 'tags', jsonb_build_array('a', 'b', 'c'),
                            'dims', jsonb_build_object('w', g % 7, 'h', g % 11), 'active', g % 2 = 0,
                            'f1', 'x', 'f2', 'y', 'f3', 'z') AS doc
  FROM generate_series(1, 100000) g;
ALTER TABLE b_docs ADD COLUMN doc_json json;
UPDATE b_docs SET doc_json = doc::json;
ANALYZE b_docs;
CREATE FUNCTION b_js_jsonb_in(d jsonb) RETURNS int LANGUAGE plv8 IMMUTABLE AS $$ return d.dims.w + d.tags.length; $$;
CREATE FUNCTION b_pg_jsonb_in(d jsonb) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN (d->'dims'->>'w')::int + jsonb_array_length(d->'tags'); END $$;
CREATE FUNCTION b_js_json_in(d json) RETURNS int LANGUAGE plv8 IMMUTABLE AS $$ return d.dims.w + d.tags.length; $$;
CREATE FUNCTION b_pg_json_in(d json) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN (d->'dims'->>'w')::int + json_array_length(d->'tags'); END $$;
CREATE FUNCTION b_js_jsonb_out(x int) RETURNS jsonb LANGUAGE plv8 IMMUTABLE AS $$ return {id: x, tags: ['a', 'b'], dims: {w: x % 7}}; $$;
CREATE FUNCTION b_pg_jsonb_out(x int) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN jsonb_build_object('id', x, 'tags', jsonb_build_array('a', 'b'), 'dims', jsonb_build_object('w', x % 7)); END $$;

-- Median wall time in ms of `reps` runs of q (after one warm-up run).
CREATE FUNCTION b_median_ms(q text, reps int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; times float8[] := '{}';
BEGIN
  EXECUTE q;
  FOR i IN 1..reps LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    times := times || extract(epoch FROM clock_timestamp() - t0) * 1000;
  END LOOP;
  RETURN (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM unnest(times) t);
END $$;

-- subtransactions = false runs the case with plv8.statement_subtransactions off (what the
-- subtransaction around each plv8 statement costs). setup, when set, runs in the case's
-- transaction just before the timed query.
CREATE TEMP TABLE b_cases (ord int, workload text, variant text, rows int, query text, baseline text,
                           subtransactions boolean, setup text);
INSERT INTO b_cases (ord, workload, variant, rows, query, baseline, subtransactions) VALUES
  (1, 'trivial x+1',         'plv8',        100000, 'SELECT sum(b_js_add1(g)) FROM generate_series(1, 100000) g',   'SELECT sum(g) FROM generate_series(1, 100000) g', true),
  (2, 'trivial x+1',         'plpgsql',     100000, 'SELECT sum(b_pg_add1(g)) FROM generate_series(1, 100000) g',   'SELECT sum(g) FROM generate_series(1, 100000) g', true),
  (3, 'trivial x+1',         'sql',         100000, 'SELECT sum(b_sql_add1(g)) FROM generate_series(1, 100000) g',  'SELECT sum(g) FROM generate_series(1, 100000) g', true),
  (4, 'one query per call',  'plv8 execute', 20000, 'SELECT sum(b_js_execute(g)) FROM generate_series(1, 20000) g', 'SELECT sum(g) FROM generate_series(1, 20000) g', true),
  (5, 'one query per call',  'plv8 prepared',20000, 'SELECT sum(b_js_prepared(g)) FROM generate_series(1, 20000) g','SELECT sum(g) FROM generate_series(1, 20000) g', true),
  (6, 'one query per call',  'plv8 prepared, no subxact', 20000, 'SELECT sum(b_js_prepared(g)) FROM generate_series(1, 20000) g','SELECT sum(g) FROM generate_series(1, 20000) g', false),
  (7, 'one query per call',  'plpgsql',      20000, 'SELECT sum(b_pg_query(g)) FROM generate_series(1, 20000) g',   'SELECT sum(g) FROM generate_series(1, 20000) g', true),
  (8, 'jsonb argument',      'plv8',        100000, 'SELECT sum(b_js_jsonb_in(doc)) FROM b_docs',                   'SELECT count(doc) FROM b_docs', true),
  (9, 'jsonb argument',      'plpgsql',     100000, 'SELECT sum(b_pg_jsonb_in(doc)) FROM b_docs',                   'SELECT count(doc) FROM b_docs', true),
  (10, 'json argument',      'plv8',        100000, 'SELECT sum(b_js_json_in(doc_json)) FROM b_docs',               'SELECT count(doc_json) FROM b_docs', true),
  (11, 'json argument',      'plpgsql',     100000, 'SELECT sum(b_pg_json_in(doc_json)) FROM b_docs',               'SELECT count(doc_json) FROM b_docs', true),
  (12, 'jsonb result',       'plv8',        100000, 'SELECT count(b_js_jsonb_out(g)) FROM generate_series(1, 100000) g', 'SELECT count(g) FROM generate_series(1, 100000) g', true),
  (13, 'jsonb result',       'plpgsql',     100000, 'SELECT count(b_pg_jsonb_out(g)) FROM generate_series(1, 100000) g', 'SELECT count(g) FROM generate_series(1, 100000) g', true);
-- In PostgreSQL 15, once a transaction has changed any setting (SET LOCAL, set_config, a function's
-- SET clause), every subtransaction end walks all settings: this case shows what that adds.
INSERT INTO b_cases VALUES
  (14, 'one query per call', 'plv8 prepared, after SET LOCAL', 20000, 'SELECT sum(b_js_prepared(g)) FROM generate_series(1, 20000) g', 'SELECT sum(g) FROM generate_series(1, 20000) g', true,
   'SET LOCAL plv8.statement_subtransactions = on');

-- Every case and its baseline once per round, `reps` rounds (after one warm-up round), so the
-- cases compared in a ratio are measured side by side and a load change hits all of them alike.
-- Each case and each baseline runs in a transaction of its own (COMMIT before it) that has changed
-- no setting unless the case's setup does: plv8.statement_subtransactions is set for the session
-- and committed first, because a setting changed inside the transaction would make every
-- subtransaction of the case walk all settings (see case 14).
CREATE TEMP TABLE b_times (ord int, round int, ms float8, base_ms float8);
CREATE PROCEDURE b_measure(reps int) LANGUAGE plpgsql AS $$
DECLARE c record; t0 timestamptz; ms float8;
BEGIN
  FOR r IN 0..reps LOOP
    FOR c IN SELECT * FROM b_cases ORDER BY b_cases.ord LOOP
      PERFORM set_config('plv8.statement_subtransactions', CASE WHEN c.subtransactions THEN 'on' ELSE 'off' END, false);
      COMMIT;
      IF c.setup IS NOT NULL THEN EXECUTE c.setup; END IF;
      t0 := clock_timestamp();
      EXECUTE c.query;
      ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
      PERFORM set_config('plv8.statement_subtransactions', 'on', false);
      COMMIT;
      t0 := clock_timestamp();
      EXECUTE c.baseline;
      INSERT INTO b_times VALUES (c.ord, r, ms, extract(epoch FROM clock_timestamp() - t0) * 1000);
    END LOOP;
  END LOOP;
END $$;
CALL b_measure(:reps);

CREATE TEMP TABLE b_results AS
  SELECT c.ord, c.workload, c.variant, c.rows, m.ms, m.base_ms
  FROM b_cases c
  JOIN (SELECT t.ord, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms) AS ms,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY t.base_ms) AS base_ms
        FROM b_times t WHERE t.round > 0 GROUP BY t.ord) m USING (ord)
  ORDER BY c.ord;

\echo
\echo plv8-compat benchmark: median of :reps interleaved rounds after one warm-up round; µs per call; ratio = net µs / PL/pgSQL net µs
SELECT workload, variant, rows,
       round(ms::numeric, 1) AS "median ms",
       round((ms * 1000 / rows)::numeric, 3) AS "µs/call",
       round(((ms - base_ms) * 1000 / rows)::numeric, 3) AS "net µs/call",
       round(((ms - base_ms) / nullif((SELECT r2.ms - r2.base_ms FROM b_results r2
                                       WHERE r2.workload = r.workload AND r2.variant = 'plpgsql'), 0))::numeric, 2) AS "vs plpgsql"
FROM b_results r
ORDER BY (SELECT min(r2.ord) FROM b_results r2 WHERE r2.workload = r.workload), ord;  -- cases grouped by workload

-- Absolute time per row of `SELECT f(i) FROM generate_series(1, 100000) i` (total / rows, the
-- baseline not subtracted): the form in which reference figures for other engines are quoted.
CREATE TEMP TABLE b_absolute AS
  SELECT v.ord, v.variant, b_median_ms(v.query, :reps) AS ms
  FROM (VALUES (1, 'plv8 trivial x+1',       'SELECT b_js_add1(i) FROM generate_series(1, 100000) i'),
               (2, 'PL/pgSQL trivial x+1',   'SELECT b_pg_add1(i) FROM generate_series(1, 100000) i'),
               (3, 'plv8 one plv8.execute',  'SELECT b_js_execute(i) FROM generate_series(1, 100000) i'),
               (4, 'PL/pgSQL one query',     'SELECT b_pg_query(i) FROM generate_series(1, 100000) i'),
               (5, 'no function (baseline)', 'SELECT i + 1 FROM generate_series(1, 100000) i')) v(ord, variant, query);
\echo
\echo absolute µs per row of SELECT f(i) FROM generate_series(1, 100000) i, inside the backend (median of :reps)
SELECT variant, round(ms::numeric, 1) AS "median ms", round((ms * 1000 / 100000)::numeric, 3) AS "µs/row"
FROM b_absolute ORDER BY ord;
