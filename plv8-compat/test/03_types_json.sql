-- json and jsonb: arguments arrive as JS values (parsed), returned values are serialized.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(18);

CREATE FUNCTION tj_describe_json(j json) RETURNS text LANGUAGE plv8 AS $$
  if (j === null) return 'null';
  return (Array.isArray(j) ? 'array' : typeof j) + ':' + JSON.stringify(j);
$$;
CREATE FUNCTION tj_describe_jsonb(j jsonb) RETURNS text LANGUAGE plv8 AS $$
  if (j === null) return 'null';
  return (Array.isArray(j) ? 'array' : typeof j) + ':' + JSON.stringify(j);
$$;
CREATE FUNCTION tj_field(j jsonb) RETURNS text LANGUAGE plv8 AS $$ return j.a.b[1] + '/' + typeof j.a.b[1]; $$;

SELECT is(tj_describe_json('{"a":1,"b":[true,null,"x"]}'), 'object:{"a":1,"b":[true,null,"x"]}', 'json object -> JS object');
SELECT is(tj_describe_json('[1,2.5,"three"]'), 'array:[1,2.5,"three"]', 'json array -> JS array');
SELECT is(tj_describe_json('"just a string"'), 'string:"just a string"', 'json scalar string -> JS string');
SELECT is(tj_describe_json('17'), 'number:17', 'json scalar number -> JS number');
SELECT is(tj_describe_json(NULL), 'null', 'SQL NULL json -> null');
SELECT is(tj_describe_jsonb('{"b":2,"a":{"nested":[1,{"deep":true}]}}'), 'object:{"a":{"nested":[1,{"deep":true}]},"b":2}',
          'jsonb object (keys in jsonb order) -> JS object');
SELECT is(tj_describe_jsonb('[]'), 'array:[]', 'empty jsonb array -> []');
SELECT is(tj_describe_jsonb('{"s":"üñí ✓"}'), 'object:{"s":"üñí ✓"}', 'jsonb unicode strings survive');
SELECT is(tj_describe_jsonb('false'), 'boolean:false', 'jsonb scalar false -> false');
SELECT is(tj_describe_jsonb('null'), 'null', 'jsonb JSON null (not SQL NULL) -> JS null');
SELECT is(tj_field('{"a":{"b":[0,1.5]}}'), '1.5/number', 'jsonb numbers are JS numbers, properties are reachable');

CREATE FUNCTION tj_ret_json() RETURNS json LANGUAGE plv8 AS $$ return {a: 1, b: [true, null, 'x'], c: {d: 'e'}}; $$;
CREATE FUNCTION tj_ret_jsonb() RETURNS jsonb LANGUAGE plv8 AS $$ return {z: 1, a: [1, 2, {x: null}], u: undefined}; $$;
CREATE FUNCTION tj_ret_jsonb_arr() RETURNS jsonb LANGUAGE plv8 AS $$ return [1, 'two', 3.5]; $$;
CREATE FUNCTION tj_ret_jsonb_scalar() RETURNS jsonb LANGUAGE plv8 AS $$ return 'text'; $$;
CREATE FUNCTION tj_ret_null() RETURNS jsonb LANGUAGE plv8 AS $$ return null; $$;
CREATE FUNCTION tj_roundtrip(j jsonb) RETURNS jsonb LANGUAGE plv8 AS $$ j.added = true; return j; $$;
CREATE FUNCTION tj_json_roundtrip(j json) RETURNS json LANGUAGE plv8 AS $$ return j; $$;

SELECT is(tj_ret_json()::text, '{"a":1,"b":[true,null,"x"],"c":{"d":"e"}}', 'object -> json text (JSON.stringify)');
SELECT is(tj_ret_jsonb(), '{"a": [1, 2, {"x": null}], "z": 1}'::jsonb, 'object -> jsonb; undefined properties are dropped');
SELECT is(tj_ret_jsonb_arr(), '[1, "two", 3.5]'::jsonb, 'array -> jsonb array');
SELECT is(tj_ret_jsonb_scalar(), '"text"'::jsonb, 'string -> jsonb string scalar');
SELECT ok(tj_ret_null() IS NULL, 'JS null returned as jsonb -> SQL NULL');
SELECT is(tj_roundtrip('{"k":[1,2]}'), '{"k": [1, 2], "added": true}'::jsonb, 'jsonb modified in JS and returned');
SELECT is(tj_json_roundtrip('{"n":12345678901}')::jsonb, '{"n": 12345678901}'::jsonb, 'json round-trips with large numbers');

SELECT * FROM finish();
ROLLBACK;
