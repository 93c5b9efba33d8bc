/**
 * Realm hardening, once per V8 context the runtime loads into.
 *
 * Where the runtime runs decides how far this goes:
 *   - **private** (plv8-compat): Wormhole's entry points run in a V8 context of their own per role
 *     (`// plv8:context wormhole-<version>`), which no DO block, no user-created plv8 function and
 *     no `plv8.find_function` can enter. Only validated remote functions and the runtime run there,
 *     so every intrinsic reachable from the global object, the global object itself included, is
 *     frozen (`lockdownPrivateRealm`). Nothing one remote function does can be seen by another.
 *   - **shared** (upstream PL/v8): the runtime shares the role's context with ordinary plv8 code
 *     (start_proc polyfills, functions that extend prototypes), which freezing everything would
 *     break. There only the targeted set below is hardened, and raw plv8 code of the same role can
 *     still reach the runtime's globals: the README's threat model says so.
 *
 * In both: the Function, GeneratorFunction, AsyncFunction and AsyncGeneratorFunction constructors
 * are replaced on their prototypes by one that throws, so code cannot compile new code that runs in
 * the global scope (eval is shadowed per function, see compile.ts); properties that ordinary code
 * assigns on its own objects (name, message, toString, ...) are turned into accessors before
 * freezing, so `err.name = 'X'` on an instance still works (the "override mistake").
 * Why not SES lockdown(): measured and explained in the README.
 */
import { STANDARD_GLOBALS } from '@wormhole/protocol';

const OVERRIDABLE = ['name', 'message', 'toString', 'valueOf', 'toJSON', 'toLocaleString', 'stack', 'constructor'];

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
  const tamedConstructor = function () {
    return refuseCodeGeneration();
  } as unknown as { prototype: unknown };
  tamedConstructor.prototype = original.prototype;
  Object.defineProperty(proto, 'constructor', { value: tamedConstructor, writable: false, configurable: false, enumerable: false });
}

/**
 * A prototype, for the walks: an object with an own `constructor`, as the engine's walk decides
 * too. Object.prototype counts even without one: in a shared realm, code that ran before the
 * runtime (a start_proc) may have deleted it.
 */
const isPrototype = (obj: object): boolean => Object.prototype.hasOwnProperty.call(obj, 'constructor') || obj === Object.prototype;

/**
 * On a prototype (isPrototype), data properties that instances commonly assign become accessors
 * whose setter defines an own property on the receiver. The accessor functions are added to `seen`
 * so the walk does not visit (and re-wrap) them. Returns the values it replaced, for the walk.
 */
