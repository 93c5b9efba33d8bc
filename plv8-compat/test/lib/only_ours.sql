-- For a file that only plv8-compat can pass: before plan(),
--   \set only_ours 'why upstream cannot pass it'
--   \ir lib/only_ours.sql
--   \if :ours
--   ... the whole file ...
--   \endif
-- On upstream PL/v8 the file is then one skipped test that names the reason. (\quit would end only
-- this included script, hence the \if around the rest.)
\ir engine.sql
\if :ours
\else
SELECT plan(1);
SELECT skip('skipped on upstream PL/v8 ' || :'plv8_version' || ': ' || :'only_ours');
SELECT * FROM finish();
\endif
