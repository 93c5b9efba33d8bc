-- Behaviour that goes beyond upstream PL/v8 or was only checked by hand: the window-function API,
-- plan.free() while the plan runs, cached statements after DDL, multi-statement strings,
-- transaction control through plv8.execute, a large bytea round trip, and memory that stays flat
-- over repeated calls. (Cancel/timeout caught inside a JS loop and JS -> SQL -> JS recursion are
-- covered in 15_limits.sql.)
-- gc() lets the memory test measure the heap after a full collection instead of whatever
-- garbage the young generation holds at that moment. Flags apply when V8 starts in this
-- backend, so this comes before any plv8 code runs in the session.
SET plv8.v8_flags = '--expose-gc';
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'what plv8-compat does beyond upstream PL/v8, by definition'
\ir lib/only_ours.sql
\if :ours
SELECT plan(37);

-- test_outcome(q): 'SQLSTATE|message' of a query's error, or 'no error'.
\ir lib/outcome.sql

---------------------------------------------------------------------------------------------
-- Window functions: plv8.get_window_object(). Every JS result is compared with the built-in
-- window function that computes the same thing over the same rows.
CREATE TABLE bu_w (grp text, v int);
INSERT INTO bu_w VALUES ('a', 10), ('a', 20), ('a', 20), ('a', 40), ('b', 5), ('b', 7), ('c', NULL);

CREATE FUNCTION bu_row_number() RETURNS int LANGUAGE plv8 WINDOW AS $$
  return plv8.get_window_object().get_current_position() + 1;
$$;
CREATE FUNCTION bu_count() RETURNS int LANGUAGE plv8 WINDOW AS $$
  return plv8.get_window_object().get_partition_row_count();
$$;
CREATE FUNCTION bu_lag(x int) RETURNS int LANGUAGE plv8 WINDOW AS $$
  const w = plv8.get_window_object();
  const prev = w.get_func_arg_in_partition(0, -1, w.SEEK_CURRENT, false);
  return prev === undefined ? null : prev;
$$;
CREATE FUNCTION bu_first_in_frame(x int) RETURNS int LANGUAGE plv8 WINDOW AS $$
  const w = plv8.get_window_object();
  return w.get_func_arg_in_frame(0, 0, w.SEEK_HEAD, false);
$$;
CREATE FUNCTION bu_last_in_partition(x int) RETURNS int LANGUAGE plv8 WINDOW AS $$
  const w = plv8.get_window_object();
  return w.get_func_arg_in_partition(0, 0, w.SEEK_TAIL, false);
$$;
CREATE FUNCTION bu_running_sum(x int) RETURNS int LANGUAGE plv8 WINDOW AS $$
  // State kept across the rows of one partition (reset for the next partition).
  const w = plv8.get_window_object();
  const state = w.get_partition_local() || {sum: 0};
  state.sum += w.get_func_arg_current(0) || 0;
  w.set_partition_local(state);
  return state.sum;
$$;
CREATE FUNCTION bu_dense_rank() RETURNS int LANGUAGE plv8 WINDOW AS $$
  const w = plv8.get_window_object();
  const pos = w.get_current_position();
  const state = w.get_partition_local() || {rank: 0};
  if (pos === 0 || !w.rows_are_peers(pos - 1, pos)) state.rank++;
  w.set_partition_local(state);
  return state.rank;
$$;
CREATE FUNCTION bu_big_local() RETURNS int LANGUAGE plv8 WINDOW AS $$
  plv8.get_window_object().set_partition_local('x'.repeat(100000));
  return 1;
$$;
CREATE FUNCTION bu_not_window() RETURNS int LANGUAGE plv8 AS $$ return plv8.get_window_object().get_current_position(); $$;

SELECT results_eq(
  'SELECT bu_row_number() OVER w, bu_count() OVER w FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'SELECT (row_number() OVER w)::int, (count(*) OVER (PARTITION BY grp))::int FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'get_current_position / get_partition_row_count match row_number() and count(*) per partition');
