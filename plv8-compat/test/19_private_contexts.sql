-- Named private contexts (`// plv8:context NAME` as the first line of a superuser-owned function),
-- plv8.find_function's context and EXECUTE checks, and EXECUTE on plv8.start_proc.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'private V8 contexts (// plv8:context NAME) are plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
SELECT plan(37);

CREATE ROLE pc_role_a NOLOGIN;
CREATE ROLE pc_role_b NOLOGIN;
CREATE ROLE pc_role_c NOLOGIN;
CREATE ROLE pc_role_d NOLOGIN;
-- Outcomes under SET ROLE: test_try(k, q) writes the result of a statement, or its SQLSTATE and
-- message, and test_obs(k) reads it back afterwards.
\ir lib/outcome.sql

-- Private functions (owned by the superuser running this test) and ordinary ones.
CREATE FUNCTION pc_priv_set(v text) RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-test.1
globalThis.pc_secret = v; return 'set'; $$;
CREATE FUNCTION pc_priv_get() RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-test.1
return String(globalThis.pc_secret); $$;
CREATE FUNCTION pc_priv_has_record_call() RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-test.1
return typeof plv8.record_call; $$;
CREATE FUNCTION pc_other_get() RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-other
return String(globalThis.pc_secret); $$;
CREATE FUNCTION pc_ord_set(v text) RETURNS text LANGUAGE plv8 AS $$ globalThis.pc_secret = v; return 'set'; $$;
CREATE FUNCTION pc_ord_get() RETURNS text LANGUAGE plv8 AS $$ return String(globalThis.pc_secret); $$;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC;

-- 1. Separate globals: private context vs the role's ordinary context, DO blocks and other names.
SELECT is(pc_priv_set('private value'), 'set', 'a superuser-owned function with the pragma runs');
SELECT is(pc_priv_get(), 'private value', 'functions of the same private context share its globals');
SELECT is(pc_ord_get(), 'undefined', 'the role''s ordinary context does not see the private global');
DO $$ plv8.execute('INSERT INTO test_obs VALUES ($1, $2)', ['do_sees', String(globalThis.pc_secret)]); $$ LANGUAGE plv8;
SELECT is(test_obs('do_sees'), 'undefined', 'a DO block does not see the private global');
SELECT is(pc_ord_set('ordinary value'), 'set', 'an ordinary function sets the same global name');
SELECT is(pc_priv_get(), 'private value', 'ordinary code cannot replace the private context''s global');
DO $$ globalThis.pc_secret = 'from DO'; globalThis.plv8 = Object.assign({ hijacked: true }, plv8); $$ LANGUAGE plv8;
SELECT is(pc_priv_get(), 'private value', 'nor can a DO block (which even replaced its own plv8 object)');
SELECT is(pc_other_get(), 'undefined', 'another private context name has its own globals');
SELECT is(pc_priv_has_record_call(), 'function', 'plv8.record_call exists in a private context');
SELECT is(pc_ord_get(), 'from DO', 'ordinary functions and DO blocks share the ordinary context');

-- 2. The pragma counts only for superuser-owned functions, and moves with the owner.
CREATE FUNCTION pc_owned_get() RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-test.1
return String(globalThis.pc_secret); $$;
SELECT is(pc_owned_get(), 'private value', 'superuser-owned: runs in the private context');
ALTER FUNCTION pc_owned_get() OWNER TO pc_role_a;
SELECT is(pc_owned_get(), 'from DO', 'owned by a non-superuser: the pragma is a comment, it runs in the ordinary context');
ALTER FUNCTION pc_owned_get() OWNER TO CURRENT_USER;
SELECT is(pc_owned_get(), 'private value', 'back to a superuser owner: the private context again');

-- 3. Malformed pragmas: refused for superuser-owned functions (at CREATE and at call), a plain
--    comment otherwise.
SELECT throws_ok($q$CREATE FUNCTION pc_bad() RETURNS int LANGUAGE plv8 AS $b$// plv8:context Bad Name
return 1; $b$$q$, '42602', 'function pc_bad has a malformed "// plv8:context NAME" first line',
  'CREATE FUNCTION refuses a malformed pragma in a superuser-owned function');
SET LOCAL check_function_bodies = off;
CREATE FUNCTION pc_bad2() RETURNS int LANGUAGE plv8 AS $b$// plv8:context
return 2; $b$;
CREATE FUNCTION pc_bad3() RETURNS int LANGUAGE plv8 AS $b$// plv8:context x
return 3; $b$;
RESET check_function_bodies;
SELECT throws_ok('SELECT pc_bad2()', '42602', NULL, 'a pragma without a name fails at call time');
ALTER FUNCTION pc_bad3() OWNER TO pc_role_a;
SELECT is(pc_bad3(), 3, 'owned by a non-superuser, a malformed pragma is just a comment');
CREATE FUNCTION pc_not_pragma() RETURNS text LANGUAGE plv8 AS $$// plv8:contextual remark
return String(globalThis.pc_secret); $$;
SELECT is(pc_not_pragma(), 'from DO', '"// plv8:contextual" is not the pragma');

-- 4. Roles: each role has its own private context of a name.
SET LOCAL ROLE pc_role_a;
SELECT test_try('a_set', $$SELECT pc_priv_set('A secret')$$);
SELECT test_try('a_get', $$SELECT pc_priv_get()$$);
RESET ROLE;
SET LOCAL ROLE pc_role_b;
SELECT test_try('b_get', $$SELECT pc_priv_get()$$);
RESET ROLE;
SELECT is(test_obs('a_get'), 'A secret', 'role A has its private context');
SELECT is(test_obs('b_get'), 'undefined', 'role B does not see role A''s private context');
SELECT is(pc_priv_get(), 'private value', 'the superuser''s private context is untouched by role A');

-- 5. plv8.find_function returns only functions of the caller's own context.
SELECT throws_ok($$DO $d$ plv8.find_function('pc_priv_get') $d$ LANGUAGE plv8$$, '42501',
  'function pc_priv_get runs in private context "pc-test.1"; plv8.find_function cannot return it here',
  'find_function from a DO block refuses a private function');
CREATE FUNCTION pc_find(name text) RETURNS text LANGUAGE plv8 AS $$
  try { return 'got ' + typeof plv8.find_function(name); } catch (e) { return e.sqlerrcode + ' ' + e.message; } $$;
SELECT is(pc_find('pc_priv_get'), '42501 function pc_priv_get runs in private context "pc-test.1"; plv8.find_function cannot return it here',
  'find_function from an ordinary function refuses it (a catchable error)');
CREATE FUNCTION pc_priv_find(name text) RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-test.1
  try { const f = plv8.find_function(name); return 'got ' + f(); } catch (e) { return e.sqlerrcode + ' ' + e.message; } $$;
SELECT is(pc_priv_find('pc_priv_get'), 'got private value', 'within one private context find_function works');
SELECT alike(pc_priv_find('pc_other_get'), '42501 function pc_other_get runs in private context "pc-other"%',
  'a function of another private context is refused');
SELECT alike(pc_priv_find('pc_ord_get'), '42501 function pc_ord_get runs in the role''s ordinary context%',
  'an ordinary function is refused from a private context (its code would see the private globals)');

-- 6. find_function checks EXECUTE as SQL would; as in PL/v8, without it there is a WARNING and
--    nothing to call (undefined), so the function never runs.
CREATE FUNCTION pc_locked() RETURNS text LANGUAGE plv8 AS $$ return 'locked ran'; $$;
REVOKE EXECUTE ON FUNCTION pc_locked() FROM PUBLIC;
SET LOCAL ROLE pc_role_a;
SELECT test_try('a_sql_locked', $$SELECT pc_locked()$$);
SELECT test_try('a_find_locked', $$SELECT pc_find('pc_locked')$$);
SELECT test_try('a_find_locked_uncaught', $$DO $d$ plv8.find_function('pc_locked')() $d$ LANGUAGE plv8$$);
RESET ROLE;
SELECT is(test_obs('a_sql_locked'), '42501 permission denied for function pc_locked', 'SQL refuses the call (baseline)');
SELECT is(test_obs('a_find_locked'), 'got undefined', 'find_function hands out nothing without EXECUTE');
SELECT is(test_obs('a_find_locked_uncaught'), 'XX000 TypeError: plv8.find_function(...) is not a function',
  'so calling its result fails and the function did not run');
GRANT EXECUTE ON FUNCTION pc_locked() TO pc_role_a;
SET LOCAL ROLE pc_role_a;
SELECT test_try('a_find_granted', $$SELECT pc_find('pc_locked')$$);
RESET ROLE;
SELECT is(test_obs('a_find_granted'), 'got function', 'after GRANT EXECUTE find_function returns it');

-- 7. start_proc: never run in private contexts; needs EXECUTE.
CREATE FUNCTION pc_init() RETURNS void LANGUAGE plv8 AS $$ globalThis.pc_started = 'yes'; $$;
CREATE FUNCTION pc_started() RETURNS text LANGUAGE plv8 AS $$ return String(globalThis.pc_started); $$;
CREATE FUNCTION pc_priv_started() RETURNS text LANGUAGE plv8 AS $$// plv8:context pc-test.1
return String(globalThis.pc_started); $$;
GRANT EXECUTE ON FUNCTION pc_started(), pc_priv_started() TO PUBLIC;
SET LOCAL plv8.start_proc = 'pc_init';
SET LOCAL ROLE pc_role_c;
SELECT test_try('c_priv_started', $$SELECT pc_priv_started()$$);
SELECT test_try('c_started', $$SELECT pc_started()$$);
RESET ROLE;
SELECT is(test_obs('c_priv_started'), 'undefined', 'a new private context does not run plv8.start_proc');
SELECT is(test_obs('c_started'), 'yes', 'the role''s new ordinary context does');
REVOKE EXECUTE ON FUNCTION pc_init() FROM PUBLIC;
SET LOCAL ROLE pc_role_d;
SELECT test_try('d_started', $$SELECT pc_started()$$);
SELECT test_try('d_priv_started', $$SELECT pc_priv_started()$$);
RESET ROLE;
SELECT is(test_obs('d_started'), '42501 permission denied for function pc_init',
  'start_proc the role may not EXECUTE: creating its ordinary context fails with 42501');
SELECT is(test_obs('d_priv_started'), 'undefined', 'its private contexts do not depend on start_proc');
GRANT EXECUTE ON FUNCTION pc_init() TO pc_role_d;
SET LOCAL ROLE pc_role_d;
SELECT test_try('d_started_granted', $$SELECT pc_started()$$);
RESET ROLE;
SELECT is(test_obs('d_started_granted'), 'yes', 'after GRANT the context is created and start_proc runs once');

-- 8. plv8_reset() forgets compiled functions in all of the role's contexts, keeps their globals.
SELECT plv8_reset();
SELECT is(pc_priv_get(), 'private value', 'after plv8_reset() private functions recompile and the private globals remain');

-- 9. CONTEXT: an ordinary function's error names its throwing line; a private context's does not
-- (its functions raise on behalf of the code they run and carry positions of their own), but keeps
-- the thrown value's own context.
CREATE FUNCTION pc_throw_ordinary() RETURNS int LANGUAGE plv8 AS $$
  throw new Error('ordinary boom');
$$;
CREATE FUNCTION pc_throw_private() RETURNS int LANGUAGE plv8 AS $$// plv8:context pc-test
  const e = new Error('private boom'); e.context = 'raised for the code it runs'; throw e;
$$;
CREATE FUNCTION pc_context_of(sql text) RETURNS text LANGUAGE sql AS $$
  SELECT CASE WHEN code IS NULL THEN 'no error' ELSE context END FROM test_error(sql)
$$;
SELECT matches(pc_context_of('SELECT pc_throw_ordinary()'), 'pc_throw_ordinary\(\) LINE 2: +throw new Error',
  'an ordinary function''s CONTEXT names the line it threw on');
SELECT is(split_part(pc_context_of('SELECT pc_throw_private()'), E'\nSQL statement', 1), 'raised for the code it runs',
  'a private context''s CONTEXT is the thrown value''s own, without the line of its internal throw');

SELECT * FROM finish();
ROLLBACK;
\endif
