-- Scalar type conversion, both directions: NULL, boolean, integer/float/numeric -> number,
-- int8 -> BigInt (a number for int4-range values with plv8.bigint_graceful), text-like types, void, and the
-- type-input fallback for returned strings.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(43);

-- "typeof:value" of each argument as JS sees it.
CREATE FUNCTION ts_bool(x boolean) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_i2(x int2) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_i4(x int4) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_i8(x int8) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_f4(x float4) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_f8(x float8) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_num(x numeric) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_text(x text) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_varchar(x varchar) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;
CREATE FUNCTION ts_name(x name) RETURNS text LANGUAGE plv8 AS $$ return typeof x + ':' + String(x); $$;

SELECT is(ts_bool(true), 'boolean:true', 'boolean true -> JS true');
SELECT is(ts_bool(false), 'boolean:false', 'boolean false -> JS false');
SELECT is(ts_bool(NULL), 'object:null', 'SQL NULL -> JS null');
SELECT is(ts_i2(32767::int2), 'number:32767', 'int2 max -> number');
SELECT is(ts_i2('-32768'::int2), 'number:-32768', 'int2 min -> number');
SELECT is(ts_i4(2147483647), 'number:2147483647', 'int4 max -> number');
SELECT is(ts_i4('-2147483648'::int4), 'number:-2147483648', 'int4 min -> number');
SELECT is(ts_i4(NULL), 'object:null', 'int4 NULL -> null');
SELECT is(ts_f4(1.5::float4), 'number:1.5', 'float4 -> number');
SELECT is(ts_f8(-0.125::float8), 'number:-0.125', 'float8 -> number');
SELECT is(ts_f8('Infinity'::float8), 'number:Infinity', 'float8 Infinity -> Infinity');
SELECT is(ts_f8('NaN'::float8), 'number:NaN', 'float8 NaN -> NaN');
SELECT is(ts_num(123.456), 'number:123.456', 'numeric -> number');
SELECT is(ts_i8(9007199254740993), 'bigint:9007199254740993', 'int8 beyond 2^53 -> BigInt, exact (PL/v8 3.2)');
SELECT is(ts_i8(-42), 'bigint:-42', 'small int8 -> BigInt too (PL/v8 3.2 always passes BigInt)');
\ir lib/engine.sql
\if :ours
SET LOCAL plv8.bigint_graceful = on;
SELECT is(ts_i8(9223372036854775807), 'bigint:9223372036854775807', 'bigint_graceful: int8 max -> BigInt, exact');
SELECT is(ts_i8(2147483648), 'bigint:2147483648', 'bigint_graceful: just beyond int4 -> BigInt (upstream BIGINT_GRACEFUL build)');
SELECT is(ts_i8(-2147483648), 'number:-2147483648', 'bigint_graceful: int8 in the int4 range -> number');
SET LOCAL plv8.bigint_graceful = off;
\else
-- Upstream chooses this when it is built (BIGINT_GRACEFUL), not with a setting.
SELECT skip('skipped on upstream PL/v8 ' || :'plv8_version' || ': plv8.bigint_graceful is a setting of plv8-compat only', 3);
\endif
SELECT is(ts_text('héllo wörld ✓'), 'string:héllo wörld ✓', 'text (UTF-8) -> string');
SELECT is(ts_text(''), 'string:', 'empty text -> empty string (not null)');
SELECT is(ts_varchar('abc'::varchar(5)), 'string:abc', 'varchar -> string');
SELECT is(ts_name('pg_class'::name), 'string:pg_class', 'name -> string');

