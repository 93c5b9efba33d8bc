-- plv8 3.2.0-1 -> 3.2.0-2: PL/v8 3.2 behaviour (see plv8-compat/README.md): int8 as BigInt, dates
-- as UTC values, a subtransaction per plv8.execute, plv8.commit()/rollback(), upstream messages.
-- A released script: never edit it, add a new upgrade script instead.
\echo Use "ALTER EXTENSION plv8 UPDATE TO '3.2.0-2'" to load this file. \quit

-- PL/v8's "external array" types: arguments of these types arrive in JavaScript as typed arrays
-- (Int16Array, Int32Array, Float32Array, Float64Array, BigInt64Array), one-dimensional, no NULLs.
CREATE DOMAIN plv8_int2array AS int2[];
CREATE DOMAIN plv8_int4array AS int4[];
CREATE DOMAIN plv8_float4array AS float4[];
CREATE DOMAIN plv8_float8array AS float8[];
CREATE DOMAIN plv8_int8array AS int8[];
