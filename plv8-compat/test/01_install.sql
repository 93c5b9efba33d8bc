-- Installation: CREATE EXTENSION plv8 creates a trusted language with its handlers.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(12);

SELECT has_extension('plv8', 'extension plv8 is installed');
SELECT is((SELECT lanpltrusted FROM pg_language WHERE lanname = 'plv8'), true,
          'language plv8 exists and is trusted (non-superusers may create functions)');
SELECT is((SELECT lanplcallfoid <> 0 AND laninline <> 0 AND lanvalidator <> 0
             FROM pg_language WHERE lanname = 'plv8'), true,
          'plv8 has a call handler, an inline (DO) handler and a validator');
\ir lib/engine.sql
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'plv8'), CASE WHEN :'ours'::boolean THEN '3.2.0-2' ELSE :'plv8_version' END,
          'extension version follows PL/v8 3.2 (-1: call-statistics functions; -2: PL/v8 3.2 behaviour, plv8_int4array & co.; upstream: its own)');

CREATE FUNCTION inst_add(a int, b int) RETURNS int LANGUAGE plv8 AS $$ return a + b; $$;
SELECT is(inst_add(40, 2), 42, 'a plv8 scalar function runs');

CREATE TABLE inst_t (v text);
DO $$ plv8.execute("INSERT INTO inst_t VALUES ('from DO')"); $$ LANGUAGE plv8;
SELECT is((SELECT v FROM inst_t), 'from DO', 'a DO block runs in plv8');

SELECT lives_ok($$DROP EXTENSION plv8 CASCADE$$, 'the extension can be dropped');
SELECT hasnt_extension('plv8', 'plv8 is gone after DROP EXTENSION');
SELECT lives_ok($$CREATE EXTENSION plv8$$, 'and created again in the same session');
\if :ours
SELECT lives_ok($$DROP EXTENSION plv8 CASCADE; CREATE EXTENSION plv8 VERSION '3.2.0-1'; ALTER EXTENSION plv8 UPDATE$$,
                'a 3.2.0-1 database updates to the current version');
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'plv8'), '3.2.0-2', 'ALTER EXTENSION plv8 UPDATE reaches 3.2.0-2');
\else
SELECT skip('skipped on upstream PL/v8 ' || :'plv8_version' || ': 3.2.0-1 and 3.2.0-2 are versions of plv8-compat''s extension script', 2);
\endif
SELECT has_domain('pg_catalog', 'plv8_int4array', 'the update creates PL/v8''s external array types');

SELECT * FROM finish();
ROLLBACK;
