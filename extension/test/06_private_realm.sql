-- Wormhole's realm on plv8-compat: its entry points run in a private V8 context per role
-- (`// plv8:context wormhole-<version>`), which raw plv8 code cannot enter, and the runtime freezes
-- everything reachable there. The walk below is written here, independently of the runtime's own
-- hardening code, so it catches what that code forgets.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS wormhole CASCADE;
SELECT plan(10);
\ir lib/engine.sql

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'wormhole'), '0.3.0', 'the private context below is 0.3.0''s');

-- A first call loads the runtime into this role's private context.
SELECT is(wormhole.call(wormhole.install('(db) => 1'), '[]'), '1', 'a call loads the runtime');

\if :ours
-- Runs in the same private context (owned by a superuser, same first line), after the runtime.
-- Walks the global object and the hidden intrinsics transitively (property values, accessors and
-- prototypes) and lists every object that is not frozen and every property that is writable or
-- configurable. Returns at most 20 paths, then the count of the rest.
CREATE FUNCTION pg_temp.mutable_paths() RETURNS text[] LANGUAGE plv8 AS $js$// plv8:context wormhole-0.3.0
  var found = [], seen = new Set(), total = 0;
  function note(path) { total++; if (found.length < 20) found.push(path); }
  function isObj(v) { return (typeof v === 'object' && v !== null) || typeof v === 'function'; }
  var roots = [
    ['globalThis', globalThis],
    ['%ArrayIteratorPrototype%', Object.getPrototypeOf([][Symbol.iterator]())],
    ['%MapIteratorPrototype%', Object.getPrototypeOf(new Map()[Symbol.iterator]())],
    ['%SetIteratorPrototype%', Object.getPrototypeOf(new Set()[Symbol.iterator]())],
    ['%StringIteratorPrototype%', Object.getPrototypeOf(''[Symbol.iterator]())],
    ['%RegExpStringIteratorPrototype%', Object.getPrototypeOf('a'.matchAll(/a/g))],
    ['%GeneratorFunction%', Object.getPrototypeOf(function* () {})],
    ['%AsyncFunction%', Object.getPrototypeOf(async function () {})],
    ['%AsyncGeneratorFunction%', Object.getPrototypeOf(async function* () {})],
    ['%TypedArray%', Object.getPrototypeOf(Int8Array)],
  ];
  var stack = roots.slice();
  while (stack.length > 0) {
    var item = stack.pop(), path = item[0], obj = item[1];
    if (seen.has(obj)) continue;
    seen.add(obj);
    if (!Object.isFrozen(obj)) note(path + ' (not frozen)');
    var proto = Object.getPrototypeOf(obj);
    if (isObj(proto)) stack.push([path + '.__proto__', proto]);
    Reflect.ownKeys(obj).forEach(function (key) {
      var d = Object.getOwnPropertyDescriptor(obj, key), name = path + '.' + String(key);
      if (!d) return;
      if (d.configurable || d.writable) note(name + (d.writable ? ' (writable)' : ' (configurable)'));
      [d.value, d.get, d.set].forEach(function (v) { if (isObj(v)) stack.push([name, v]); });
    });
  }
  if (total > found.length) found.push('... and ' + (total - found.length) + ' more');
  return found;
$js$;

SELECT is(pg_temp.mutable_paths(), '{}'::text[], 'nothing reachable in Wormhole''s realm is mutable');

-- The engine's helpers for the runtime (plv8-compat only) are taken off the plv8 object.
CREATE FUNCTION pg_temp.engine_helpers_left() RETURNS text[] LANGUAGE plv8 AS $js$// plv8:context wormhole-0.3.0
  return ['record_call', 'catalog_epoch', 'catalog_watched', 'freeze_reachable'].filter(function (k) { return k in plv8; });
$js$;
SELECT is(pg_temp.engine_helpers_left(), '{}'::text[], 'the runtime leaves none of the engine''s private helpers on plv8');

-- Raw plv8 code of the same role runs in the role's ordinary context: it cannot see the runtime.
CREATE FUNCTION pg_temp.ordinary_sees() RETURNS text LANGUAGE plv8 AS $js$
  return typeof globalThis['__wormhole@0.3.0'];
$js$;
SELECT is(pg_temp.ordinary_sees(), 'undefined', 'a plain plv8 function of the same role cannot see the runtime');
DO $$ if (globalThis['__wormhole@0.3.0'] !== undefined) throw new Error('the DO block reached the runtime'); $$ LANGUAGE plv8;
SELECT pass('a DO block of the same role cannot see the runtime');

\else
SELECT skip(:'no_private_contexts', 4);
\endif

-- ...and whatever it does to its own realm does not reach remote functions.
DO $$ Array.prototype.map = function () { return ['patched']; }; globalThis.spy = []; $$ LANGUAGE plv8;
SELECT is(wormhole.call(wormhole.install('(db) => [1, 2].map((x) => x * 2)'), '[]'), '[2,4]',
  'a prototype patched by a DO block does not reach a remote function');

-- Neither can it load Wormhole's code into its own realm through find_function.
SELECT CASE WHEN :'ours'::boolean THEN throws_ok($$DO $x$ plv8.find_function('wormhole._load_runtime'); $x$ LANGUAGE plv8$$, '42501', NULL,
  'find_function refuses a function that runs in a private context') ELSE skip(:'no_private_contexts') END;

-- The realm is no less usable: ordinary remote code that assigns names on its own objects works.
SELECT is(wormhole.call(wormhole.install($js$(db) => {
  const e = new Error('x'); e.name = 'Custom'; e.message = 'changed';
  const o = {}; o.toString = () => 'mine';
  class P { constructor() { this.valueOf = () => 7; } }
  return [e.name, e.message, String(o), +new P()];
}$js$), '[]'), '["Custom","changed","mine",7]', 'instances still take their own name, message, toString and valueOf');

SELECT is(wormhole.call(wormhole.install('(db) => { const m = new Map([[1, 2]]); return [...m.values(), ...new Set([3])]; }'), '[]'),
  '[2,3]', 'iterating Maps and Sets still works in the frozen realm');

SELECT * FROM finish();
ROLLBACK;
