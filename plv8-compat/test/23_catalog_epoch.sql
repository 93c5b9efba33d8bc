-- The catalog epoch (src/catalog_epoch.cc): plv8.catalog_epoch() in private contexts only, a number
-- that stays the same while nothing a watched table's readers could see has changed, and changes
-- after a write through the plv8_catalog_changed trigger, a rollback to a savepoint, DDL/GRANT on
-- any relation, and a change of role. (Changes committed by other backends: test/catalog-epoch.test.ts.)
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'plv8.catalog_epoch() is plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
SELECT plan(11);

CREATE ROLE ce_role NOLOGIN;
CREATE TABLE ce_watched (x int);
GRANT ALL ON ce_watched TO PUBLIC;
CREATE FUNCTION ce_changed() RETURNS trigger LANGUAGE c AS '$libdir/plv8', 'plv8_catalog_changed';
CREATE TRIGGER ce_epoch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ce_watched
  FOR EACH STATEMENT EXECUTE FUNCTION ce_changed();
CREATE FUNCTION ce_epoch() RETURNS float8 LANGUAGE plv8 AS $$// plv8:context ce-test
return plv8.catalog_epoch(); $$;
CREATE FUNCTION ce_public() RETURNS text LANGUAGE plv8 AS $$ return typeof plv8.catalog_epoch; $$;
GRANT EXECUTE ON FUNCTION ce_epoch() TO PUBLIC;
CREATE TABLE ce_seen (k text PRIMARY KEY, v float8);
GRANT ALL ON ce_seen TO PUBLIC;
CREATE FUNCTION ce_note(k text) RETURNS void LANGUAGE sql AS $$ INSERT INTO ce_seen VALUES (k, ce_epoch()) $$;
CREATE FUNCTION ce_at(key text) RETURNS float8 LANGUAGE sql AS $$ SELECT v FROM ce_seen WHERE k = key $$;

SELECT is(ce_public(), 'undefined', 'plv8.catalog_epoch is not offered outside private contexts');
SELECT ok(ce_epoch() >= 0, 'the epoch is a number >= 0 on a cluster that preloads plv8');
SELECT ce_note('a');
SELECT is(ce_epoch(), ce_at('a'), 'unchanged while nothing changed');

INSERT INTO ce_watched VALUES (1);
SELECT ce_note('after insert');
SELECT ok(ce_at('after insert') <> ce_at('a'), 'a write through the trigger changes it');
SELECT is(ce_epoch(), ce_at('after insert'), 'and it stays at the new value');

SAVEPOINT s;
DELETE FROM ce_watched;
SELECT ce_epoch() AS in_savepoint \gset
ROLLBACK TO SAVEPOINT s;
SELECT ok(ce_epoch() NOT IN (:in_savepoint, ce_at('after insert')), 'a rollback to a savepoint after a write changes it');

SELECT ce_note('before grant');
GRANT SELECT ON ce_seen TO ce_role;
SELECT ok(ce_epoch() <> ce_at('before grant'), 'a GRANT (relcache invalidation) changes it');

SELECT ce_note('before role');
SET LOCAL ROLE ce_role;
SELECT ce_note('in role');
SELECT ok(ce_at('in role') <> ce_at('before role'), 'another current role changes it');
RESET ROLE;
SELECT ok(ce_epoch() <> ce_at('in role'), 'back to the first role changes it again');
SELECT ce_note('steady');
SELECT is(ce_epoch(), ce_at('steady'), 'steady again');

SELECT throws_ok('SELECT ce_changed()', '39P01', NULL, 'the trigger function cannot be called directly');

SELECT * FROM finish();
ROLLBACK;
\endif