SELECT results_eq(
  'SELECT bu_lag(v) OVER w FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'SELECT lag(v) OVER w FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'get_func_arg_in_partition(0, -1, SEEK_CURRENT) matches lag() (first row: out of partition -> null)');
SELECT results_eq(
  'SELECT bu_first_in_frame(v) OVER w, bu_last_in_partition(v) OVER w FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'SELECT first_value(v) OVER w, last_value(v) OVER (PARTITION BY grp ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
     FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'SEEK_HEAD in the frame matches first_value(); SEEK_TAIL in the partition matches last_value() over the partition');
SELECT results_eq(
  'SELECT bu_running_sum(v) OVER w FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v ROWS UNBOUNDED PRECEDING)',
  'SELECT (coalesce(sum(v) OVER w, 0))::int FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v ROWS UNBOUNDED PRECEDING)',
  'get/set_partition_local keep a running sum per partition, starting afresh in each partition');
SELECT results_eq(
  'SELECT bu_dense_rank() OVER w FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'SELECT (dense_rank() OVER w)::int FROM bu_w WINDOW w AS (PARTITION BY grp ORDER BY v)',
  'rows_are_peers sees the tie (20, 20): the JS dense rank matches dense_rank()');
SELECT matches(test_outcome('SELECT bu_big_local() OVER () FROM bu_w'),
               '^XX000\|window local memory overflow',
               'a partition-local value over the reserved size fails (PL/v8''s message)');
SELECT matches(test_outcome('SELECT bu_not_window()'), 'window',
               'get_window_object() outside a window function is an error that says so');

---------------------------------------------------------------------------------------------
-- plan.free() while the plan is executing: the plan stays valid until its execution ends.
CREATE FUNCTION bu_free_inner() RETURNS int LANGUAGE plv8 AS $$
  globalThis.bu_plan.free();  // the outer plan.execute() is still running this query
  return 7;
$$;
CREATE FUNCTION bu_free_outer() RETURNS text LANGUAGE plv8 AS $$
  globalThis.bu_plan = plv8.prepare('SELECT bu_free_inner() AS r FROM generate_series(1, 3)');
  const rows = globalThis.bu_plan.execute();
  let again;
  try { globalThis.bu_plan.execute(); again = 'executed'; } catch (e) { again = e.message; }
  return rows.map(r => r.r).join(',') + ' / ' + again;
$$;
SELECT is(bu_free_outer(), '7,7,7 / this plan has been freed',
          'plan.free() from inside the running plan: the execution finishes all rows, later use says the plan is freed');
CREATE FUNCTION bu_free_cursor() RETURNS text LANGUAGE plv8 AS $$
  const plan = plv8.prepare('SELECT g FROM generate_series(1, 5) g');
  const cursor = plan.cursor();
  plan.free();  // the open cursor keeps its own copy of the plan
  const got = [];
  for (let r; (r = cursor.fetch()); ) got.push(r.g);
  cursor.close();
  return got.join(',');
$$;
SELECT is(bu_free_cursor(), '1,2,3,4,5', 'a cursor opened from a plan still reads all rows after plan.free()');

---------------------------------------------------------------------------------------------
-- Statements kept by plv8.execute are replanned after DDL.
CREATE TABLE bu_ddl (a int);
INSERT INTO bu_ddl VALUES (1);
CREATE FUNCTION bu_select_all() RETURNS text LANGUAGE plv8 AS $$
  return JSON.stringify(plv8.execute('SELECT * FROM bu_ddl'));
$$;
SELECT is(bu_select_all(), '[{"a":1}]', 'SELECT * before DDL');
ALTER TABLE bu_ddl ADD COLUMN b text DEFAULT 'new';
SELECT is(bu_select_all(), '[{"a":1,"b":"new"}]', 'the same statement after ADD COLUMN returns the new column');
ALTER TABLE bu_ddl ALTER COLUMN a TYPE text USING 'x' || a;
SELECT is(bu_select_all(), '[{"a":"x1","b":"new"}]', 'after a column type change the value converts with the new type');
DROP TABLE bu_ddl;
SELECT matches(test_outcome('SELECT bu_select_all()'), '^42P01\|relation "bu_ddl" does not exist',
               'after DROP TABLE the cached statement fails with undefined_table');
CREATE TABLE bu_ddl (z int);
INSERT INTO bu_ddl VALUES (3);
SELECT is(bu_select_all(), '[{"z":3}]', 'a table re-created under the same name is found again');

---------------------------------------------------------------------------------------------
-- Several statements in one plv8.execute string (no parameters).
CREATE FUNCTION bu_multi() RETURNS text LANGUAGE plv8 AS $$
  // The second statement uses the table the first one creates (each is analysed in turn).
  const r = plv8.execute('CREATE TEMP TABLE bu_m (x int); INSERT INTO bu_m VALUES (1), (2), (3); SELECT sum(x)::int AS s FROM bu_m');
  return JSON.stringify(r);
$$;
SELECT is(bu_multi(), '[{"s":6}]', 'a multi-statement string runs every statement and returns the last one''s rows');
SELECT is((SELECT count(*)::int FROM bu_m), 3, 'the earlier statements of the string took effect');
CREATE FUNCTION bu_multi_count() RETURNS int LANGUAGE plv8 AS $$
  return plv8.execute('UPDATE bu_m SET x = x + 1; DELETE FROM bu_m WHERE x > 3');
$$;
SELECT is(bu_multi_count(), 1, 'a string ending in DELETE returns the DELETE''s row count');
CREATE FUNCTION bu_multi_params(x int) RETURNS text LANGUAGE plv8 AS $$
  return JSON.stringify(plv8.execute('INSERT INTO bu_m VALUES ($1); SELECT count(*)::int AS c FROM bu_m WHERE x = $1', [x]));
$$;
SELECT is(bu_multi_params(42), '[{"c":1}]', 'with parameters every statement of the string sees them; the last one''s rows are returned');

---------------------------------------------------------------------------------------------
-- Transaction control through plv8.execute.
CREATE FUNCTION bu_exec(sql text) RETURNS int LANGUAGE plv8 AS $$ plv8.execute(sql); return 1; $$;
SELECT is(test_outcome($$SELECT bu_exec('COMMIT')$$),
          '2D000|transaction control statements cannot be run through plv8.execute',
          'COMMIT via plv8.execute -> 2D000 invalid_transaction_termination');
SELECT is(test_outcome($$SELECT bu_exec('ROLLBACK')$$),
          '2D000|transaction control statements cannot be run through plv8.execute',
          'ROLLBACK via plv8.execute -> 2D000 as well');

---------------------------------------------------------------------------------------------
-- A large bytea (16 MB) converts to a Uint8Array and back unchanged.
CREATE FUNCTION bu_bytea_reverse(b bytea) RETURNS bytea LANGUAGE plv8 AS $$ return b.slice().reverse(); $$;
CREATE TEMP TABLE bu_blob AS
  SELECT decode(string_agg(md5(g::text), ''), 'hex') AS b FROM generate_series(1, 1024 * 1024) g;  -- 16 bytes per md5
SELECT is((SELECT md5(bu_bytea_reverse(bu_bytea_reverse(b))) = md5(b) AND length(b) = 16777216 FROM bu_blob), true,
          'a 16 MB bytea survives two round trips through JS byte for byte');

---------------------------------------------------------------------------------------------
-- Memory stays flat over repeated calls: the V8 heap after many more calls is within a few MB
-- of the heap after a first batch, and so is the backend's PostgreSQL memory.
CREATE FUNCTION bu_work(i int) RETURNS int LANGUAGE plv8 AS $$
  const rows = plv8.execute('SELECT $1::int + 1 AS n, repeat($2, 10) AS t', [i, 'ab']);
  const o = {i, list: [1, 2, 3].map(x => x * i), text: rows[0].t + i};
  return rows[0].n + o.list.length + o.text.length;
$$;
CREATE FUNCTION bu_heap_used() RETURNS float8 LANGUAGE plv8 AS $$ gc(); return plv8.memory_usage().used_heap_size; $$;
CREATE FUNCTION bu_pg_memory() RETURNS bigint LANGUAGE sql AS $$ SELECT sum(total_bytes)::bigint FROM pg_backend_memory_contexts $$;
CREATE TEMP TABLE bu_mem (step int, heap float8, pg bigint);
SELECT is(sum(bu_work(g))::bigint, sum(g + 1 + 3 + 20 + length(g::text))::bigint, 'warm-up: 5000 calls compute the expected sum') FROM generate_series(1, 5000) g;
INSERT INTO bu_mem VALUES (1, bu_heap_used(), bu_pg_memory());
SELECT is(count(bu_work(g))::int, 30000, '30 000 more calls') FROM generate_series(1, 30000) g;
INSERT INTO bu_mem VALUES (2, bu_heap_used(), bu_pg_memory());
SELECT cmp_ok((SELECT (b.heap - a.heap) / 1048576 FROM bu_mem a, bu_mem b WHERE a.step = 1 AND b.step = 2), '<', 1::float8,
              'the V8 heap (after a full GC) grows by less than 1 MB over 30 000 more calls (each running plv8.execute)');
SELECT cmp_ok((SELECT (b.pg - a.pg)::float8 / 1048576 FROM bu_mem a, bu_mem b WHERE a.step = 1 AND b.step = 2), '<', 2::float8,
              'the backend''s PostgreSQL memory grows by less than 2 MB over those calls');

-- plv8.without_statement_subtransactions(fn): fn's statements run without their own subtransaction,
-- so a SQL error inside cannot be caught and gone on from; it is raised at the end of the call (or
-- of the plv8.subtransaction around fn) and nothing of the failing call stays.
CREATE TABLE ws_t (v text);
CREATE FUNCTION ws_take() RETURNS text LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM ws_t RETURNING v) SELECT coalesce(string_agg(v, ',' ORDER BY v), '') FROM gone
$$;
CREATE FUNCTION ws_ok() RETURNS text LANGUAGE plv8 AS $$
  return plv8.without_statement_subtransactions(function () {
    plv8.execute("INSERT INTO ws_t VALUES ('a')");
    const plan = plv8.prepare('INSERT INTO ws_t VALUES ($1)', ['text']);
    plan.execute(['b']);
    plan.free();
    return 'returned';
  });
