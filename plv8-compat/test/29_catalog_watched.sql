-- plv8.catalog_watched(relid) (src/catalog_epoch.cc), in private contexts only: whether a table
-- carries a trigger that moves the catalog epoch on every change of it, which is what an embedder
-- caching checks of the table's rows must know before it trusts the epoch. Only an AFTER ... FOR
-- EACH STATEMENT trigger on INSERT, UPDATE (any column), DELETE and TRUNCATE, without WHEN, enabled
-- ALWAYS, running plv8_catalog_changed counts; each table below lacks one of those.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'plv8.catalog_watched() is plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
SELECT plan(15);

CREATE FUNCTION cw_changed() RETURNS trigger LANGUAGE c AS '$libdir/plv8', 'plv8_catalog_changed';
CREATE FUNCTION cw_other() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION cw(rel oid) RETURNS boolean LANGUAGE plv8 AS $$// plv8:context cw-test
return plv8.catalog_watched(rel); $$;
CREATE FUNCTION cw_call(arg text) RETURNS boolean LANGUAGE plv8 AS $$// plv8:context cw-test
return plv8.catalog_watched(JSON.parse(arg)); $$;
CREATE FUNCTION cw_ordinary() RETURNS text LANGUAGE plv8 AS $$ return typeof plv8.catalog_watched; $$;

-- A table with exactly the trigger Wormhole's extension script creates.
CREATE TABLE cw_good (x int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_good FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_good ENABLE ALWAYS TRIGGER t;
-- The same, plus an unrelated trigger.
CREATE TABLE cw_also (x int);
CREATE TRIGGER a AFTER INSERT ON cw_also FOR EACH ROW EXECUTE FUNCTION cw_other();
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_also FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_also ENABLE ALWAYS TRIGGER t;
-- Enabled, but for origin sessions only: session_replication_role = replica skips it.
CREATE TABLE cw_origin (x int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_origin FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
-- Disabled.
CREATE TABLE cw_disabled (x int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_disabled FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_disabled DISABLE TRIGGER t;
-- No TRUNCATE.
CREATE TABLE cw_no_truncate (x int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE ON cw_no_truncate FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_no_truncate ENABLE ALWAYS TRIGGER t;
-- UPDATE of one column only.
CREATE TABLE cw_update_of (x int, y int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OF x OR DELETE OR TRUNCATE ON cw_update_of FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_update_of ENABLE ALWAYS TRIGGER t;
-- A WHEN condition.
CREATE TABLE cw_when (x int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_when FOR EACH STATEMENT WHEN (false) EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_when ENABLE ALWAYS TRIGGER t;
-- BEFORE instead of AFTER.
CREATE TABLE cw_before (x int);
CREATE TRIGGER t BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_before FOR EACH STATEMENT EXECUTE FUNCTION cw_changed();
ALTER TABLE cw_before ENABLE ALWAYS TRIGGER t;
-- Another trigger function in the same place.
CREATE TABLE cw_other_fn (x int);
CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cw_other_fn FOR EACH STATEMENT EXECUTE FUNCTION cw_other();
ALTER TABLE cw_other_fn ENABLE ALWAYS TRIGGER t;
-- No trigger at all.
CREATE TABLE cw_none (x int);

SELECT is(cw_ordinary(), 'undefined', 'plv8.catalog_watched is not offered outside private contexts');
SELECT is(cw('cw_good'::regclass), true, 'the trigger as Wormhole creates it: watched');
SELECT is(cw('cw_also'::regclass), true, 'watched with another trigger beside it');
SELECT is(cw('cw_origin'::regclass), false, 'enabled for origin sessions only: not watched');
SELECT is(cw('cw_disabled'::regclass), false, 'disabled: not watched');
SELECT is(cw('cw_no_truncate'::regclass), false, 'without TRUNCATE: not watched');
SELECT is(cw('cw_update_of'::regclass), false, 'UPDATE OF one column: not watched');
SELECT is(cw('cw_when'::regclass), false, 'with a WHEN condition: not watched');
SELECT is(cw('cw_before'::regclass), false, 'BEFORE instead of AFTER: not watched');
SELECT is(cw('cw_other_fn'::regclass), false, 'another trigger function: not watched');
SELECT is(cw('cw_none'::regclass), false, 'no trigger: not watched');
SELECT is(cw(4294967295), false, 'an oid that names no relation: not watched');

ALTER TABLE cw_good DISABLE TRIGGER t;
SELECT is(cw('cw_good'::regclass), false, 'disabling the trigger shows at once, in the same transaction');
ALTER TABLE cw_good ENABLE ALWAYS TRIGGER t;
SELECT is(cw('cw_good'::regclass), true, 'and enabling it again too');

SELECT throws_ok($$SELECT cw_call('"cw_good"')$$, '22023', 'plv8.catalog_watched: the argument must be a relation oid',
                 'anything but a relation oid is refused with an error that says what to pass');

SELECT * FROM finish();
ROLLBACK;
\endif
