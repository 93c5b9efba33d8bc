-- upgrade from every released version: 0.2.0 -> 0.3.0 directly (0.1.0 is 04_upgrade's), with a
-- policy beyond the validator's limits, which 0.3.0 brings within them so installs work again.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
DROP EXTENSION IF EXISTS wormhole;
CREATE EXTENSION wormhole VERSION '0.2.0';
SELECT plan(7);

SELECT wormhole.install('async (db, x) => x + 1', 'inc') AS inc \gset
SELECT is(wormhole.call(:'inc'::text, '[1]'), '2', 'a call on 0.2.0');
SELECT wormhole.flush_stats();
SELECT wormhole.set_policy(max_depth => 5000);

ALTER EXTENSION wormhole UPDATE TO '0.3.0';

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'wormhole'), '0.3.0', 'updated to 0.3.0');
SELECT is((SELECT max_depth FROM wormhole.policy), 1000, 'a max_depth beyond the validator''s limit is brought within it');
SELECT is((SELECT calls::int FROM wormhole.call_stats WHERE hash = :'inc'::text), 1, '0.2.0 statistics rows are kept');
SELECT is((SELECT count(*)::int FROM wormhole.audit WHERE action IN ('install', 'policy')), 2, 'audit rows are kept');
SELECT is(wormhole.call(:'inc'::text, '[41]'), '42', 'the installed function runs on 0.3.0 (revalidated under the new policy)');
SELECT is(wormhole.call(wormhole.install('(db) => 3'), '[]'), '3', 'and new installs work');

SELECT * FROM finish();
ROLLBACK;
