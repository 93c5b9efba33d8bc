-- upgrade: install 0.1.0, add data, ALTER EXTENSION wormhole UPDATE TO '0.2.0', then '0.3.0': the
-- functions, statistics, audit rows and policy are kept, the new column appears, and calls in this
-- long-lived backend switch to the new runtime each time.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
DROP EXTENSION IF EXISTS wormhole;
CREATE EXTENSION wormhole VERSION '0.1.0';
SELECT plan(21);

-- The runtime version loaded in this backend's PL/v8 realm.
CREATE FUNCTION pg_temp.runtime_version() RETURNS text LANGUAGE plv8 AS
  $$ return globalThis.__wormhole === undefined ? null : globalThis.__wormhole.version; $$;
CREATE FUNCTION pg_temp.installer_version() RETURNS text LANGUAGE plv8 AS
  $$ return globalThis.__wormhole_installer === undefined ? null : globalThis.__wormhole_installer.version; $$;

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'wormhole'), '0.1.0', 'starts at 0.1.0');
SELECT hasnt_column('wormhole', 'call_stats', 'max_ms', '0.1.0 has no max_ms');
SELECT wormhole.install('async (db, x) => (await db.queryValue(''SELECT $1::int * 2 AS v'', [x]))', 'double') AS double \gset
SELECT is(wormhole.call(:'double'::text, '[21]'), '42', 'a call on 0.1.0');
SELECT wormhole.flush_stats();
SELECT wormhole.set_policy(max_depth => 50);

ALTER EXTENSION wormhole UPDATE TO '0.2.0';

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'wormhole'), '0.2.0', 'updated to 0.2.0');
SELECT has_column('wormhole', 'call_stats', 'max_ms', '0.2.0 adds max_ms');
SELECT is((SELECT name FROM wormhole.functions WHERE hash = :'double'::text), 'double', 'installed functions are kept');
SELECT is((SELECT calls::int FROM wormhole.call_stats WHERE hash = :'double'::text), 1, 'statistics are kept');
SELECT is((SELECT count(*)::int FROM wormhole.audit WHERE action IN ('install', 'policy')), 2, 'audit rows are kept');
SELECT is((SELECT max_depth FROM wormhole.policy), 50, 'the policy is kept');
SELECT is(wormhole.call(:'double'::text, '[5]'), '10', 'the function still runs (this backend reloaded the 0.2.0 runtime)');
SELECT is(pg_temp.runtime_version(), '0.2.0', 'the runtime in this backend is now 0.2.0');
SELECT wormhole.install('async (db) => 0.2', 'after_update');
SELECT is(pg_temp.installer_version(), '0.2.0', 'and so is the installer, on the next install');
SELECT wormhole.flush_stats();
SELECT is((SELECT calls::int FROM wormhole.function_stats WHERE hash = :'double'::text AND max_ms >= 0), 2,
  'the 0.2.0 runtime keeps counting into the same row, with max_ms');


ALTER EXTENSION wormhole UPDATE TO '0.3.0';
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'wormhole'), '0.3.0', 'updated to 0.3.0');
SELECT is((SELECT calls::int FROM wormhole.call_stats WHERE hash = :'double'::text), 2, 'the 0.2.0 statistics rows are kept');
SELECT is(wormhole.call(:'double'::text, '[6]'), '12', 'the function still runs on the 0.3.0 runtime');
SELECT is((SELECT calls::int FROM wormhole.call_stats WHERE hash = :'double'::text), 2, 'and that call wrote no statistics row');
SELECT is(to_regprocedure('wormhole._flush_stats(jsonb, name)'), NULL, '_flush_stats is gone');
SELECT is(to_regprocedure('wormhole._install(text, text, name)'), NULL, 'so is the role argument of _install');
SELECT wormhole.install('async (db) => 0.3', 'after_0_3') AS after_0_3 \gset
SELECT is((SELECT installed_by::text FROM wormhole.functions WHERE hash = :'after_0_3'::text), current_user::text,
  'installs credit the acting role');
SELECT is(pg_temp.runtime_version(), '0.2.0',
  'the 0.3.0 runtime lives apart from the role''s context (private, or under its own name)');

SELECT * FROM finish();
ROLLBACK;
