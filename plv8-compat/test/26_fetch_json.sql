-- cursor.fetchJson(n): rows written to JSON text by the engine; the same text JSON.stringify makes
-- of the rows cursor.fetch(n) gives (bigint as the nearest JS number), for every supported type and
-- the strings JSON must escape; undefined (nothing fetched) for other types and duplicate names.
-- cursor.readJson(n, maxLength): every remaining row as one such text (its length past maxLength).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'cursor.fetchJson and cursor.readJson are plv8-compat''s (upstream PL/v8 has no such methods)'
\ir lib/only_ours.sql
\if :ours
SELECT plan(19);

CREATE TABLE fj (b boolean, s smallint, i int, big bigint, o oid, t text, v varchar(20));
INSERT INTO fj VALUES
  (true, 1, 2, 3, 4, 'plain', 'v'),
  (false, -32768, -2147483648, -9223372036854775808, 4294967295, E'quote " backslash \\ nl \n tab \t cr \r bs \b ff \f', ''),
  (NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (true, 32767, 2147483647, 9223372036854775807, 0, E'ctl \x01\x1f del \x7f', 'é 中 😀'),
  (false, 0, 0, 9007199254740993, 1, '\u2028 \u2029 {"$date":"x"}', 'x'),
  (true, 0, 0, -9007199254740993, 1, '', NULL);

-- The rows of `sql` through fetchJson(n) (in pieces of n) and through fetch(n) + JSON.stringify.
CREATE FUNCTION fj_both(sql text, n int) RETURNS text[] LANGUAGE plv8 AS $$
  const viaJson = [];
  const a = plv8.prepare(sql).cursor();
  for (;;) {
    const text = a.fetchJson(n);
    if (text === undefined) return null;
    const rows = JSON.parse(text);
    if (rows.length === 0) break;
    viaJson.push(...rows);
  }
  a.close();
  const viaRows = [];
  const b = plv8.prepare(sql).cursor();
  for (let rows; (rows = b.fetch(n)).length > 0; ) viaRows.push(...rows);
  b.close();
  const text = JSON.stringify(viaRows, (k, v) => (typeof v === 'bigint' ? Number(v) : v));
  return [JSON.stringify(viaJson), text];
$$;
CREATE FUNCTION fj_raw(sql text, n int) RETURNS text LANGUAGE plv8 AS $$
  const c = plv8.prepare(sql).cursor();
  const text = c.fetchJson(n);
  const next = c.fetch();
  c.close();
  return String(text) + ' | ' + JSON.stringify(next, (k, v) => (typeof v === 'bigint' ? Number(v) : v));
$$;

SELECT is(coalesce((fj_both('SELECT * FROM fj ORDER BY ctid', 100))[1], 'fetchJson gave undefined'), (fj_both('SELECT * FROM fj ORDER BY ctid', 100))[2],
          'every supported type and escape: the same JSON as JSON.stringify of fetch');
SELECT is(coalesce((fj_both('SELECT * FROM fj ORDER BY ctid', 4))[1], 'fetchJson gave undefined'), (fj_both('SELECT * FROM fj ORDER BY ctid', 4))[2],
          'read in pieces: the same rows in the same order');
SELECT is(fj_raw('SELECT i, t FROM fj ORDER BY ctid', 2),
          '[{"i":2,"t":"plain"},{"i":-2147483648,"t":"quote \" backslash \\ nl \n tab \t cr \r bs \b ff \f"}] | {"i":null,"t":null}',
          'the text itself, and the cursor goes on after it');
SELECT is(fj_raw('SELECT i FROM fj WHERE false', 5), '[] | undefined', 'no more rows: an empty array');
SELECT is(fj_raw('SELECT 1.5::float8 AS f', 5), 'undefined | {"f":1.5}', 'an unsupported type: undefined, nothing fetched');
SELECT is(fj_raw('SELECT 1 AS a, 2 AS a', 5), 'undefined | {"a":2}', 'two columns of one name: undefined');
SELECT is(fj_raw('SELECT big FROM fj ORDER BY ctid OFFSET 4', 5), '[{"big":9007199254740992},{"big":-9007199254740992}] | undefined',
          'a bigint beyond 2^53: the nearest JS number, as Number(BigInt) gives');

CREATE FUNCTION fj_floats() RETURNS text LANGUAGE plv8 AS $$
  return JSON.stringify(plv8.execute('SELECT g / 4.0::float8 AS f, g AS i FROM generate_series(1, 3) g'));
$$;
SELECT is(fj_floats(), '[{"f":0.25,"i":1},{"f":0.5,"i":2},{"f":0.75,"i":3}]', 'rows of plv8.execute: each keeps its own float8 value');

-- Counts past what a C long holds (1e300, Infinity) mean all the rows, as in SQL's FETCH ALL;
-- converted by a plain cast they were undefined behaviour (in practice a backwards fetch: nothing).
CREATE FUNCTION fj_huge(counts float8[]) RETURNS int[] LANGUAGE plv8 AS $$
  return counts.map((n) => {
    const a = plv8.prepare('SELECT i FROM generate_series(1, 7) i').cursor();
    const json = JSON.parse(a.fetchJson(n)).length;
    a.close();
    const b = plv8.prepare('SELECT i FROM generate_series(1, 7) i').cursor();
    const rows = b.fetch(n).length;
    b.close();
    return json * 10 + rows;
  });
$$;
SELECT is(fj_huge(ARRAY[1e300, 'Infinity', 9223372036854775808]), ARRAY[77, 77, 77],
          'fetchJson(n) and fetch(n) with n past 2^63 or Infinity give all the rows');

-- readJson(n, maxLength) after `skip` rows fetched as JS rows: what it answers (text, length or
-- undefined), then the next row.
CREATE FUNCTION rj(sql text, n float8, max_length float8, skip int DEFAULT 0) RETURNS text LANGUAGE plv8 AS $$
  const c = plv8.prepare(sql).cursor();
  if (skip > 0) c.fetch(skip);
  const out = c.readJson(n, max_length);
  const next = c.fetch();
  c.close();
  return (typeof out === 'string' ? out : typeof out + ' ' + String(out)) + ' | ' + JSON.stringify(next);
$$;
SELECT is(rj('SELECT i, t FROM fj ORDER BY ctid LIMIT 2', 1, 1000),
          '[{"i":2,"t":"plain"},{"i":-2147483648,"t":"quote \" backslash \\ nl \n tab \t cr \r bs \b ff \f"}] | undefined',
          'readJson: every row in one text, read one row per fetch; nothing left after it');
SELECT is(rj('SELECT i FROM fj ORDER BY ctid', 2, 1000, 4), '[{"i":0},{"i":0}] | undefined', 'readJson: the rows after those already fetched');
SELECT is(rj('SELECT i FROM fj WHERE false', 5, 1000), '[] | undefined', 'readJson: no rows, an empty array');
SELECT is(rj('SELECT 1.5::float8 AS f', 5, 1000), 'undefined undefined | {"f":1.5}', 'readJson: an unsupported type, undefined and nothing fetched');
SELECT is(rj('SELECT g AS n FROM generate_series(1, 1000) g', 7, 100),
          'number ' || (SELECT length('[' || string_agg('{"n":' || g || '}', ',') || ']') FROM generate_series(1, 1000) g) || ' | undefined',
          'readJson: past maxLength only the whole text''s length, every row read to count it');
SELECT is(rj('SELECT g AS n FROM generate_series(1, 3) g', 2, 25), '[{"n":1},{"n":2},{"n":3}] | undefined', 'readJson: a text exactly maxLength long is the text');
SELECT is(rj('SELECT g AS n FROM generate_series(1, 3) g', 2, 24), 'number 25 | undefined', 'readJson: one character more is its length');

-- Past 64 KB: an ASCII text is handed to V8 as an external string, a non-ASCII one is copied; both
-- are the text JSON.stringify makes of the same rows.
CREATE FUNCTION rj_large(sql text) RETURNS boolean LANGUAGE plv8 AS $$
  const a = plv8.prepare(sql).cursor();
  const text = a.readJson(333, 1e9);
  a.close();
  const rows = plv8.execute(sql);
  return text.length > 65536 && text === JSON.stringify(rows);
$$;
SELECT ok(rj_large($$SELECT g AS id, 'row ' || g AS note FROM generate_series(1, 5000) g$$), 'readJson: a large ASCII result, whole and in order');
SELECT is((fj_both($$SELECT g AS id, 'row ' || g AS note FROM generate_series(1, 5000) g$$, 4000))[1],
          (fj_both($$SELECT g AS id, 'row ' || g AS note FROM generate_series(1, 5000) g$$, 4000))[2],
          'fetchJson: pieces past 64 KB (external strings) are the same rows');
SELECT ok(rj_large($$SELECT g AS id, 'é row ' || g AS note FROM generate_series(1, 5000) g$$), 'readJson: a large non-ASCII result, whole and in order');

SELECT * FROM finish();
ROLLBACK;
\endif
