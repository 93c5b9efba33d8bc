-- realm hardening: after the runtime has loaded, built-ins in Wormhole's private realm are frozen
-- and the Function constructors cannot compile code; ordinary code that assigns name/message
-- still works. The role's ordinary plv8 context is left alone (polyfills keep working there).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS wormhole CASCADE;
SELECT plan(8);
\ir lib/engine.sql

-- Probes run in Wormhole's private realm (superuser-owned, same first line as its entry points).
CREATE FUNCTION pg_temp.realm(probe text) RETURNS text LANGUAGE plv8 AS $$// plv8:context wormhole-0.3.0
  try {
    switch (probe) {
      case 'frozen': return String(Object.isFrozen(Array.prototype) && Object.isFrozen(Object.prototype) && Object.isFrozen(JSON));
      case 'function-constructor': return String((function () {}).constructor('return 1')());
      case 'async-constructor': return String((async function () {}).constructor('return 1'));
      case 'patch': {
        var map = Array.prototype.map;
        try { Array.prototype.map = function () { return []; }; } catch (e) { /* strict callers get a TypeError */ }
        return Array.prototype.map === map ? 'unchanged' : 'patched';
      }
    }
  } catch (e) {
    return e.name;
  }
$$;

SELECT is(wormhole.call(wormhole.install('async (db) => [1, 2].map((x) => x * 2)'), '[]'), '[2,4]', 'a first call loads the runtime');
SELECT is(pg_temp.realm('frozen'), 'true', 'the intrinsics are frozen');
SELECT is(pg_temp.realm('function-constructor'), 'EvalError', 'the Function constructor reached through .constructor refuses to compile');
SELECT is(pg_temp.realm('async-constructor'), 'EvalError', 'so does the AsyncFunction constructor');
SELECT is(pg_temp.realm('patch'), 'unchanged', 'Array.prototype cannot be patched for the next function');
SELECT is(wormhole.call(wormhole.install($js$async (db) => {
  class Insufficient extends Error { constructor(m) { super(m); this.name = 'Insufficient'; } }
  const e = new Insufficient('x');
  e.message = 'changed';
  const o = { toString() { return 'o'; } };
  return [e.name, e.message, String(o), e instanceof Error];
}$js$), '[]')::jsonb, '["Insufficient", "changed", "o", true]'::jsonb,
  'assigning name/message on instances and own toString methods still work (override mistake avoided)');

-- Ordinary plv8 code of the same role: its context is not Wormhole's, and is not frozen.
-- (On upstream PL/v8 that context is the runtime's, hardened: see README, Threat model.)
\if :ours
DO $$ String.prototype.shout = function () { return this.toUpperCase() + '!'; }; $$ LANGUAGE plv8;
CREATE FUNCTION pg_temp.shout(t text) RETURNS text LANGUAGE plv8 AS $$ return t.shout(); $$;
SELECT is(pg_temp.shout('hi'), 'HI!', 'ordinary plv8 code can still extend prototypes in its own context');
\else
SELECT skip(:'no_private_contexts');
\endif
SELECT is(wormhole.call(wormhole.install('async (db) => typeof "x".shout'), '[]'), '"undefined"',
  'and remote functions do not see that extension');

SELECT * FROM finish();
ROLLBACK;
