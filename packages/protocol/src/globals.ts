/**
 * The global names of the contract, in one place: what a remote function may use by default, what
 * it may never use (whatever the DBA's policy says), what the runtime hides from it, and what the
 * runtime freezes. The validator checks the first two at install (policy.ts, rules/globals.ts); the
 * runtime enforces the last two on every call (compile.ts, harden.ts). test/globals.test.ts checks
 * that the lists agree with each other. (`@__PURE__` lets a bundle that uses some of the lists, such
 * as the runtime's call path, drop the others.)
 */

/**
 * The ECMAScript standard library minus anything that evaluates code or reaches the global
 * object. `console` is included because the PL/v8 runtime provides one that logs through elog.
 * Deliberately absent: Function, eval, globalThis, WebAssembly, Atomics, SharedArrayBuffer (shared
 * memory and compiled code have no place in a database function), WeakRef/FinalizationRegistry
 * (their callbacks would run after the call, in another transaction) and Node's process/Buffer/require.
 */
export const DEFAULT_ALLOWED_GLOBALS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'BigInt',
  'Symbol',
  'Math',
  'JSON',
  'Date',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Promise',
  'Proxy',
  'Reflect',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'Uint8ClampedArray',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURIComponent',
  'decodeURIComponent',
  'encodeURI',
  'decodeURI',
  'Infinity',
  'NaN',
  'undefined',
  'Intl',
  'console',
]);

/**
 * Names the validator forbids whatever the policy says, each with the rule that reports it. A
 * policy that lists one of them in allowedGlobals is rejected, so the rules table in the README
 * stays true for every policy.
 */
export const ALWAYS_FORBIDDEN_GLOBALS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  eval: 'no-eval',
  Function: 'no-function-constructor',
  plv8: 'no-plv8',
  globalThis: 'no-global-object',
  global: 'no-global-object',
  self: 'no-global-object',
  window: 'no-global-object',
  require: 'no-require',
});

/** Globals shadowed with `undefined` inside every remote function. */
export const SHADOWED_GLOBALS = [
  'plv8',
  'Function',
  'globalThis',
  'WebAssembly',
  'SharedArrayBuffer',
  'Atomics',
  '__wormhole',
  '__wormhole_installer',
  'NOTICE',
  'WARNING',
  'ERROR',
  'INFO',
  'LOG',
  'DEBUG1',
  'DEBUG2',
  'DEBUG3',
  'DEBUG4',
  'DEBUG5',
] as const;

/** The standard global names (ECMAScript 2022, Intl, WebAssembly, console) frozen in a shared realm. */
export const STANDARD_GLOBALS = [
  'Object',
  'Function',
  'Array',
  'Number',
  'Boolean',
  'String',
  'Symbol',
  'BigInt',
  'Math',
  'JSON',
  'Date',
  'RegExp',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'FinalizationRegistry',
  'Promise',
  'Reflect',
  'Proxy',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  'Atomics',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'Intl',
  'WebAssembly',
  'console',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'escape',
  'unescape',
] as const;
