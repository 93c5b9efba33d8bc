-- Shared by the extension's pgTAP files (included with \ir, so pg_prove never runs it on its own).
-- The DETAIL of the error a statement raises, parsed as JSON (docs/protocol.md), or NULL when the
-- statement succeeds.
CREATE FUNCTION pg_temp.error_detail(statement text) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE d text;
BEGIN
  EXECUTE statement;
  RETURN NULL;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
  RETURN d::jsonb;
END $$;