function enableOverrides(obj: object, seen: Set<object>): unknown[] {
  const replaced: unknown[] = [];
  for (const key of OVERRIDABLE) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    const value = desc.value;
    // Method and arrow functions have no `prototype` object, so the accessors add nothing mutable.
    const get = () => value;
    const { set } = {
      set(this: object, next: unknown) {
        if (this === obj) throw new TypeError(`Cannot change the shared ${key} of a built-in object`);
        Object.defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
      },
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

function isObjectLike(v: unknown): v is object {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// Runs once per backend on a cold start, in V8's interpreter: kept to plain loops and as few
// allocations per property as the walk allows (no temporary arrays).
function freezeDeep(root: object, seen: Set<object>): void {
  const stack: object[] = [root];
  while (stack.length > 0) {
    const obj = stack.pop() as object;
    if (seen.has(obj)) continue;
    seen.add(obj);
    // Only prototypes have overridable properties to convert: most objects skip the call.
    if (isPrototype(obj)) {
      const replaced = enableOverrides(obj, seen);
      for (let i = 0; i < replaced.length; i++) if (isObjectLike(replaced[i])) stack.push(replaced[i] as object);
    }
    Object.freeze(obj);
    const proto = Object.getPrototypeOf(obj);
    if (proto !== null && !seen.has(proto)) stack.push(proto);
    const keys = Reflect.ownKeys(obj);
    for (let i = 0; i < keys.length; i++) {
      const desc = Object.getOwnPropertyDescriptor(obj, keys[i]);
      if (desc === undefined) continue;
      const { value, get, set } = desc;
      if (isObjectLike(value) && !seen.has(value)) stack.push(value);
      if (get !== undefined && !seen.has(get)) stack.push(get);
      if (set !== undefined && !seen.has(set)) stack.push(set);
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

/**
 * Intrinsics that no property path from the global object reaches: the prototypes of iterators,
 * generators and async functions. Patching one (e.g. %SetIteratorPrototype%.next) would let a
 * function read what another iterates, so they are frozen with the rest. With `segments`, also the
 * two that only an Intl.Segmenter's segments lead to (made here at the cost of ICU's start-up; the
 * private realm guards them instead, see guardSegments).
 */
function hiddenIntrinsics(segments: boolean): object[] {
  // Intl.Segmenter is newer than the lib this compiles against (ES2020), so the global is read untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const g = globalThis as Record<string, any>;
  const iteratorOf = (iterable: { [Symbol.iterator](): unknown }) => Object.getPrototypeOf(iterable[Symbol.iterator]());
  const list: unknown[] = [
    iteratorOf([]),
    iteratorOf(new Map()),
    iteratorOf(new Set()),
    iteratorOf(''),
    Object.getPrototypeOf('a'.matchAll(/a/g)),
    Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
    Object.getPrototypeOf(function* () {
      /* generator */
    }),
    Object.getPrototypeOf(async function () {
      /* async */
    }),
    Object.getPrototypeOf(async function* () {
      /* async generator */
    }),
    Object.getPrototypeOf(
      Object.getPrototypeOf(async function* () {
        /* async generator */
      }).prototype,
    ),
    Object.getPrototypeOf(g.Uint8Array),
  ];
  if (segments && g.Intl?.Segmenter !== undefined) {
    const made = new g.Intl.Segmenter().segment('');
    list.push(Object.getPrototypeOf(made), Object.getPrototypeOf(made[Symbol.iterator]()));
  }
  return list.filter((v): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function');
}

/**
 * plv8.freeze_reachable (plv8-compat, private contexts: plv8-compat/src/realm_freeze.cc): the walk
 * of freezeDeep done by the engine in C++, calling `prepare` (enableOverrides) on prototypes. On a
 * fresh backend the JavaScript walk runs once, in the interpreter with cold inline caches; the
 * native one does the same work without the interpreter (plv8-compat/bench/cold_start.sh compares
 * the two walks).
 */
export type NativeFreeze = (roots: object[], seen: Set<object>, prepare: (prototype: object) => unknown[]) => number;

/**
 * Takes plv8.freeze_reachable out of the plv8 object, so remote code never sees an API upstream
 * PL/v8 does not have. Undefined where the engine has none (upstream, ordinary contexts).
 */
export function takeNativeFreeze(host: Record<string, unknown>): NativeFreeze | undefined {
  const candidate = host.freeze_reachable;
  delete host.freeze_reachable;
  return typeof candidate === 'function' ? (candidate as NativeFreeze) : undefined;
}

/** freezeDeep from each root with one `seen`; by the engine where it offers the walk. */
function freezeAll(roots: object[], seen: Set<object>, native: NativeFreeze | undefined): void {
  if (native !== undefined) {
    native(roots, seen, (prototype) => enableOverrides(prototype, seen));
    return;
  }
  for (const root of roots) freezeDeep(root, seen);
}

/**
 * The private realm's lockdown: tames the constructors, then freezes everything reachable from the
 * global object (values, accessors and prototypes, transitively), the hidden intrinsics, `own`, and
 * finally the global object itself, so no remote function can add, replace or observe a global.
 * Call it last, once the runtime's global is defined.
 */
export function lockdownPrivateRealm(own: object[] = [], native?: NativeFreeze): void {
  // One walk freezes everything (the standard intrinsics among it): tame before anything is frozen.
  tameConstructors();
  const seen = new Set<object>();
  guardSegments(seen, native);
  freezeAll([...hiddenIntrinsics(false), ...own, globalThis], seen, native);
}

/**
 * %SegmentsPrototype% and %SegmentIteratorPrototype% (Intl.Segmenter) are reachable only through
 * the object `Intl.Segmenter.prototype.segment` returns. Making one costs the first use of ICU in
 * the backend (about 5 ms, most of a cold start's hardening), so they are not made up front: the
 * realm's `segment` becomes a wrapper that, on its first call and before returning, freezes both
 * prototypes (with the walk's `seen`, so as deep as everything else). No code can hold either
 * prototype before it is frozen, since only that return value leads to them. Call it before the
 * walk freezes Intl.Segmenter.prototype.
 */
function guardSegments(seen: Set<object>, native: NativeFreeze | undefined): void {
  // Intl.Segmenter is newer than the lib this compiles against (ES2020), so it is read untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const proto = (globalThis as Record<string, any>).Intl?.Segmenter?.prototype;
  if (proto === undefined || Object.isFrozen(proto)) return;
  const original = proto.segment as (input: unknown) => Iterable<unknown>;
  let guarded = false;
  const { segment } = {
    segment(this: unknown, input: unknown): Iterable<unknown> {
      const segments = Reflect.apply(original, this, [input]);
      if (!guarded) {
        guarded = true;
        freezeAll([Object.getPrototypeOf(segments), Object.getPrototypeOf(segments[Symbol.iterator]())], seen, native);
      }
      return segments;
    },
  };
  Object.defineProperty(proto, 'segment', { value: segment, writable: true, enumerable: false, configurable: true });
}

function tameConstructors(): void {
  tameConstructor(function () {
    /* plain */
  });
  tameConstructor(function* () {
    /* generator */
  });
  tameConstructor(async function () {
    /* async */
  });
  tameConstructor(async function* () {
    /* async generator */
  });
}

function hardenIntrinsics(): void {
  // Once per realm: a reloaded runtime (after ALTER EXTENSION UPDATE) finds the realm already hardened.
  if (Object.isFrozen(Array.prototype)) return;
  tameConstructors();
  const g = globalThis as Record<string, unknown>;
  const roots = [...STANDARD_GLOBALS.map((name) => g[name]), ...hiddenIntrinsics(true)].filter(
    (v): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function',
  );
  const seen = new Set<object>([g]);
  for (const root of roots) freezeDeep(root, seen);
}
