-- plv8 3.2.0 -> 3.2.0-1: call statistics kept in memory (see plv8-compat/README.md).
-- A released script: never edit it, add a new upgrade script instead.
\echo Use "ALTER EXTENSION plv8 UPDATE TO '3.2.0-1'" to load this file. \quit

-- Counters added by plv8.record_call() in private contexts, per (context, key, role). In shared
-- memory when plv8 is in shared_preload_libraries (all backends), else this backend's only.
CREATE FUNCTION plv8_call_stats(
    OUT context text, OUT key text, OUT role oid, OUT calls bigint, OUT errors bigint,
    OUT total_ms float8, OUT max_ms float8, OUT last_called_at timestamptz)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'plv8_call_stats' LANGUAGE C VOLATILE STRICT;

-- record_call()s not counted because plv8.call_stats_max entries were in use.
CREATE FUNCTION plv8_call_stats_dropped() RETURNS bigint
  AS 'MODULE_PATHNAME', 'plv8_call_stats_dropped' LANGUAGE C VOLATILE STRICT;

-- Forget all counters and the dropped count, or (context given) only that context's counters.
CREATE FUNCTION plv8_call_stats_reset(context text DEFAULT NULL) RETURNS void
  AS 'MODULE_PATHNAME', 'plv8_call_stats_reset' LANGUAGE C VOLATILE;

-- Statistics name roles and their keys: only roles a superuser grants EXECUTE to may read them
-- (Wormhole grants a view on top to its DBA role), and only they may reset them.
REVOKE EXECUTE ON FUNCTION plv8_call_stats() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION plv8_call_stats_dropped() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION plv8_call_stats_reset(text) FROM PUBLIC;
