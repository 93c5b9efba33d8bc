-- How a statement ended, for the files that assert on errors. Included with \ir; each file formats
-- the fields it checks (SELECT ... FROM test_error(q)).

-- What a caller sees of the error statement `q` raises: code (the SQLSTATE), message, DETAIL, HINT,
-- CONTEXT; all NULL when `q` succeeds. query_canceled is named because WHEN OTHERS deliberately does
-- not catch it, and statement_timeout and pg_cancel_backend raise it.
CREATE OR REPLACE FUNCTION test_error(q text, OUT code text, OUT message text, OUT detail text,
                                      OUT hint text, OUT context text) LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
EXCEPTION WHEN query_canceled OR OTHERS THEN
  GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL,
                          hint = PG_EXCEPTION_HINT, context = PG_EXCEPTION_CONTEXT;
END $$;

-- 'SQLSTATE|message' of the error `q` raises, or 'no error'.
CREATE OR REPLACE FUNCTION test_outcome(q text) RETURNS text LANGUAGE sql AS $$
  SELECT coalesce(code || '|' || message, 'no error') FROM test_error(q)
$$;

-- Outcomes of statements run under SET ROLE, written to test_obs (pgTAP's own tables belong to the
-- test owner) and checked afterwards: test_try(k, q) keeps q's result ('null' for NULL) or
-- 'SQLSTATE message' under key k; test_obs(k) reads it back.
CREATE TABLE IF NOT EXISTS test_obs (k text PRIMARY KEY, v text);
GRANT ALL ON test_obs TO PUBLIC;
CREATE OR REPLACE FUNCTION test_try(k text, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  EXECUTE q INTO r;
  INSERT INTO test_obs VALUES (k, coalesce(r, 'null'));
EXCEPTION WHEN OTHERS THEN
  INSERT INTO test_obs VALUES (k, SQLSTATE || ' ' || SQLERRM);
END $$;
CREATE OR REPLACE FUNCTION test_obs(key text) RETURNS text LANGUAGE sql AS $$ SELECT v FROM test_obs WHERE k = key $$;
