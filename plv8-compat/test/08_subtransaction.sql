-- plv8.subtransaction: writes roll back when the function throws, commit otherwise.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(8);

CREATE TABLE st_t (v text);
-- The rows the case wrote, sorted ('a,b'); it empties the table for the next case.
CREATE FUNCTION st_take() RETURNS text LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM st_t RETURNING v) SELECT string_agg(v, ',' ORDER BY v) FROM gone
$$;
CREATE FUNCTION st_throwing() RETURNS text LANGUAGE plv8 AS $$
  plv8.execute("INSERT INTO st_t VALUES ('outside')");
  try {
    plv8.subtransaction(function () {
      plv8.execute("INSERT INTO st_t VALUES ('inside-1')");
      plv8.execute("INSERT INTO st_t VALUES ('inside-2')");
      throw new Error('abort the subtransaction');
    });
  } catch (e) {
    return 'caught: ' + e.message;
  }
  return 'not caught';
$$;
SELECT is(st_throwing(), 'caught: abort the subtransaction', 'the JS exception leaves plv8.subtransaction');
SELECT is(st_take(), 'outside', 'writes inside the failed subtransaction were rolled back, the rest kept');

CREATE FUNCTION st_ok() RETURNS text LANGUAGE plv8 AS $$
  plv8.subtransaction(function () {
    plv8.execute("INSERT INTO st_t VALUES ('a')");
    plv8.execute("INSERT INTO st_t VALUES ('b')");
  });
  return 'done';
$$;
SELECT is(st_ok(), 'done', 'a subtransaction that does not throw completes');
SELECT is(st_take(), 'a,b', 'its writes are committed into the enclosing transaction');

CREATE FUNCTION st_sql_error() RETURNS text LANGUAGE plv8 AS $$
  let caught;
  try {
    plv8.subtransaction(function () {
      plv8.execute("INSERT INTO st_t VALUES ('lost')");
      plv8.execute('SELECT 1/0');
    });
  } catch (e) {
    caught = e.sqlerrcode;
  }
  // The transaction is healthy again: SPI works after the rolled-back subtransaction.
  plv8.execute("INSERT INTO st_t VALUES ('after')");
  return caught;
$$;
\ir lib/engine.sql
-- Upstream rethrows a new Error made from the message alone (plv8-compat/README.md, deliberate differences).
SELECT is(st_sql_error(), CASE WHEN :'ours'::boolean THEN '22012' END,
          'a SQL error inside a subtransaction is catchable with its SQLSTATE (upstream PL/v8: without it)');
SELECT is(st_take(), 'after', 'and the transaction continues without the rolled-back write');

CREATE FUNCTION st_nested() RETURNS text LANGUAGE plv8 AS $$
  plv8.subtransaction(function () {
    plv8.execute("INSERT INTO st_t VALUES ('outer')");
    try {
      plv8.subtransaction(function () {
        plv8.execute("INSERT INTO st_t VALUES ('inner')");
        throw new Error('inner fails');
      });
    } catch (e) { /* only the inner one rolls back */ }
  });
  return 'ok';
$$;
SELECT is(st_nested(), 'ok', 'nested subtransactions');
SELECT is(st_take(), 'outer', 'only the failed inner subtransaction was rolled back');

SELECT * FROM finish();
ROLLBACK;