-- JS -> SQL
CREATE FUNCTION tr_bool(x text) RETURNS boolean LANGUAGE plv8 AS $$ return x === 'yes'; $$;
CREATE FUNCTION tr_i4_str() RETURNS int4 LANGUAGE plv8 AS $$ return '42'; $$;
CREATE FUNCTION tr_i4_bad() RETURNS int4 LANGUAGE plv8 AS $$ return '12abc'; $$;
CREATE FUNCTION tr_i4_null() RETURNS int4 LANGUAGE plv8 AS $$ return null; $$;
CREATE FUNCTION tr_i4_undef() RETURNS int4 LANGUAGE plv8 AS $$ return undefined; $$;
CREATE FUNCTION tr_i4_noreturn() RETURNS int4 LANGUAGE plv8 AS $$ let x = 1; $$;
CREATE FUNCTION tr_i8_big() RETURNS int8 LANGUAGE plv8 AS $$ return 9007199254740993n; $$;
CREATE FUNCTION tr_i8_num() RETURNS int8 LANGUAGE plv8 AS $$ return 2 ** 53; $$;
CREATE FUNCTION tr_i2() RETURNS int2 LANGUAGE plv8 AS $$ return -7; $$;
CREATE FUNCTION tr_f8(x text) RETURNS float8 LANGUAGE plv8 AS $$ return x === 'nan' ? NaN : x === 'inf' ? -Infinity : 0.1 + 0.2; $$;
CREATE FUNCTION tr_f4() RETURNS float4 LANGUAGE plv8 AS $$ return 2.5; $$;
CREATE FUNCTION tr_num() RETURNS numeric LANGUAGE plv8 AS $$ return 1.25; $$;
CREATE FUNCTION tr_num_str() RETURNS numeric LANGUAGE plv8 AS $$ return '12345678901234567890.123456789'; $$;
CREATE FUNCTION tr_text_num() RETURNS text LANGUAGE plv8 AS $$ return 42; $$;
CREATE FUNCTION tr_varchar() RETURNS varchar LANGUAGE plv8 AS $$ return 'ünïcode'; $$;
CREATE FUNCTION tr_void() RETURNS void LANGUAGE plv8 AS $$ return 'ignored'; $$;
CREATE FUNCTION tr_echo_i4(x int4) RETURNS int4 LANGUAGE plv8 AS $$ return x; $$;

SELECT is(tr_bool('yes'), true, 'JS true -> boolean true');
SELECT is(tr_bool('no'), false, 'JS false -> boolean false');
SELECT is(tr_i4_str(), 42, 'a string returned for int4 is parsed by int4 input');
SELECT throws_ok('SELECT tr_i4_bad()', '22P02', NULL, 'a string int4 cannot parse -> invalid_text_representation');
SELECT ok(tr_i4_null() IS NULL, 'JS null -> SQL NULL');
SELECT ok(tr_i4_undef() IS NULL, 'JS undefined -> SQL NULL');
SELECT ok(tr_i4_noreturn() IS NULL, 'no return statement -> SQL NULL');
SELECT is(tr_i8_big(), 9007199254740993::int8, 'BigInt -> int8, exact');
SELECT is(tr_i8_num(), 9007199254740992::int8, 'number -> int8');
SELECT is(tr_i2(), -7::int2, 'number -> int2');
SELECT is(tr_f8('sum'), 0.30000000000000004::float8, 'number -> float8 keeps full precision');
SELECT is(tr_f8('nan'), 'NaN'::float8, 'NaN -> float8 NaN');
SELECT is(tr_f8('inf'), '-Infinity'::float8, '-Infinity -> float8 -Infinity');
SELECT is(tr_f4(), 2.5::float4, 'number -> float4');
SELECT is(tr_num(), 1.25::numeric, 'number -> numeric');
SELECT is(tr_num_str(), 12345678901234567890.123456789::numeric, 'string -> numeric via numeric input, exact');
SELECT is(tr_text_num(), '42', 'number returned for text -> its string form');
SELECT is(tr_varchar(), 'ünïcode'::varchar, 'string -> varchar');
SELECT is(tr_void()::text, '', 'void function returns void whatever JS returns');
SELECT is(tr_echo_i4(NULL), NULL::int4, 'NULL round-trips through JS');
SELECT is(tr_echo_i4('-2147483648'::int4), '-2147483648'::int4, 'int4 min round-trips');

SELECT * FROM finish();
ROLLBACK;