$$;
SELECT is(ws_ok(), 'returned', 'without_statement_subtransactions answers what fn returns');
SELECT is(ws_take(), 'a,b', 'and fn''s writes stay');
-- What is saved: a write in a statement subtransaction takes a transaction ID of its own (its rows'
-- xmin), and past 64 of them PostgreSQL's per-backend subtransaction cache overflows.
CREATE FUNCTION ws_xids() RETURNS text LANGUAGE plv8 AS $$
  const writes = (v) => { for (let i = 0; i < 3; i++) plv8.execute('INSERT INTO ws_t VALUES ($1)', [v]); };
  plv8.without_statement_subtransactions(() => writes('direct'));
  writes('usual');
  return plv8.execute(`SELECT string_agg(v || ' ' || n || ' ' || own, ', ' ORDER BY v) AS s FROM (
      SELECT v, count(DISTINCT xmin::text) AS n, bool_and(xmin <> pg_catalog.pg_current_xact_id()::xid) AS own
        FROM ws_t GROUP BY v) g`)[0].s;
$$;
SELECT is(ws_xids(), 'direct 1 false, usual 3 true',
          'writes inside fn take the transaction''s own ID; outside fn each takes a subtransaction ID');
SELECT is(ws_take(), 'direct,direct,direct,usual,usual,usual', 'their rows');
CREATE FUNCTION ws_swallow() RETURNS text LANGUAGE plv8 AS $$
  plv8.execute("INSERT INTO ws_t VALUES ('before')");
  return plv8.without_statement_subtransactions(function () {
    plv8.execute("INSERT INTO ws_t VALUES ('inside')");
    try { plv8.execute('SELECT 1/0'); } catch (e) { /* swallowed */ }
    let next = 'no error';
    try { plv8.execute('SELECT 1'); } catch (e) { next = e.sqlerrcode; }
    return next;
  });
