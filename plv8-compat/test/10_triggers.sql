-- Triggers: BEFORE/AFTER, ROW/STATEMENT, INSERT/UPDATE/DELETE, NEW/OLD, TG_* values,
-- returning a modified NEW, returning null to skip the row, TG_ARGV.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(19);

CREATE TABLE tg_t (id int PRIMARY KEY, v text, note text);
CREATE TABLE tg_log (seq serial, info jsonb);

-- BEFORE ROW: modify NEW, skip rows with a negative id by returning null.
CREATE FUNCTION tg_before() RETURNS trigger LANGUAGE plv8 AS $$
  if (TG_OP === 'INSERT' && NEW.id < 0) return null;
  if (TG_OP === 'DELETE') return OLD.v === 'keep' ? null : OLD;
  if (TG_OP === 'UPDATE') NEW.note = 'was ' + OLD.v;
  else NEW.v = NEW.v.toUpperCase();
  return NEW;
$$;
CREATE TRIGGER tg_before BEFORE INSERT OR UPDATE OR DELETE ON tg_t FOR EACH ROW EXECUTE FUNCTION tg_before();

-- AFTER ROW and AFTER STATEMENT: record what the trigger saw.
CREATE FUNCTION tg_after() RETURNS trigger LANGUAGE plv8 AS $$
  plv8.execute('INSERT INTO tg_log (info) VALUES ($1)', [{
    name: TG_NAME, when: TG_WHEN, level: TG_LEVEL, op: TG_OP, table: TG_TABLE_NAME, schema: TG_TABLE_SCHEMA,
    relid: TG_RELID, argv: TG_ARGV,
    new: typeof NEW === 'undefined' ? 'undefined' : NEW, old: typeof OLD === 'undefined' ? 'undefined' : OLD,
  }]);
  return null;
$$;
CREATE TRIGGER tg_after_row AFTER INSERT OR UPDATE OR DELETE ON tg_t FOR EACH ROW EXECUTE FUNCTION tg_after('row', 42);
CREATE TRIGGER tg_after_stmt AFTER INSERT OR UPDATE OR DELETE ON tg_t FOR EACH STATEMENT EXECUTE FUNCTION tg_after();

INSERT INTO tg_t (id, v) VALUES (1, 'one'), (2, 'two'), (-1, 'skipped');
SELECT is((SELECT string_agg(id || ':' || v, ',' ORDER BY id) FROM tg_t), '1:ONE,2:TWO', 'BEFORE INSERT: returned NEW is stored; null skips the row');
SELECT is((SELECT count(*)::int FROM tg_log WHERE info->>'level' = 'ROW'), 2, 'AFTER ROW fired once per inserted row (not for the skipped one)');
SELECT is((SELECT count(*)::int FROM tg_log WHERE info->>'level' = 'STATEMENT'), 1, 'AFTER STATEMENT fired once for the statement');
SELECT is((SELECT info - 'relid' - 'new' - 'old' FROM tg_log WHERE info->>'level' = 'ROW' ORDER BY seq LIMIT 1),
          '{"name":"tg_after_row","when":"AFTER","level":"ROW","op":"INSERT","table":"tg_t","schema":"public","argv":["row","42"]}'::jsonb,
          'TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, TG_TABLE_SCHEMA and TG_ARGV (strings)');
SELECT is((SELECT (info->>'relid')::oid FROM tg_log WHERE info->>'level' = 'ROW' LIMIT 1), 'tg_t'::regclass::oid, 'TG_RELID is the table oid');
SELECT is((SELECT info->'new' FROM tg_log WHERE info->>'level' = 'ROW' ORDER BY seq LIMIT 1), '{"id":1,"v":"ONE","note":null}'::jsonb,
          'AFTER INSERT sees the stored NEW row as an object');
