-- plv8.elog at each level, quote_literal/quote_nullable/quote_ident, find_function,
-- memory_usage and version.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
SELECT plan(25);

CREATE FUNCTION el_level(level text) RETURNS text LANGUAGE plv8 AS $$
  const levels = {DEBUG5, DEBUG4, DEBUG3, DEBUG2, DEBUG1, LOG, INFO, NOTICE, WARNING};
  return String(plv8.elog(levels[level], 'elog at ' + level, 'more', 'words'));
$$;
-- Messages below client_min_messages are not sent, so the client stays quiet for DEBUG/LOG.
SELECT is(el_level('DEBUG5'), 'undefined', 'elog(DEBUG5) returns, execution continues');
SELECT is(el_level('DEBUG1'), 'undefined', 'elog(DEBUG1) returns');
SELECT is(el_level('LOG'), 'undefined', 'elog(LOG) returns');
SELECT is(el_level('INFO'), 'undefined', 'elog(INFO) returns (message sent to the client)');
SELECT is(el_level('NOTICE'), 'undefined', 'elog(NOTICE) returns (message sent to the client)');
SELECT is(el_level('WARNING'), 'undefined', 'elog(WARNING) returns (message sent to the client)');

CREATE FUNCTION el_constants() RETURNS text LANGUAGE plv8 AS $$ return [typeof NOTICE, typeof ERROR, NOTICE === ERROR].join(','); $$;
SELECT is(el_constants(), 'number,number,false', 'level constants DEBUG5..ERROR are distinct numbers in the global scope');

-- pgTAP cannot read the messages sent to its own client, so NOTICE visibility is checked in the
-- server log: with log_min_messages = notice the NOTICE is written there exactly as it is sent
-- to the client. The log is pg_current_logfile() with logging_collector, otherwise the server's
-- stderr, which this backend inherited as file descriptor 2.
CREATE FUNCTION el_notice(token text) RETURNS void LANGUAGE plv8 AS $$ plv8.elog(NOTICE, 'plv8 notice', token); $$;
CREATE FUNCTION el_log_contains(token text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  log_path text := coalesce(pg_current_logfile(), '/proc/self/fd/2');
  start_size bigint := (pg_stat_file(log_path)).size;
BEGIN
  SET LOCAL log_min_messages = notice;
  PERFORM el_notice(token);
  RESET log_min_messages;
  RETURN (SELECT string_agg(line, E'\n') FROM regexp_split_to_table(
            pg_read_file(log_path, start_size, (pg_stat_file(log_path)).size - start_size), E'\n') AS line
          WHERE line LIKE '%' || token || '%');
END $$;
SELECT matches(el_log_contains('tok' || pg_backend_pid()), 'NOTICE:  plv8 notice tok[0-9]+$',
               'elog(NOTICE, ...) emits a NOTICE whose text joins the arguments with spaces');

CREATE TABLE el_t (v text);
CREATE FUNCTION el_error() RETURNS text LANGUAGE plv8 AS $$
  plv8.execute("INSERT INTO el_t VALUES ('before elog')");
  plv8.elog(ERROR, 'stopped by elog');
  plv8.execute("INSERT INTO el_t VALUES ('after elog')");
  return 'not reached';
$$;
SELECT throws_ok('SELECT el_error()', 'XX000', 'stopped by elog', 'elog(ERROR) aborts the statement with that message');
SELECT is((SELECT count(*)::int FROM el_t), 0, 'nothing of the aborted statement is kept');

CREATE FUNCTION qt(fn text, v text) RETURNS text LANGUAGE plv8 AS $$ return String(plv8[fn](v)); $$;
SELECT is(qt('quote_literal', 'it''s'), '''it''''s''', 'quote_literal doubles quotes');
SELECT is(qt('quote_literal', 'back\slash'), 'E''back\\slash''', 'quote_literal escapes backslashes like SQL quote_literal');
SELECT is(qt('quote_nullable', NULL), 'NULL', 'quote_nullable(null) -> NULL');
SELECT is(qt('quote_nullable', 'x'), '''x''', 'quote_nullable of a string quotes it');
SELECT is(qt('quote_ident', 'simple'), 'simple', 'quote_ident leaves a plain identifier alone');
SELECT is(qt('quote_ident', 'Mixed Case"q'), '"Mixed Case""q"', 'quote_ident quotes and doubles quotes when needed');
SELECT is(qt('quote_ident', 'select'), '"select"', 'quote_ident quotes keywords');

CREATE FUNCTION ff_add_one(x int) RETURNS int LANGUAGE plv8 AS $$ return x + 1; $$;
CREATE FUNCTION ff_over(x int) RETURNS text LANGUAGE plv8 AS $$ return 'int:' + x; $$;
CREATE FUNCTION ff_over(x text) RETURNS text LANGUAGE plv8 AS $$ return 'text:' + x; $$;
CREATE FUNCTION ff_use(sig text, arg text) RETURNS text LANGUAGE plv8 AS $$
  const f = plv8.find_function(sig);
  return typeof f + ':' + f(arg);
$$;
SELECT is(ff_use('ff_add_one', '41'), 'function:411', 'find_function by name returns a callable JS function');
CREATE FUNCTION ff_call_num() RETURNS int LANGUAGE plv8 AS $$ return plv8.find_function('ff_add_one')(41); $$;
SELECT is(ff_call_num(), 42, 'the found function computes like the SQL function');
SELECT is(ff_use('ff_over(int4)', '5'), 'function:int:5', 'find_function by signature picks the int overload');
SELECT is(ff_use('ff_over(text)', '5'), 'function:text:5', 'find_function by signature picks the text overload');
CREATE FUNCTION ff_missing() RETURNS text LANGUAGE plv8 AS $$
  // In a subtransaction, so the check holds whether the lookup fails in JS or as a SQL error.
  try { plv8.subtransaction(() => plv8.find_function('ff_does_not_exist')); return 'no error'; } catch (e) { return 'threw'; }
$$;
SELECT is(ff_missing(), 'threw', 'find_function of a missing function throws a catchable error');

CREATE FUNCTION mu() RETURNS jsonb LANGUAGE plv8 AS $$ return plv8.memory_usage(); $$;
SELECT ok((SELECT (mu()->>'used_heap_size')::float8 > 0 AND (mu()->>'total_heap_size')::float8 >= (mu()->>'used_heap_size')::float8),
          'memory_usage() reports used_heap_size > 0 and total_heap_size >= used');

CREATE FUNCTION ver() RETURNS text LANGUAGE plv8 AS $$ return typeof plv8.version + ':' + plv8.version; $$;
SELECT matches(ver(), '^string:', 'plv8.version is a string');
\ir lib/engine.sql
\if :ours
SELECT matches(ver(), '(?i)compat', 'plv8.version says it is the project''s compat implementation');
\else
SELECT is(ver(), 'string:' || plv8_version(), 'plv8.version is upstream''s own version, as plv8_version() says');
\endif

SELECT * FROM finish();
ROLLBACK;
