-- report_use (the use pg-wormhole reports on upstream PL/v8) and prune judging by it there: who may
-- report, bounded input, unknown hashes ignored, rows going with their functions, and prune's
-- window against the reported use and the start of reporting.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS wormhole CASCADE;
SELECT plan(20);
\ir lib/engine.sql
\set prune_by_counters 'skipped on plv8-compat: prune judges use by the engine''s call counters there (and reports only beside them)'

CREATE ROLE wh_test_reporter NOLOGIN;
CREATE ROLE wh_test_nocall NOLOGIN;
CREATE ROLE wh_test_stranger NOLOGIN;
GRANT wormhole_user TO wh_test_reporter;
-- A role that may run report_use (granted by name) but may not call functions.
GRANT USAGE ON SCHEMA wormhole TO wh_test_nocall;
GRANT EXECUTE ON FUNCTION wormhole.report_use(text[]) TO wh_test_nocall;

-- Sources of this file only: plv8-compat's counters are the cluster's, shared with every database.
SELECT wormhole.install('async (db, x) => x + 1 /* 08_report_use */', 'reported') AS reported \gset
SELECT wormhole.install('async (db, x) => x + 2 /* 08_report_use */', 'silent') AS silent \gset

SET LOCAL ROLE wh_test_reporter;
SELECT is(wormhole.report_use(NULL), 0, 'a NULL report records nothing');
SELECT is(wormhole.report_use(ARRAY[:'reported', 'not a hash', repeat('f', 64), NULL]), 1,
  'only hashes the catalog holds are recorded (unknown ones and NULLs are ignored)');
SELECT throws_ok($$SELECT wormhole.report_use(array_fill('x'::text, ARRAY[1001]))$$, '54000',
  'report_use takes at most 1000 hashes per call, got 1001', 'a report of too many hashes is refused, naming the limit');
SELECT is(wormhole.report_use(array_fill(:'reported'::text, ARRAY[1000])), 1, 'a report at the limit is taken');
SELECT throws_ok($$SELECT * FROM wormhole.reported_use$$, '42501', NULL, 'wormhole_user cannot read the reported use table');
SELECT throws_ok($$INSERT INTO wormhole.reported_use VALUES (repeat('a', 64), now())$$, '42501', NULL,
  'nor write it (only report_use does)');
RESET ROLE;
SELECT is((SELECT last_reported_at FROM wormhole.reported_use WHERE hash = :'reported'), now(), 'the report is recorded at its own time');
SELECT is((SELECT count(*)::int FROM wormhole.reported_use), 1, 'one row per reported function');

SET LOCAL ROLE wh_test_nocall;
SELECT throws_ok(format('SELECT wormhole.report_use(ARRAY[%L])', :'silent'), '42501',
  'role wh_test_nocall may not call Wormhole functions, so it cannot report their use',
  'a role that may not call functions cannot report their use');
RESET ROLE;
SET LOCAL ROLE wh_test_stranger;
SELECT throws_ok(format('SELECT wormhole.report_use(ARRAY[%L])', :'silent'), '42501', NULL,
  'a role without wormhole_user cannot run report_use');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM wormhole.reported_use WHERE hash = :'silent'), 0, 'neither refused report recorded anything');

-- prune on upstream: use is what was reported; before reporting began, nothing is known.
UPDATE wormhole.functions SET installed_at = now() - interval '2 hours';
UPDATE wormhole.usage_reporting SET started_at = now() - interval '1 day';
\if :ours
SELECT is(ARRAY(SELECT hash FROM wormhole.prune('1 second', true)), ARRAY[:'silent'],
  'prune on plv8-compat counts reported use (the calls replicas answered) beside the engine''s counters');
SELECT skip(:'prune_by_counters', 4);
\else
SELECT is(ARRAY(SELECT hash FROM wormhole.prune('1 hour', true)), ARRAY[:'silent'],
  'prune: a function installed before the window and not reported within it is unused; a reported one is kept');
UPDATE wormhole.usage_reporting SET started_at = now() - interval '30 minutes';
SELECT is((SELECT count(*)::int FROM wormhole.prune('1 hour', true)), 0,
  'a window reaching back before reporting began keeps everything (use then is unknown)');
SELECT is(ARRAY(SELECT hash FROM wormhole.prune('10 minutes', true)), ARRAY[:'silent'],
  'a window within the reporting time judges again');
UPDATE wormhole.reported_use SET last_reported_at = now() - interval '20 minutes';
SELECT is(ARRAY(SELECT hash FROM wormhole.prune('10 minutes') ORDER BY hash),
  ARRAY(SELECT unnest(ARRAY[:'reported', :'silent']) ORDER BY 1), 'a report older than the window does not keep a function');
SELECT is((SELECT count(*)::int FROM wormhole.reported_use), 0, 'a pruned function''s reported use goes with it');
\endif

-- Rows go with their function however it is removed.
SELECT wormhole.install('async (db, x) => x + 3', 'deleted') AS deleted \gset
SELECT wormhole.install('async (db, x) => x + 4', 'truncated') AS truncated \gset
SELECT is(wormhole.report_use(ARRAY[:'deleted', :'truncated']), 2, 'the superuser may report');
DELETE FROM wormhole.functions WHERE hash = :'deleted';
SELECT is((SELECT count(*)::int FROM wormhole.reported_use WHERE hash = :'deleted'), 0, 'DELETE of a function removes its reported use');
SELECT is((SELECT count(*)::int FROM wormhole.reported_use WHERE hash = :'truncated'), 1, 'and no other');
TRUNCATE wormhole.functions;
SELECT is((SELECT count(*)::int FROM wormhole.reported_use), 0, 'TRUNCATE of the catalog still works and removes all reported use');

SELECT * FROM finish();
ROLLBACK;
