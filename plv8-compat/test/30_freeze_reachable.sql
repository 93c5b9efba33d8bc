-- plv8.freeze_reachable(roots, seen[, prepare]) (src/realm_freeze.cc), in private contexts only:
-- freezes every object reachable from roots (property values of any key, getters and setters,
-- prototypes), skipping and filling `seen`, and hands each prototype to `prepare` before freezing
-- it. An embedder locks a whole realm down with it (Wormhole's runtime: harden.ts); the last test
-- holds it to the same walk written in JavaScript.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'plv8.freeze_reachable() is plv8-compat''s'
\ir lib/only_ours.sql
\if :ours
\ir lib/outcome.sql
SELECT plan(15);

CREATE FUNCTION fr_ordinary() RETURNS text LANGUAGE plv8 AS $$ return typeof plv8.freeze_reachable; $$;
SELECT is(fr_ordinary(), 'undefined', 'plv8.freeze_reachable is not offered outside private contexts');

-- Each kind of edge the walk must follow, one object behind each; `skipped` is in `seen` already.
CREATE FUNCTION fr_graph() RETURNS jsonb LANGUAGE plv8 AS $$// plv8:context fr-graph
const sym = Symbol('s');
const proto = { inherited: {} };
const getter = function () { getterRan = true; return 1; };
const setter = function (v) {};
let getterRan = false;
const skipped = { inner: {} };
const root = Object.create(proto);
root.value = { deep: { deeper: {} } };
root[sym] = {};
root[7] = {};
Object.defineProperty(root, 'hidden', { value: {}, enumerable: false, writable: true, configurable: true });
Object.defineProperty(root, 'acc', { get: getter, set: setter, enumerable: true, configurable: true });
root.skipped = skipped;
const seen = new Set([skipped]);
const count = plv8.freeze_reachable([root], seen);
const frozen = (o) => Object.isFrozen(o);
return {
  root: frozen(root), prototype: frozen(proto), inherited: frozen(proto.inherited), deep: frozen(root.value.deep.deeper),
  symbolKey: frozen(root[sym]), index: frozen(root[7]), nonEnumerable: frozen(root.hidden),
  getter: frozen(getter), setter: frozen(setter), objectPrototype: frozen(Object.prototype),
  functionPrototype: frozen(Function.prototype), getterRan,
  skipped: frozen(skipped), skippedInner: frozen(skipped.inner),
  seenGrew: seen.has(root) && seen.has(root.value.deep.deeper), countIsNew: count === seen.size - 1,
};
$$;
SELECT is(fr_graph(), '{"root": true, "prototype": true, "inherited": true, "deep": true, "symbolKey": true,
  "index": true, "nonEnumerable": true, "getter": true, "setter": true, "objectPrototype": true,
  "functionPrototype": true, "getterRan": false, "skipped": false, "skippedInner": false, "seenGrew": true,
  "countIsNew": true}'::jsonb,
  'values (string, symbol and index keys, enumerable or not), accessors and prototypes are frozen; getters do not run; seen is skipped and filled');

-- prepare sees prototypes (objects with an own constructor) only, before they are frozen, and
-- whatever it returns is walked too.
CREATE FUNCTION fr_prepare() RETURNS jsonb LANGUAGE plv8 AS $$// plv8:context fr-prepare
class A { m() {} }
const plain = { x: {} };
const returned = {};
const calls = [];
let unfrozenWhenCalled = null;
plv8.freeze_reachable([A.prototype, plain], new Set(), (obj) => {
  if (obj === A.prototype) {
    calls.push('A.prototype');
    unfrozenWhenCalled = !Object.isFrozen(obj);
    Object.defineProperty(obj, 'late', { value: 1 });
    return [returned];
  }
  if (obj === plain || obj === plain.x) calls.push('not a prototype');
  if (obj === Object.prototype) calls.push('Object.prototype');
  return undefined;
});
return { calls: calls.sort(), unfrozenWhenCalled, late: A.prototype.late, returned: Object.isFrozen(returned), plain: Object.isFrozen(plain.x) };
$$;
SELECT is(fr_prepare(), '{"calls": ["A.prototype", "Object.prototype"], "unfrozenWhenCalled": true, "late": 1,
  "returned": true, "plain": true}'::jsonb,
  'prepare gets each prototype before it is frozen, and what it returns is frozen too');