$$;
SELECT is(test_outcome('SELECT ws_swallow()'), '22012|division by zero',
          'a SQL error fn caught is raised when the call returns (further SQL in fn failed with 25P02)');
SELECT is(ws_take(), '', 'and none of the call''s writes stay, from before fn or inside it');
CREATE FUNCTION ws_in_subtransaction() RETURNS text LANGUAGE plv8 AS $$
  plv8.execute("INSERT INTO ws_t VALUES ('kept')");
  let code = null;
  try {
    plv8.subtransaction(function () {
      plv8.without_statement_subtransactions(function () {
        plv8.execute("INSERT INTO ws_t VALUES ('undone')");
        plv8.execute('SELECT 1/0');
      });
    });
  } catch (e) {
    code = e.sqlerrcode;
  }
  // The subtransaction's rollback ended the poison: SQL runs again, with statement subtransactions.
  try { plv8.execute('SELECT 1/0'); } catch (e) { code += ' then ' + e.sqlerrcode; }
  plv8.execute("INSERT INTO ws_t VALUES ('after')");
  return code;
$$;
SELECT is(ws_in_subtransaction(), '22012 then 22012', 'inside plv8.subtransaction the error rolls back that subtransaction only');
SELECT is(ws_take(), 'after,kept', 'the writes outside it stay');

