-- Which PL/v8 the server runs. These files test plv8-compat and also run unchanged against
-- upstream PL/v8 (issue 10: a server built from plv8/plv8 outside the repository), where what only
-- plv8-compat can pass is skipped, naming why. Sets :ours (t/f) and :plv8_version.
-- Read from pg_available_extensions, which needs nothing created: creating plv8 here, inside a
-- file's transaction, would make a dblink session that creates it too wait for that transaction.
-- plv8-compat's control file names the project (plv8-compat/plv8.control); upstream's does not.
SELECT strpos(lower(comment), 'wormhole') > 0 AS ours, default_version AS plv8_version
  FROM pg_catalog.pg_available_extensions WHERE name = 'plv8' \gset
