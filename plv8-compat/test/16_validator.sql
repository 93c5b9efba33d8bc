-- The validator: CREATE FUNCTION compiles the body (errors reported then), honours
-- check_function_bodies, does not run the body; CREATE OR REPLACE takes effect at once.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(10);

SELECT throws_matching($$CREATE FUNCTION va_bad() RETURNS int LANGUAGE plv8 AS 'return }'$$, 'SyntaxError',
                       'a syntax error is reported at CREATE FUNCTION');
SELECT throws_matching($$DO 'let x = ;' LANGUAGE plv8$$, 'SyntaxError', 'a syntax error in a DO block is reported');
SELECT lives_ok($$CREATE FUNCTION va_throws_when_run() RETURNS int LANGUAGE plv8 AS 'throw new Error("ran")'$$,
                'the validator compiles but does not run the body');
SELECT throws_ok('SELECT va_throws_when_run()', 'XX000', 'ran', 'the body runs only when called');

\ir lib/engine.sql
\if :ours
SET LOCAL check_function_bodies = off;
SELECT lives_ok($$CREATE FUNCTION va_unchecked() RETURNS int LANGUAGE plv8 AS 'return }'$$,
                'with check_function_bodies = off a broken body is accepted (as for pg_dump restores)');
SET LOCAL check_function_bodies = on;
SELECT throws_matching('SELECT va_unchecked()', 'SyntaxError', 'and the syntax error surfaces when it is called');
\else
SELECT skip('skipped on upstream PL/v8 ' || :'plv8_version' || ': its validator compiles the body whatever check_function_bodies says', 2);
\endif

CREATE FUNCTION va_version() RETURNS int LANGUAGE plv8 AS 'return 1';
SELECT is(va_version(), 1, 'first definition');
CREATE OR REPLACE FUNCTION va_version() RETURNS int LANGUAGE plv8 AS 'return 2';
SELECT is(va_version(), 2, 'CREATE OR REPLACE is picked up in the same session (no stale compiled copy)');
SELECT throws_matching($$CREATE OR REPLACE FUNCTION va_version() RETURNS int LANGUAGE plv8 AS 'return ('$$, 'SyntaxError',
                       'a broken replacement is rejected');
SELECT is(va_version(), 2, 'and the previous definition stays in force');

SELECT * FROM finish();
ROLLBACK;
