-- Arrays: 1-D, multi-dimensional (nested JS arrays), NULL elements, json/jsonb elements.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(20);
\ir lib/engine.sql
-- Upstream PL/v8 passes a multi-dimensional array as one flat JS array, and reads a returned nested
-- JS array's inner arrays as element text ("1,2"): nested arrays are plv8-compat's.
\set no_nested 'skipped on upstream PL/v8 ' :plv8_version ': multi-dimensional arrays are flat JS arrays there, both ways'

CREATE FUNCTION ta_i4(a int4[]) RETURNS text LANGUAGE plv8 AS $$ return a === null ? 'null' : Array.isArray(a) + ':' + JSON.stringify(a); $$;
CREATE FUNCTION ta_text(a text[]) RETURNS text LANGUAGE plv8 AS $$ return JSON.stringify(a); $$;
CREATE FUNCTION ta_f8(a float8[]) RETURNS float8 LANGUAGE plv8 AS $$ return a.reduce((s, x) => s + x, 0); $$;
CREATE FUNCTION ta_bool(a boolean[]) RETURNS text LANGUAGE plv8 AS $$ return a.map(x => typeof x + ':' + x).join(','); $$;
CREATE FUNCTION ta_jsonb(a jsonb[]) RETURNS text LANGUAGE plv8 AS $$ return JSON.stringify(a) + '|' + typeof a[0]; $$;
CREATE FUNCTION ta_json(a json[]) RETURNS text LANGUAGE plv8 AS $$ return JSON.stringify(a) + '|' + a[0].k; $$;
CREATE FUNCTION ta_i8(a int8[]) RETURNS text LANGUAGE plv8 AS $$ return a.map(x => typeof x).join(','); $$;

SELECT is(ta_i4('{1,2,3}'), 'true:[1,2,3]', 'int4[] -> JS array of numbers');
SELECT is(ta_i4('{1,NULL,3}'), 'true:[1,null,3]', 'NULL elements -> null');
SELECT is(ta_i4('{}'), 'true:[]', 'empty array -> []');
SELECT is(ta_i4(NULL), 'null', 'NULL array -> null');
\if :ours
SELECT is(ta_i4('{{1,2,3},{4,5,6}}'), 'true:[[1,2,3],[4,5,6]]', '2-D array -> nested arrays');
SELECT is(ta_i4('{{{1},{2}},{{3},{4}}}'), 'true:[[[1],[2]],[[3],[4]]]', '3-D array -> nested arrays');
\else
SELECT skip(:'no_nested', 2);
\endif
SELECT is(ta_text(ARRAY['a', 'b c', '"q"', NULL, '']), '["a","b c","\"q\"",null,""]', 'text[] with quotes, NULL and empty strings');
SELECT is(ta_f8('{0.5,0.25,1e3}'), 1000.75::float8, 'float8[] elements are numbers');
SELECT is(ta_bool('{t,f}'), 'boolean:true,boolean:false', 'boolean[] elements are booleans');
SELECT is(ta_jsonb(ARRAY['{"a":1}'::jsonb, '[2,3]'::jsonb]), '[{"a":1},[2,3]]|object', 'jsonb[] elements are parsed values');
SELECT is(ta_json(ARRAY['{"k":"v"}'::json, 'null'::json]), '[{"k":"v"},null]|v', 'json[] elements are parsed values');
SELECT is(ta_i8('{1,2}'), 'bigint,bigint', 'int8[] elements are BigInts (PL/v8 3.2)');

CREATE FUNCTION tr_i4_arr() RETURNS int4[] LANGUAGE plv8 AS $$ return [1, 2, 3]; $$;
CREATE FUNCTION tr_i4_nulls() RETURNS int4[] LANGUAGE plv8 AS $$ return [null, 2, undefined]; $$;
CREATE FUNCTION tr_i4_2d() RETURNS int4[] LANGUAGE plv8 AS $$ return [[1, 2], [3, 4], [5, 6]]; $$;
CREATE FUNCTION tr_text_arr() RETURNS text[] LANGUAGE plv8 AS $$ return ['x', 'with space', 'q"uote', null]; $$;
CREATE FUNCTION tr_empty() RETURNS text[] LANGUAGE plv8 AS $$ return []; $$;
CREATE FUNCTION tr_jsonb_arr() RETURNS jsonb[] LANGUAGE plv8 AS $$ return [{a: 1}, [true], 'str']; $$;
CREATE FUNCTION tr_echo_2d(a float8[]) RETURNS float8[] LANGUAGE plv8 AS $$ return a.map(r => r.map(x => x * 2)); $$;
CREATE FUNCTION tr_ragged() RETURNS int4[] LANGUAGE plv8 AS $$ return [[1, 2], [3]]; $$;

SELECT is(tr_i4_arr(), '{1,2,3}'::int4[], 'JS array -> int4[]');
SELECT is(tr_i4_nulls(), '{NULL,2,NULL}'::int4[], 'null/undefined elements -> NULL');
\if :ours
SELECT is(tr_i4_2d(), '{{1,2},{3,4},{5,6}}'::int4[], 'nested JS arrays -> 2-D array (3x2)');
\else
SELECT skip(:'no_nested');
\endif
SELECT is(tr_text_arr(), ARRAY['x', 'with space', 'q"uote', NULL], 'JS strings -> text[] (quoting handled)');
SELECT is(cardinality(tr_empty()), 0, 'empty JS array -> empty SQL array');
SELECT is(tr_jsonb_arr(), ARRAY['{"a":1}'::jsonb, '[true]'::jsonb, '"str"'::jsonb], 'JS values -> jsonb[]');
\if :ours
SELECT is(tr_echo_2d('{{1,2},{3,4}}'), '{{2,4},{6,8}}'::float8[], '2-D float8[] round-trips through nested arrays');
\else
SELECT skip(:'no_nested');
\endif
SELECT throws_ok('SELECT tr_ragged()', NULL, NULL, 'ragged nested arrays cannot become a SQL array: error, not garbage');

SELECT * FROM finish();
ROLLBACK;
