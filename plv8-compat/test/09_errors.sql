-- Error paths and their SQLSTATEs: JS throw, thrown objects with sqlerrcode/detail/hint, SQL errors
-- caught in JS, syntax errors at CREATE FUNCTION, and caught errors that still abort the statement.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(17);

\ir lib/outcome.sql
-- 'SQLSTATE|message|detail|hint' of the error a query raises.
CREATE FUNCTION er_capture(q text) RETURNS text LANGUAGE sql AS $$
  SELECT coalesce(code || '|' || message || '|' || coalesce(detail, '') || '|' || coalesce(hint, ''), 'no error')
    FROM test_error(q)
$$;
-- Everything the client sees about the error, for "where" checks (line numbers, stack).
CREATE FUNCTION er_context(q text) RETURNS text LANGUAGE sql AS $$
  SELECT coalesce(message || E'\n' || coalesce(detail, '') || E'\n' || coalesce(context, ''), 'no error') FROM test_error(q)
$$;

CREATE FUNCTION er_plain() RETURNS int LANGUAGE plv8 AS $$ throw new Error('boom'); $$;
CREATE FUNCTION er_type() RETURNS int LANGUAGE plv8 AS $$ null.x; $$;
CREATE FUNCTION er_string() RETURNS int LANGUAGE plv8 AS $$ throw 'a bare string'; $$;
CREATE FUNCTION er_object() RETURNS int LANGUAGE plv8 AS $$
  throw {sqlerrcode: '22023', message: 'bad parameter', detail: 'value was -1', hint: 'pass a positive number'};
$$;
CREATE FUNCTION er_error_with_code() RETURNS int LANGUAGE plv8 AS $$
  const e = new Error('custom failure');
  e.sqlerrcode = 'P0001';
  e.hint = 'check the input';
  throw e;
$$;

SELECT throws_ok('SELECT er_plain()', 'XX000', 'boom', 'throw new Error -> ERROR XX000 with the message without "Error: " (as upstream PL/v8)');
SELECT throws_ok('SELECT er_type()', 'XX000', NULL, 'a TypeError from the engine -> ERROR XX000');
SELECT matches(er_capture('SELECT er_type()'), '^XX000\|TypeError: ', 'the TypeError message is kept');
SELECT throws_ok('SELECT er_string()', 'XX000', 'a bare string', 'throw of a string -> ERROR XX000 with that string');
\ir lib/engine.sql
-- Upstream PL/v8 reads only a numeric `code` off a thrown value, and a plain object's message is its
-- toString() (plv8-compat/README.md, deliberate differences): what each engine raises is asserted.
SELECT is(er_capture('SELECT er_object()'),
          CASE WHEN :'ours'::boolean THEN '22023|bad parameter' ELSE 'XX000|[object Object]' END || '|value was -1|pass a positive number',
          'thrown object: sqlerrcode, message, detail and hint become the ERROR fields (upstream: XX000, [object Object])');
SELECT is(er_capture('SELECT er_error_with_code()'), CASE WHEN :'ours'::boolean THEN 'P0001' ELSE 'XX000' END || '|custom failure||check the input',
          'an Error with sqlerrcode reports its plain message and that SQLSTATE (upstream: XX000)');
SELECT matches(er_context('SELECT er_plain()'), 'er_plain', 'the error context names the JS function (name() LINE n: source, as PL/v8)');

-- SQL errors seen from JS (inside a subtransaction, so the transaction may continue).
CREATE TABLE er_t (id int PRIMARY KEY);
INSERT INTO er_t VALUES (1);
CREATE FUNCTION er_raise_full() RETURNS void LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'raised in plpgsql' USING ERRCODE = 'P0002', DETAIL = 'some detail', HINT = 'some hint'; END $$;
CREATE FUNCTION er_catch(q text) RETURNS text LANGUAGE plv8 AS $$
  try {
    plv8.subtransaction(() => plv8.execute(q));
    return 'no error';
  } catch (e) {
    return [e instanceof Error, e.sqlerrcode, e.message, e.detail, e.hint].join('|');
  }
$$;
\if :ours
SELECT is(er_catch('SELECT 1/0'), 'true|22012|division by zero||', 'SQL error caught in JS: an Error with sqlerrcode and message');
SELECT is(er_catch('INSERT INTO er_t VALUES (1)'), 'true|23505|duplicate key value violates unique constraint "er_t_pkey"|Key (id)=(1) already exists.|',
          'SQL error caught in JS exposes detail');
SELECT is(er_catch('SELECT er_raise_full()'), 'true|P0002|raised in plpgsql|some detail|some hint', 'SQL error caught in JS exposes hint');
SELECT is(er_catch('SELECT no_such_column FROM er_t'), 'true|42703|column "no_such_column" does not exist||', 'parse errors are caught the same way');
CREATE FUNCTION er_rethrow() RETURNS int LANGUAGE plv8 AS $$
  try { plv8.subtransaction(() => plv8.execute('SELECT 1/0')); } catch (e) { throw e; }
$$;
SELECT throws_ok('SELECT er_rethrow()', '22012', 'division by zero', 'a re-thrown SQL error keeps its SQLSTATE and message');
\else
-- Upstream's plv8.subtransaction rethrows a new Error made from the message alone.
SELECT skip('skipped on upstream PL/v8 ' || :'plv8_version' || ': plv8.subtransaction rethrows a SQL error as a new Error '
            || 'without its SQLSTATE, DETAIL and HINT', 5);
\endif

-- Each plv8.execute runs in its own subtransaction (as in PL/v8 3.2): a caught SQL error rolls back
-- only the failed statement, earlier writes stay and the function goes on.
CREATE TABLE er_w (v text);
CREATE FUNCTION er_swallow() RETURNS text LANGUAGE plv8 AS $$
  plv8.execute("INSERT INTO er_w VALUES ('kept')");
  try { plv8.execute('SELECT 1/0'); } catch (e) { /* swallowed */ }
  return 'returned normally';
$$;
SELECT is(er_swallow(), 'returned normally', 'a SQL error caught in JS leaves the statement usable');
SELECT is((SELECT count(*)::int FROM er_w), 1, 'and the earlier write of that statement is kept');

-- Syntax errors are found by the validator at CREATE FUNCTION time, with the body line number.
SELECT matches(er_capture($f$CREATE FUNCTION er_bad_syntax() RETURNS int LANGUAGE plv8 AS $$
let a = 1;
let b = (;
return a;
$$$f$), '^[0-9A-Z]{5}\|SyntaxError', 'syntax error -> ERROR at CREATE FUNCTION naming SyntaxError');
SELECT matches(er_context($f$CREATE FUNCTION er_bad_syntax() RETURNS int LANGUAGE plv8 AS $$
let a = 1;
let b = (;
return a;
$$$f$), 'er_bad_syntax\(\) LINE 3: let b = \(;', 'the report gives the line of the error in the body (line 1 is the empty first line after $$)');
SELECT hasnt_function('er_bad_syntax', 'the function with the syntax error was not created');

SELECT * FROM finish();
ROLLBACK;
