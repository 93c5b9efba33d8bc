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

const OVERRIDABLE = ['constructor', 'name', 'message', 'toString', 'valueOf', 'toJSON', 'toLocaleString', 'stack'];

function refuseCodeGeneration(): never {
  throw new EvalError('Creating functions from strings is disabled inside Wormhole remote functions; write the code directly');
}

function tameConstructor(example: unknown): void {
  const proto = Object.getPrototypeOf(example) as { constructor: unknown };
  const original = proto.constructor as { prototype: unknown };
  const tamed = function () { return refuseCodeGeneration(); } as unknown as { prototype: unknown };
  tamed.prototype = original.prototype;
  Object.defineProperty(proto, 'constructor', { value: tamed, writable: false, configurable: false, enumerable: false });
}

/** Data properties become accessors whose setter defines an own property on the receiver. */
function enableOverrides(obj: object): void {
  for (const key of OVERRIDABLE) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    const value = desc.value;
    Object.defineProperty(obj, key, {
      configurable: false,
      enumerable: desc.enumerable,
      get() { return value; },
      set(this: object, next: unknown) {
        if (this === obj) throw new TypeError(`Cannot change the shared ${key} of a built-in object`);
        Object.defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function freezeDeep(root: object, seen: Set<object>): void {
  const stack = [root];
  while (stack.length > 0) {
    const obj = stack.pop() as object;
    if (seen.has(obj)) continue;
    seen.add(obj);
    enableOverrides(obj);
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

let hardened = false;

export function hardenRealm(): void {
  if (hardened) return;
  hardened = true;
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