SELECT is((SELECT info->>'old' FROM tg_log WHERE info->>'level' = 'ROW' ORDER BY seq LIMIT 1), 'undefined', 'OLD is undefined on INSERT');
SELECT is((SELECT info->'argv' FROM tg_log WHERE info->>'level' = 'STATEMENT'), '[]'::jsonb, 'TG_ARGV is an empty array without trigger arguments');
SELECT is((SELECT info->>'new' || '/' || (info->>'old') FROM tg_log WHERE info->>'level' = 'STATEMENT'), 'undefined/undefined',
          'statement-level triggers have neither NEW nor OLD');

TRUNCATE tg_log;
UPDATE tg_t SET v = 'uno' WHERE id = 1;
SELECT is((SELECT v || '/' || note FROM tg_t WHERE id = 1), 'uno/was ONE', 'BEFORE UPDATE sees OLD and changes NEW');
SELECT is((SELECT info->'old'->>'v' || '>' || (info->'new'->>'v') FROM tg_log WHERE info->>'op' = 'UPDATE' AND info->>'level' = 'ROW'),
          'ONE>uno', 'AFTER UPDATE gets OLD and NEW');
SELECT is((SELECT info->>'op' FROM tg_log WHERE info->>'level' = 'STATEMENT'), 'UPDATE', 'TG_OP is UPDATE in the statement trigger');

TRUNCATE tg_log;
UPDATE tg_t SET v = 'keep' WHERE id = 2;
DELETE FROM tg_t;
SELECT is((SELECT string_agg(id::text, ',') FROM tg_t), '2', 'BEFORE DELETE returning null keeps the row; returning OLD deletes');
SELECT is((SELECT info->'old'->>'id' || ':' || (info->>'new') FROM tg_log WHERE info->>'op' = 'DELETE' AND info->>'level' = 'ROW'),
          '1:undefined', 'AFTER DELETE gets OLD, and NEW is undefined');
SELECT is((SELECT info->>'when' FROM tg_log WHERE info->>'op' = 'DELETE' AND info->>'level' = 'STATEMENT'), 'AFTER', 'TG_WHEN is AFTER');

-- BEFORE STATEMENT, and a trigger that changes the row type's fields of several types.
CREATE TABLE tg_typed (id int, payload jsonb, tags text[], at timestamptz);
CREATE FUNCTION tg_typed_fill() RETURNS trigger LANGUAGE plv8 AS $$
  NEW.payload = {seen: NEW.payload.in, tagged: NEW.tags.length};
  NEW.tags = NEW.tags.concat(['added']);
  NEW.at = new Date(Date.UTC(2020, 0, 1));
  return NEW;
$$;
CREATE TRIGGER tg_typed_fill BEFORE INSERT ON tg_typed FOR EACH ROW EXECUTE FUNCTION tg_typed_fill();
INSERT INTO tg_typed (id, payload, tags) VALUES (1, '{"in": "x"}', '{a}');
SELECT is((SELECT payload FROM tg_typed), '{"seen": "x", "tagged": 1}'::jsonb, 'NEW jsonb field read and replaced');
SELECT is((SELECT tags FROM tg_typed), '{a,added}'::text[], 'NEW array field replaced');
SELECT is((SELECT at FROM tg_typed), '2020-01-01 00:00:00+00'::timestamptz, 'NEW timestamptz field set from a Date');

CREATE TABLE tg_counter (n int);
INSERT INTO tg_counter VALUES (0);
CREATE FUNCTION tg_before_stmt() RETURNS trigger LANGUAGE plv8 AS $$
  plv8.execute('UPDATE tg_counter SET n = n + 1');
  return null;
$$;
CREATE TRIGGER tg_before_stmt BEFORE INSERT ON tg_typed FOR EACH STATEMENT EXECUTE FUNCTION tg_before_stmt();
INSERT INTO tg_typed (id, payload, tags) SELECT g, '{"in": 1}', '{}' FROM generate_series(2, 4) g;
SELECT is((SELECT n FROM tg_counter), 1, 'BEFORE STATEMENT fires once for a 3-row insert');

SELECT * FROM finish();
ROLLBACK;
