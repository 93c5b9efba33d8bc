/**
 * Realm hardening, once per backend and role (PL/v8 keeps one JavaScript realm per role).
 *
 * Remote functions of one role share a realm, so one must not be able to tamper with what another
 * sees, nor reach plv8 through the Function constructors (`(() => 0).constructor('return plv8')()`).
 * What is done here, and why not SES lockdown(), is measured and explained in the README:
 *   1. The Function, GeneratorFunction, AsyncFunction and AsyncGeneratorFunction constructors are
 *      replaced on their prototypes by one that throws, so code cannot compile new code that runs
 *      in the global scope (eval is shadowed per function, see compile.ts).
 *   2. The prototypes remote code can reach are frozen, so Array.prototype.map etc. cannot be
 *      replaced by one function to spy on another. Properties that ordinary code assigns on its own
 *      objects (name, message, toString, ...) are turned into accessors first, so `err.name = 'X'`
 *      on an instance still works after freezing (the "override mistake").
 */

const OVERRIDABLE = ['name', 'message', 'toString', 'valueOf', 'toJSON', 'toLocaleString', 'stack'];

function refuseCodeGeneration(): never {
  throw new EvalError('Creating functions from strings is disabled inside Wormhole remote functions; write the code directly');
}

function tameConstructor(example: unknown): void {
  const proto = Object.getPrototypeOf(example) as { constructor: unknown };
  const current = Object.getOwnPropertyDescriptor(proto, 'constructor');
  if (current !== undefined && (current.value as { name?: string })?.name === 'tamedConstructor') return; // done in this realm
  if (current !== undefined && !current.configurable) {
    throw new Error('wormhole: cannot tame the Function constructors: the realm was frozen before the runtime loaded');
  }
  const original = proto.constructor as { prototype: unknown };
  const tamedConstructor = function () { return refuseCodeGeneration(); } as unknown as { prototype: unknown };
  tamedConstructor.prototype = original.prototype;
  Object.defineProperty(proto, 'constructor', { value: tamedConstructor, writable: false, configurable: false, enumerable: false });
}

/**
 * On a prototype, data properties that instances commonly assign become accessors whose setter
 * defines an own property on the receiver. The accessor functions are added to `seen` so the walk
 * does not visit (and re-wrap) them.
 */
function enableOverrides(obj: object, seen: Set<object>): unknown[] {
  const replaced: unknown[] = [];
  if (!Object.prototype.hasOwnProperty.call(obj, 'constructor') && obj !== Object.prototype) return replaced;
  for (const key of OVERRIDABLE) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    const value = desc.value;
    const get = function () { return value; };
    const set = function (this: object, next: unknown) {
      if (this === obj) throw new TypeError(`Cannot change the shared ${key} of a built-in object`);
      Object.defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
    };
    seen.add(get);
    seen.add(set);
    Object.freeze(get);
    Object.freeze(set);
    replaced.push(value);
    Object.defineProperty(obj, key, { configurable: false, enumerable: desc.enumerable, get, set });
  }
  return replaced;
}

function freezeDeep(root: object, seen: Set<object>): void {
  const stack = [root];
  while (stack.length > 0) {
    const obj = stack.pop() as object;
    if (seen.has(obj)) continue;
    seen.add(obj);
    for (const v of enableOverrides(obj, seen)) {
      if ((typeof v === 'object' && v !== null) || typeof v === 'function') stack.push(v);
    }
    Object.freeze(obj);
    const proto = Object.getPrototypeOf(obj);
    if (proto !== null && typeof proto === 'object' || typeof proto === 'function') stack.push(proto);
    for (const key of Reflect.ownKeys(obj)) {
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (!desc) continue;
      for (const v of [desc.value, desc.get, desc.set]) {
        if ((typeof v === 'object' && v !== null) || typeof v === 'function') stack.push(v);
      }
    }
  }
}

/** Hardens the realm once, and always freezes `own` (the runtime's objects remote code can reach). */
export function hardenRealm(own: object[] = []): void {
  // The realm first: freezing the runtime's own functions would freeze Function.prototype untamed.
  hardenIntrinsics();
  const mine = new Set<object>([globalThis]);
  for (const root of own) freezeDeep(root, mine);
}

function hardenIntrinsics(): void {
  // Once per realm: a reloaded runtime (after ALTER EXTENSION UPDATE) finds the realm already hardened.
  if (Object.isFrozen(Array.prototype)) return;
  tameConstructor(function () { /* plain */ });
  tameConstructor(function* () { /* generator */ });
  tameConstructor(async function () { /* async */ });
  tameConstructor(async function* () { /* async generator */ });
  const g = globalThis as Record<string, any>;
  const roots: object[] = [
    g.Object, g.Array, g.Function, g.String, g.Number, g.Boolean, g.Symbol, g.BigInt, g.Math, g.JSON,
    g.Date, g.RegExp, g.Error, g.TypeError, g.RangeError, g.SyntaxError, g.ReferenceError, g.EvalError,
    g.URIError, g.Map, g.Set, g.WeakMap, g.WeakSet, g.Promise, g.Reflect, g.Proxy, g.ArrayBuffer,
    g.DataView, g.Uint8Array, Object.getPrototypeOf(g.Uint8Array), g.Intl,
    Object.getPrototypeOf([][Symbol.iterator]()), Object.getPrototypeOf(function* () { /* */ }),
  ].filter((v) => v !== undefined && v !== null);
  const seen = new Set<object>([g]);
  for (const root of roots) freezeDeep(root, seen);
}
