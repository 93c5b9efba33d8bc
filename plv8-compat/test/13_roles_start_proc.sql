-- Per-role isolation (each role has its own JS globals, as in PL/v8) and plv8.start_proc,
-- which runs once when a role's context is created.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(10);

CREATE ROLE plv8t_role_a NOLOGIN;
CREATE ROLE plv8t_role_b NOLOGIN;
CREATE ROLE plv8t_role_c NOLOGIN;
-- Observations are written under the switched role and checked as the test owner.
CREATE TABLE rl_obs (k text PRIMARY KEY, v text);
GRANT ALL ON rl_obs TO PUBLIC;

CREATE FUNCTION rl_set(v text) RETURNS void LANGUAGE plv8 AS $$ globalThis.rl_value = v; $$;
CREATE FUNCTION rl_get() RETURNS text LANGUAGE plv8 AS $$ return typeof globalThis.rl_value === 'undefined' ? 'unset' : globalThis.rl_value; $$;
CREATE FUNCTION rl_whoami() RETURNS text LANGUAGE plv8 AS $$ return plv8.execute('SELECT current_user AS u')[0].u; $$;

SET LOCAL ROLE plv8t_role_a;
SELECT rl_set('set by A');
INSERT INTO rl_obs SELECT 'a_after_set', rl_get();
INSERT INTO rl_obs SELECT 'a_whoami', rl_whoami();
RESET ROLE;
SET LOCAL ROLE plv8t_role_b;
INSERT INTO rl_obs SELECT 'b_before', rl_get();
SELECT rl_set('set by B');
INSERT INTO rl_obs SELECT 'b_after_set', rl_get();
RESET ROLE;
SET LOCAL ROLE plv8t_role_a;
INSERT INTO rl_obs SELECT 'a_again', rl_get();
RESET ROLE;

SELECT is((SELECT v FROM rl_obs WHERE k = 'a_after_set'), 'set by A', 'role A sees its own global');
SELECT is((SELECT v FROM rl_obs WHERE k = 'a_whoami'), 'plv8t_role_a', 'JS runs as the current role');
SELECT is((SELECT v FROM rl_obs WHERE k = 'b_before'), 'unset', 'a global set under role A is invisible under role B');
SELECT is((SELECT v FROM rl_obs WHERE k = 'b_after_set'), 'set by B', 'role B has its own value');
SELECT is((SELECT v FROM rl_obs WHERE k = 'a_again'), 'set by A', 'role A still has its value after B changed B''s');
SELECT is(rl_get(), 'unset', 'the session owner (superuser) has a third, separate context');

-- start_proc: a plv8 function (looked up by name) run once when a context is created.
CREATE FUNCTION rl_init() RETURNS void LANGUAGE plv8 AS $$
  globalThis.rl_init_runs = (globalThis.rl_init_runs || 0) + 1;
  globalThis.rl_helper = (x) => 'helped ' + x;
$$;
CREATE FUNCTION rl_init_state() RETURNS text LANGUAGE plv8 AS $$
  return (globalThis.rl_init_runs || 0) + ':' + (typeof globalThis.rl_helper === 'function' ? rl_helper('x') : 'no helper');
$$;
SET LOCAL plv8.start_proc = 'rl_init';
SET LOCAL ROLE plv8t_role_c;
INSERT INTO rl_obs SELECT 'c_first', rl_init_state();
INSERT INTO rl_obs SELECT 'c_second', rl_init_state();
RESET ROLE;
SET LOCAL ROLE plv8t_role_b;
INSERT INTO rl_obs SELECT 'b_after_start_proc', rl_init_state();
RESET ROLE;

SELECT is((SELECT v FROM rl_obs WHERE k = 'c_first'), '1:helped x', 'start_proc ran when role C''s context was created; its globals are usable');
SELECT is((SELECT v FROM rl_obs WHERE k = 'c_second'), '1:helped x', 'start_proc ran only once for that context');
SELECT is((SELECT v FROM rl_obs WHERE k = 'b_after_start_proc'), '0:no helper', 'an already existing context (role B) is not re-initialised');

SET LOCAL plv8.start_proc = 'rl_no_such_function';
SET LOCAL ROLE plv8t_role_a;
INSERT INTO rl_obs SELECT 'a_bad_start_proc', rl_get();
RESET ROLE;
SELECT is((SELECT v FROM rl_obs WHERE k = 'a_bad_start_proc'), 'set by A', 'start_proc is not consulted for existing contexts');

SELECT * FROM finish();
ROLLBACK;
