-- The hostile suite's database: the installed wormhole build, the attacker and the victims.
CREATE EXTENSION wormhole CASCADE;
CREATE ROLE mallory LOGIN;          -- the attacker: an unprivileged login holding only wormhole_user
CREATE ROLE alice LOGIN;            -- a victim on her own connections
CREATE ROLE app LOGIN;              -- a pooled application role: one bad request, then other users' requests
CREATE ROLE flooder LOGIN;          -- install floods run as their own role so the quota does not starve mallory
CREATE ROLE mallory_sp LOGIN;       -- a role whose start_proc the DBA set to a function it may not execute
GRANT wormhole_user TO mallory, alice, app, flooder, mallory_sp;

CREATE TABLE alice_secrets (v text);
INSERT INTO alice_secrets VALUES ('alice-secret-7f3a');
GRANT SELECT ON alice_secrets TO alice;

CREATE TABLE app_data (id int PRIMARY KEY, v text);
INSERT INTO app_data VALUES (1, 'one');
GRANT SELECT, INSERT, UPDATE ON app_data TO app, mallory;

-- A function only alice may execute (find_function must check EXECUTE too).
CREATE FUNCTION public.alice_only() RETURNS text LANGUAGE plv8 AS $$ return 'alice-only-result'; $$;
REVOKE EXECUTE ON FUNCTION public.alice_only() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.alice_only() TO alice;
CREATE FUNCTION public.su_start() RETURNS void LANGUAGE plv8 AS $$ globalThis.__su_started = true; $$;
REVOKE EXECUTE ON FUNCTION public.su_start() FROM PUBLIC;
ALTER ROLE mallory_sp SET plv8.start_proc = 'public.su_start';

-- A small quota, so a flood reaches it in a second or two; mallory's own cases stay well below it.
SELECT wormhole.set_policy(max_functions_per_role => 300);
