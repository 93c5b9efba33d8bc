-- plv8.prepare(sql, types) -> plan.execute / plan.cursor / plan.free; cursor fetch/move/close.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(13);

CREATE TABLE pc_t (id int, v text);
INSERT INTO pc_t SELECT g, 'row' || g FROM generate_series(1, 10) g;

CREATE FUNCTION pc_js(code text) RETURNS text LANGUAGE plv8 AS $$
  return JSON.stringify(new Function('return (() => {' + code + '})()')());
$$;

SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT $1::int * 2 AS d', ['int4']);
  const out = [plan.execute([21])[0].d, plan.execute([5])[0].d];
  plan.free();
  return out;$$), '[42,10]', 'prepared plan executes with array parameters, repeatedly');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT v FROM pc_t WHERE id = $1 OR v = $2 ORDER BY id', ['int', 'text']);
  const rows = plan.execute(2, 'row7');
  plan.free();
  return rows;$$), '[{"v":"row2"},{"v":"row7"}]', 'prepared plan with two typed parameters (varargs form)');
SELECT is(pc_js($$
  const plan = plv8.prepare('UPDATE pc_t SET v = upper(v) WHERE id > $1', ['int']);
  const n = plan.execute([8]);
  plan.free();
  return n;$$), '2', 'prepared UPDATE returns the affected count');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT count(*)::int AS n FROM pc_t');
  const n = plan.execute()[0].n;
  plan.free();
  return n;$$), '10', 'plan without parameters');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT 1');
  plan.free();
  try { plan.execute(); return 'no error'; } catch (e) { return 'threw'; }$$), '"threw"',
  'executing a freed plan throws a JS error (no crash)');

CREATE FUNCTION pc_cached(x int) RETURNS int LANGUAGE plv8 AS $$
  // The plan is prepared once and kept in a global for later calls.
  if (!globalThis.pc_plan) { globalThis.pc_plan = plv8.prepare('SELECT $1::int + 1 AS r', ['int']); globalThis.pc_prepared = (globalThis.pc_prepared || 0) + 1; }
  return globalThis.pc_plan.execute([x])[0].r;
$$;
CREATE FUNCTION pc_prepared_count() RETURNS int LANGUAGE plv8 AS $$ return globalThis.pc_prepared; $$;
SELECT is((SELECT sum(pc_cached(g))::int FROM generate_series(1, 100) g), 5150, 'a plan cached in a global works across calls');
SELECT is(pc_prepared_count(), 1, 'and was prepared only once');

SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT id FROM pc_t ORDER BY id');
  const cur = plan.cursor();
  const first = cur.fetch();
  const next3 = cur.fetch(3);
  cur.close();
  plan.free();
  return [first, next3];$$), '[{"id":1},[{"id":2},{"id":3},{"id":4}]]', 'cursor.fetch() -> one row object; fetch(n) -> array of n rows');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT id FROM pc_t ORDER BY id');
  const cur = plan.cursor();
  cur.move(6);
  const row = cur.fetch();
  cur.close();
  plan.free();
  return row;$$), '{"id":7}', 'cursor.move(n) skips n rows');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT id FROM pc_t WHERE id > $1 ORDER BY id', ['int']);
  const cur = plan.cursor([8]);
  const rows = [cur.fetch(), cur.fetch(), cur.fetch() === undefined];
  cur.close();
  plan.free();
  return rows;$$), '[{"id":9},{"id":10},true]', 'cursor with parameters; fetch() past the end -> undefined');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT id FROM pc_t WHERE id > 8 ORDER BY id');
  const cur = plan.cursor();
  const rows = cur.fetch(5);
  cur.close();
  plan.free();
  return rows;$$), '[{"id":9},{"id":10}]', 'fetch(n) near the end returns the remaining rows');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT g FROM generate_series(1, 1000) g');
  const cur = plan.cursor();
  let sum = 0, row;
  while ((row = cur.fetch()) !== undefined) sum += row.g;
  cur.close();
  plan.free();
  return sum;$$), '500500', 'iterating a cursor to the end visits every row once');
SELECT is(pc_js($$
  const plan = plv8.prepare('SELECT 1 AS x');
  const cur = plan.cursor();
  cur.close();
  try { cur.fetch(); return 'no error'; } catch (e) { return 'threw'; }$$), '"threw"', 'fetching from a closed cursor throws (no crash)');

SELECT * FROM finish();
ROLLBACK;