CREATE FUNCTION fr_try(body text) RETURNS text LANGUAGE plv8 AS $$// plv8:context fr-errors
try { (0, eval)(body); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
$$;
SELECT is(fr_try($$plv8.freeze_reachable([new Proxy({}, {})], new Set())$$),
  'TypeError: plv8.freeze_reachable: a Proxy is reachable from the roots; it cannot be frozen reliably',
  'a Proxy root is refused');
SELECT is(fr_try($$plv8.freeze_reachable([{ a: { b: new Proxy({}, {}) } }], new Set())$$),
  'TypeError: plv8.freeze_reachable: a Proxy is reachable from the roots; it cannot be frozen reliably',
  'a Proxy deep in the graph is refused');
SELECT matches(fr_try($$plv8.freeze_reachable({}, new Set())$$), '^TypeError: .*roots must be an array',
  'roots that are not an array are refused');
SELECT matches(fr_try($$plv8.freeze_reachable([], [])$$), '^TypeError: .*seen a Set', 'seen that is not a Set is refused');
SELECT matches(fr_try($$plv8.freeze_reachable([], new Set(), 1)$$), '^TypeError: .*prepare a function',
  'a prepare that is not a function is refused');
SELECT is(fr_try($$plv8.freeze_reachable([class B {}.prototype], new Set(), () => { throw new RangeError('from prepare'); })$$),
  'RangeError: from prepare', 'an exception from prepare reaches the caller');
SELECT is(fr_try('1'), 'no error', 'and the context stays usable');

-- A cancel or statement_timeout ends a long walk (the watchdog terminates the isolate, which the
-- walk checks between objects). The graph is built first, in a statement of its own; the walk
-- visits big[0] last, so it is still unfrozen when the walk stopped early.
CREATE FUNCTION fr_big(step text) RETURNS boolean LANGUAGE plv8 AS $$// plv8:context fr-big
if (step === 'build') {
  globalThis.big = [];
  for (let i = 0; i < 400000; i++) big.push({ inner: {} });
  return true;
}
if (step === 'walk') { plv8.freeze_reachable([big], new Set()); return true; }
return Object.isFrozen(big[0].inner);
$$;
SELECT fr_big('build');
SET LOCAL statement_timeout = '100ms';
SELECT is(test_outcome($$SELECT fr_big('walk')$$), '57014|canceling statement due to statement timeout',
          'statement_timeout ends a walk of 800,000 objects');
SET LOCAL statement_timeout = 0;
SELECT is(fr_big('check'), false, 'the walk stopped early: the object it would have frozen last is not frozen');
SELECT is(fr_try('1 + 1'), 'no error', 'the backend goes on');

-- The whole realm from globalThis, natively in one fresh context and in JavaScript (the walk
-- Wormhole's runtime runs where the engine has no native one) in another: the same objects.
CREATE FUNCTION fr_native() RETURNS jsonb LANGUAGE plv8 AS $$// plv8:context fr-native
const n = plv8.freeze_reachable([globalThis], new Set());
return { n, global: Object.isFrozen(globalThis), globalProto: Object.isFrozen(Object.getPrototypeOf(globalThis)) };
$$;
CREATE FUNCTION fr_js() RETURNS integer LANGUAGE plv8 AS $$// plv8:context fr-js
const seen = new Set();
const stack = [globalThis];
const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
while (stack.length > 0) {
  const obj = stack.pop();
  if (seen.has(obj)) continue;
  seen.add(obj);
  Object.freeze(obj);
  const proto = Object.getPrototypeOf(obj);
  if (proto !== null) stack.push(proto);
  for (const key of Reflect.ownKeys(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    for (const v of [d.value, d.get, d.set]) if (isObj(v)) stack.push(v);
  }
}
return seen.size;
$$;
SELECT is((fr_native()->>'n')::int, fr_js(), 'from globalThis the native walk freezes exactly the objects the JavaScript walk does');
SELECT is(fr_native() - 'n', '{"global": true, "globalProto": true}'::jsonb, 'the global object and its prototype are frozen');

SELECT * FROM finish();
ROLLBACK;
\endif
