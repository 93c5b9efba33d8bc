-- DO blocks, procedures (CALL), VARIADIC, DEFAULT and named arguments, the `arguments` object.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(14);

CREATE TABLE da_t (v text);
DO $$ plv8.execute("INSERT INTO da_t VALUES ('do block')"); $$ LANGUAGE plv8;
SELECT is((SELECT v FROM da_t), 'do block', 'DO block runs and its writes persist');
SELECT throws_ok($$DO $d$ throw new Error('from DO'); $d$ LANGUAGE plv8$$, 'XX000', 'from DO', 'an exception in a DO block is an ERROR');
SELECT lives_ok($$DO $d$ const x = 1; $d$ LANGUAGE plv8$$, 'a DO block without a return value');

CREATE PROCEDURE da_proc(a int, b text) LANGUAGE plv8 AS $$
  plv8.execute('INSERT INTO da_t VALUES ($1)', [b + a]);
$$;
CALL da_proc(7, 'proc');
SELECT is((SELECT count(*)::int FROM da_t WHERE v = 'proc7'), 1, 'CALL runs a plv8 procedure with arguments');
CREATE PROCEDURE da_proc_fail() LANGUAGE plv8 AS $$ throw new Error('proc failed'); $$;
SELECT throws_ok('CALL da_proc_fail()', 'XX000', 'proc failed', 'errors in procedures propagate');

CREATE FUNCTION da_variadic(VARIADIC xs int[]) RETURNS text LANGUAGE plv8 AS $$ return Array.isArray(xs) + ':' + xs.length + ':' + xs.join('+'); $$;
SELECT is(da_variadic(1, 2, 3), 'true:3:1+2+3', 'VARIADIC arguments arrive as one array');
SELECT is(da_variadic(VARIADIC ARRAY[4, 5]), 'true:2:4+5', 'VARIADIC with an explicit array');

CREATE FUNCTION da_default(a int, b int DEFAULT 10, c text DEFAULT 'z') RETURNS text LANGUAGE plv8 AS $$ return a + b + c; $$;
SELECT is(da_default(1), '11z', 'defaults fill omitted arguments');
SELECT is(da_default(1, 2), '3z', 'some defaults overridden');
SELECT is(da_default(c => 'named', a => 5), '15named', 'named arguments in any order, skipping a default');

CREATE FUNCTION da_args(int, int) RETURNS text LANGUAGE plv8 AS $$ return arguments.length + ':' + (arguments[0] * arguments[1]); $$;
SELECT is(da_args(6, 7), '2:42', 'unnamed parameters through `arguments`');
CREATE FUNCTION da_mixed(first text, int) RETURNS text LANGUAGE plv8 AS $$ return first + arguments[1] + '/' + (arguments[0] === first); $$;
SELECT is(da_mixed('n', 1), 'n1/true', 'named and unnamed parameters together; arguments[i] matches the named one');
CREATE FUNCTION da_nulls(a text, b text) RETURNS text LANGUAGE plv8 AS $$ return String(a) + ',' + String(b) + ',' + arguments.length; $$;
SELECT is(da_nulls(NULL, 'x'), 'null,x,2', 'NULL arguments are null and still counted');
CREATE FUNCTION da_strict(a int) RETURNS int LANGUAGE plv8 STRICT AS $$ throw new Error('must not run'); $$;
SELECT is(da_strict(NULL), NULL::int, 'STRICT functions are not called with NULL arguments');

SELECT * FROM finish();
ROLLBACK;
