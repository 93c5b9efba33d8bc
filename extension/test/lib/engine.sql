-- Which PL/v8 the server runs, for the tests only plv8-compat can pass (they run the same file
-- unchanged against upstream PL/v8 and skip those, each skip naming why). Asked of the extension's
-- own detection, wormhole.engine(), so include this after CREATE EXTENSION wormhole.
--   SELECT CASE WHEN :'ours'::boolean THEN is(...) ELSE skip(:'no_call_stats') END;   -- one test
--   \if :ours ... \else SELECT skip(:'no_private_contexts', 3); \endif       -- several, or setup too
SELECT (wormhole.engine()->>'kind') = 'plv8-compat' AS ours, wormhole.engine()->>'version' AS plv8_version \gset
\set no_call_stats 'skipped on upstream PL/v8 ' :plv8_version ': no engine call counters, so wormhole.function_stats stays empty'
\set no_private_contexts 'skipped on upstream PL/v8 ' :plv8_version ': no private V8 contexts, so the runtime shares the role''s ordinary plv8 context'
