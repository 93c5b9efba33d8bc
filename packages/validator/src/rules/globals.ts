/**
 * Free variables: every name the function uses must be a parameter, a local, or an allowed
 * global. Names that are never allowed (eval, Function, plv8, the global object) get their own
 * rules; everything else unknown is most likely a variable captured from the client's scope.
 */
import type { Identifier } from 'acorn';
import { ALWAYS_FORBIDDEN_GLOBALS } from '@wormhole/protocol';
import type { WalkContext } from '../walk';
import { checkRequire } from './modules';
import type { Rule, RuleContext } from './rule';
import { BABEL_WRAPPER, babelWrapperMessage, isTranspilerHelper, transpilerHelperMessage } from './transpiler-helpers';

const FORBIDDEN_MESSAGES: Readonly<Record<string, string>> = {
  eval:
    '`eval` compiles strings into code that no validator has seen, so it is never available; ' +
    'write the logic as code, or parse data with JSON.parse',
  Function:
    'the Function constructor compiles strings into code that no validator has seen, so it is never available; ' +
    'write the function directly (an arrow or function expression inside this function)',
  plv8:
    '`plv8` is the raw PL/v8 API, which would bypass the db handle (its transaction, parameters and errors); ' +
    'use the first parameter instead, e.g. db.query(sql, params)',
};

const GLOBAL_OBJECT_MESSAGE = (name: string): string =>
  `\`${name}\` is the global object; reaching it would let code read or replace what every other function in the session uses. ` +
  'Use the standard globals directly (Math, JSON, …), and pass anything else as an argument';

/** Well-known names that exist in Node or browsers but not inside PostgreSQL, with what to do instead. */
const CLIENT_ONLY: Readonly<Record<string, string>> = {
  process: 'a Node.js global',
  Buffer: 'a Node.js global (use Uint8Array)',
  __dirname: 'a Node.js module variable',
  __filename: 'a Node.js module variable',
  module: 'a Node.js module variable',
  exports: 'a Node.js module variable',
  setTimeout: 'a timer; a database call cannot wait for later',
  setInterval: 'a timer; a database call cannot wait for later',
  setImmediate: 'a timer; a database call cannot wait for later',
  clearTimeout: 'a timer; a database call cannot wait for later',
  clearInterval: 'a timer; a database call cannot wait for later',
  queueMicrotask: 'a host scheduling function',
  fetch: 'a network API; functions in the database cannot reach the network',
  XMLHttpRequest: 'a network API; functions in the database cannot reach the network',
  TextEncoder: 'a host API that plain V8 does not provide',
  TextDecoder: 'a host API that plain V8 does not provide',
  URL: 'a host API that plain V8 does not provide',
  URLSearchParams: 'a host API that plain V8 does not provide',
  structuredClone: 'a host API that plain V8 does not provide (use JSON.parse(JSON.stringify(x)))',
  crypto: 'a host API (use the database: gen_random_uuid(), pgcrypto)',
  performance: 'a host API (use the database clock: clock_timestamp())',
  document: 'a browser global',
  navigator: 'a browser global',
  WebAssembly: 'not allowed: compiled code bypasses the validator',
  SharedArrayBuffer: 'not allowed: shared memory has no use in a database call',
  Atomics: 'not allowed: shared memory has no use in a database call',
  WeakRef: 'not allowed: its effects would show after the call, in another transaction',
  FinalizationRegistry: 'not allowed: its callbacks would run after the call, in another transaction',
};

/** Bundlers rename imported bindings like this; an import is module state that does not travel. */
const BUNDLER_IMPORT = /(__WEBPACK_IMPORTED_MODULE_\d+__|__WEBPACK_DEFAULT_EXPORT__|^_[A-Za-z0-9$]+__default$)/;

