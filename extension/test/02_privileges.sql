-- privileges (SET SESSION AUTHORIZATION, so session_user is the app role as in a real login): ordinary roles read but never write the wormhole tables; calls run with the caller's
-- privileges and row-level security; installs are attributed to the caller.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS wormhole CASCADE;
SELECT plan(22);
\ir lib/engine.sql

CREATE ROLE wh_test_alice NOLOGIN;
CREATE ROLE wh_test_bob NOLOGIN;
CREATE ROLE wh_test_outsider NOLOGIN;
GRANT wormhole_user TO wh_test_alice, wh_test_bob;

CREATE TABLE notes (id serial PRIMARY KEY, owner name NOT NULL DEFAULT current_user, body text NOT NULL);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON notes USING (owner = current_user) WITH CHECK (owner = current_user);
GRANT SELECT, INSERT ON notes TO wh_test_alice, wh_test_bob;
GRANT USAGE ON SEQUENCE notes_id_seq TO wh_test_alice, wh_test_bob;
INSERT INTO notes (owner, body) VALUES ('wh_test_alice', 'a1'), ('wh_test_alice', 'a2'), ('wh_test_bob', 'b1');
CREATE TABLE secrets (v text);
INSERT INTO secrets VALUES ('top secret');

SELECT wormhole.install('async (db) => (await db.query(''SELECT body FROM notes ORDER BY body'')).rows.map((r) => r.body)', 'my_notes') AS my_notes \gset
SELECT wormhole.install('async (db) => db.queryValue(''SELECT v FROM secrets'')', 'peek') AS peek \gset
SELECT wormhole.install('async (db, body) => (await db.query(''INSERT INTO notes (owner, body) VALUES ($1, $2) RETURNING id'', [''wh_test_bob'', body])).rowCount', 'forge') AS forge \gset

SET LOCAL SESSION AUTHORIZATION wh_test_alice;
SELECT throws_ok($$INSERT INTO wormhole.functions (hash, source, compiled, segments, arity, is_async, size, installed_by, policy_version)
  VALUES (repeat('a', 64), 'x', 'x', '[]', 1, false, 1, 'x', 1)$$, '42501', NULL, 'a user cannot insert into functions');
SELECT throws_ok($$UPDATE wormhole.functions SET source = 'evil'$$, '42501', NULL, 'cannot update functions');
SELECT throws_ok($$DELETE FROM wormhole.functions$$, '42501', NULL, 'cannot delete functions');
SELECT throws_ok($$INSERT INTO wormhole.call_stats (hash, role) VALUES ('x', 'y')$$, '42501', NULL, 'cannot insert stats');
SELECT throws_ok($$UPDATE wormhole.call_stats SET calls = 0$$, '42501', NULL, 'cannot update stats');
SELECT throws_ok($$DELETE FROM wormhole.audit$$, '42501', NULL, 'cannot delete audit rows');
SELECT throws_ok($$INSERT INTO wormhole.audit (role, action, outcome) VALUES ('x', 'install', 'ok')$$, '42501', NULL, 'cannot forge audit rows');
SELECT throws_ok($$UPDATE wormhole.policy SET max_source_length = 1$$, '42501', NULL, 'cannot change the policy table');
SELECT throws_ok($$SELECT wormhole.set_policy(max_depth => 1)$$, '42501', NULL, 'cannot call set_policy');
SELECT throws_ok($$SELECT wormhole._install('async (db) => 1', NULL, 'wh_test_bob')$$, '42883', NULL,
  'there is no way to name the role an install is credited to');
SELECT throws_ok($$SELECT wormhole._flush_stats('{"stats": [], "audit": []}', 'wh_test_bob')$$, '42883', NULL,
  'there is no client-callable way to write statistics');
SELECT ok((SELECT count(*) FROM wormhole.functions) = 3, 'can read the functions table');

SELECT is(wormhole.call(:'my_notes'::text, '[]')::jsonb, '["a1", "a2"]'::jsonb, 'row-level security applies inside the remote function');
SELECT throws_ok(format('SELECT wormhole.call(%L, %L)', :'peek'::text, '[]'), '42501', NULL,
  'the function cannot read what the caller cannot (SQLSTATE kept)');
SELECT throws_ok(format('SELECT wormhole.call(%L, %L)', :'forge'::text, '["x"]'), '42501', NULL,
  'writes are checked by the RLS policy too');
SELECT wormhole.install('async (db, x) => x * 2', 'alice_double') AS alice_fn \gset
SELECT is((SELECT installed_by::text FROM wormhole.functions WHERE hash = :'alice_fn'::text), 'wh_test_alice', 'an install is attributed to the caller');
SELECT is((SELECT role::text FROM wormhole.audit WHERE hash = :'alice_fn'::text AND action = 'install'), 'wh_test_alice', 'and audited under its name');
SELECT CASE WHEN :'ours'::boolean THEN ok((SELECT calls >= 1 FROM wormhole.function_stats WHERE hash = :'my_notes'::text AND role = 'wh_test_alice'),
  'a user sees its own statistics') ELSE skip(:'no_call_stats') END;
SELECT is((SELECT count(*)::int FROM wormhole.function_stats WHERE role <> 'wh_test_alice'), 0,
  'and no other role''s');
RESET SESSION AUTHORIZATION;
SELECT CASE WHEN :'ours'::boolean THEN ok((SELECT calls >= 1 FROM wormhole.function_stats WHERE hash = :'my_notes'::text AND role = 'wh_test_alice'),
  'statistics are kept per role, and the DBA sees them') ELSE skip(:'no_call_stats') END;

SET LOCAL SESSION AUTHORIZATION wh_test_bob;
SELECT is(wormhole.call(:'my_notes'::text, '[]')::jsonb, '["b1"]'::jsonb, 'another role sees its own rows through the same function');
RESET SESSION AUTHORIZATION;

SET LOCAL SESSION AUTHORIZATION wh_test_outsider;
SELECT throws_ok(format('SELECT wormhole.call(%L, %L)', :'my_notes'::text, '[]'), '42501', NULL,
  'a role without wormhole_user cannot call');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
