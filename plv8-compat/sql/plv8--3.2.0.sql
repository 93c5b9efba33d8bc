-- PL/v8-compatible procedural language (Wormhole project implementation, not upstream PL/v8).
\echo Use "CREATE EXTENSION plv8" to load this file. \quit

CREATE FUNCTION plv8_call_handler() RETURNS language_handler
  AS 'MODULE_PATHNAME' LANGUAGE C;
CREATE FUNCTION plv8_inline_handler(internal) RETURNS void
  AS 'MODULE_PATHNAME' LANGUAGE C;
CREATE FUNCTION plv8_call_validator(oid) RETURNS void
  AS 'MODULE_PATHNAME' LANGUAGE C;

CREATE TRUSTED LANGUAGE plv8
  HANDLER plv8_call_handler
  INLINE plv8_inline_handler
  VALIDATOR plv8_call_validator;

COMMENT ON LANGUAGE plv8 IS 'PL/JavaScript (V8), PL/v8-compatible implementation by the Wormhole project';

-- Version of this implementation, e.g. '3.2.0-wormhole'.
CREATE FUNCTION plv8_version() RETURNS text
  AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT;

-- Forget the current role's compiled functions (they are recompiled on next use).
CREATE FUNCTION plv8_reset() RETURNS void
  AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE;