function capturedMessage(name: string, rc: RuleContext, write: boolean): string {
  const what = write ? `\`${name}\` is assigned but not defined inside the function` : `\`${name}\` is not defined inside the function`;
  const suffix = BUNDLER_IMPORT.test(name) ? ' (the name is how a bundler renames an imported value: imports do not travel either)' : '';
  return (
    `${what}: it would be a variable captured from the client's scope, which does not travel to the database${suffix}. ` +
    `Pass it as an argument: wh.remote(async (${rc.dbName}, ${name}) => …)` +
    (write ? ', and return the new value instead of assigning it' : '')
  );
}

/** `_ref.apply(this, arguments)`: the whole of what Babel leaves of an async function it moved away. */
function isForwardingApply(id: Identifier, ctx: WalkContext): boolean {
  const parent = ctx.parent;
  return (
    parent !== undefined &&
    parent.type === 'MemberExpression' &&
    parent.object === id &&
    !parent.computed &&
    parent.property.type === 'Identifier' &&
    parent.property.name === 'apply'
  );
}

/** `x(() => …, "name")`, `x(this, "C")`: the shape of esbuild's __name once --minify has renamed it. */
function looksLikeMinifiedKeepNames(id: Identifier, ctx: WalkContext): boolean {
  const call = ctx.parent;
  if (!call || call.type !== 'CallExpression' || call.callee !== id || call.arguments.length !== 2) return false;
  const [target, label] = call.arguments;
  return (
    label.type === 'Literal' &&
    typeof label.value === 'string' &&
    /^[A-Za-z_$][\w$]*$/.test(label.value) &&
    ['ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression', 'Identifier', 'ThisExpression'].includes(target.type)
  );
}

export const globalsRule = (rc: RuleContext): Rule => ({
  globalReference(id: Identifier, ctx: WalkContext, write: boolean): void {
    const name = id.name;
    const forbidden = ALWAYS_FORBIDDEN_GLOBALS[name];
    if (name === 'require') return checkRequire(id, ctx, rc);
    if (forbidden) {
      rc.report(forbidden, FORBIDDEN_MESSAGES[name] ?? GLOBAL_OBJECT_MESSAGE(name), id);
      return;
    }
    if (isTranspilerHelper(name)) {
      rc.report('transpiler-helper', transpilerHelperMessage(name), id);
      return;
    }
    if (BABEL_WRAPPER.test(name) && isForwardingApply(id, ctx)) {
      rc.report('transpiler-helper', babelWrapperMessage(name), id);
      return;
    }
    if (rc.policy.allowedGlobals.includes(name)) {
      if (write) {
        rc.report(
          'no-global-mutation',
          `assigning to the global \`${name}\` would change it for every later function in this database session; ` +
            'use a local variable with another name',
          id,
        );
      }
      return;
    }
    if (name === 'arguments') {
      rc.report(
        'free-variable',
        '`arguments` does not exist in an arrow function (it would be a variable of whatever calls it); ' +
          `use a rest parameter instead: (${rc.dbName}, ...args) => …`,
        id,
      );
      return;
    }
    const clientOnly = Object.prototype.hasOwnProperty.call(CLIENT_ONLY, name) ? CLIENT_ONLY[name] : undefined;
    if (clientOnly) {
      rc.report(
        'free-variable',
        `\`${name}\` is ${clientOnly}; it is not available inside the database. ` +
          `Do that part on the client and pass the result as an argument: wh.remote(async (${rc.dbName}, value) => …)`,
        id,
      );
      return;
    }
    if (looksLikeMinifiedKeepNames(id, ctx)) {
      rc.report(
        'free-variable',
        `\`${name}\` is not defined inside the function; \`${name}(fn, "name")\` is how esbuild's keepNames helper __name looks ` +
          'after --minify renamed it, which pg-wormhole cannot tell from your own helper. Fix: drop --keep-names, or minify with ' +
          '--minify-whitespace --minify-syntax (no --minify-identifiers). If it is your own function, pass it as an argument',
        id,
      );
      return;
    }
    rc.report('free-variable', capturedMessage(name, rc, write), id);
  },
});