CREATE FUNCTION ws_inner_catches() RETURNS text LANGUAGE plv8 AS $$
  let code = null;
  try { plv8.execute('SELECT 1/0'); } catch (e) { code = e.sqlerrcode; }
  return code + ' then ' + plv8.execute('SELECT 1 AS one')[0].one;
$$;
CREATE FUNCTION ws_nested_frame() RETURNS text LANGUAGE plv8 AS $$
  return plv8.without_statement_subtransactions(() => plv8.execute('SELECT ws_inner_catches() AS r')[0].r);
$$;
SELECT is(ws_nested_frame(), '22012 then 1', 'a PL/v8 function that fn''s SQL calls keeps its statement subtransactions');
SELECT is(test_outcome('DO $$ plv8.without_statement_subtransactions(42) $$ LANGUAGE plv8'),
          'XX000|TypeError: plv8.without_statement_subtransactions(fn) needs a function', 'fn must be a function');

-- plv8.prepare parses and plans in a subtransaction of its own, as plv8.execute does: a statement
-- that does not parse, or names a missing table, is an error JS can catch and go on from.
CREATE FUNCTION ws_prepare_caught() RETURNS text LANGUAGE plv8 AS $$
  const codes = [];
  for (const sql of ['SELEC 1', 'SELECT * FROM ws_no_such_table']) {
    try { plv8.prepare(sql); } catch (e) { codes.push(e.sqlerrcode); }
  }
  plv8.execute("INSERT INTO ws_t VALUES ('after')");
  return codes.join(',');
$$;
SELECT is(ws_prepare_caught(), '42601,42P01', 'a caught plv8.prepare error leaves the transaction usable');
SELECT is(ws_take(), 'after', 'and the write after it stays');

SELECT * FROM finish();
ROLLBACK;
\endif
