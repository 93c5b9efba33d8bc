/**
 * Each rule, with its id, what its message says, and where it points (1-based line and column
 * within the function's source).
 */
import { validate } from '../src';
import { diagnose, only, rules } from './helpers';

describe('single-function', () => {
  test('statements after the function are refused, pointing at them', () => {
    const d = only(`(db) => 1;\nconsole.log('x')`, 'single-function');
    expect(d.message).toContain('exactly one function');
    expect([d.line, d.column]).toEqual([2, 1]);
  });

  test('a class, an object, a call or a name is not a function', () => {
    expect(only(`class A {}`, 'single-function').message).toContain('but it is a class');
    expect(only(`({ a: 1 })`, 'single-function').message).toContain('an object literal');
    expect(only(`f(db)`, 'single-function').message).toContain('a call');
    expect(only(`(db) => 1, (db) => 2`, 'single-function').message).toContain('several expressions');
  });

  test.each([`foo(db) { return 1 }`, `async load(db, id) { return id }`, `*gen(db) { yield 1 }`, `get value() { return 1 }`])(
    'method shorthand %s gets a specific message',
    (source) => {
      const d = only(source, 'single-function');
      expect(d.message).toContain('define the remote function as an arrow or function expression');
      expect([d.line, d.column]).toEqual([1, 1]);
    },
  );

  test('a synchronous generator cannot be the remote function; the message names the async generator form', () => {
    expect(only(`function* (db) { yield 1 }`, 'single-function').message).toContain('async generator');
  });

  test('an async generator is a streaming remote function', () => {
    const result = validate(`async function* (db, n) { for (let i = 0; i < n; i++) yield await db.query('SELECT 1'); }`);
    expect(result.ok).toBe(true);
    expect(result.ok && result.info).toMatchObject({ isAsync: true, isGenerator: true, arity: 1 });
  });

  test('a bound or built-in function (its source is [native code])', () => {
    const bound = (async (db: unknown, a: number) => a).bind(null, 1);
    expect(only(String(bound), 'single-function').message).toContain('not fn.bind(…)');
    expect(only(String(Math.max), 'single-function').message).toContain('bound or built-in');
  });

  test('an empty source', () => {
    expect(only(`  \n `, 'single-function').message).toContain('the source is empty');
  });

  test('two semicolons are more than one trailing semicolon', () => {
    expect(rules(`(db) => 1;;`)).toEqual(['single-function']);
  });
});

describe('syntax and strict-mode', () => {
  test('a syntax error is reported where acorn stops, with its message', () => {
    const d = only(`(db) => {\n  let x = ;\n}`, 'syntax');
    expect(d.message).toContain('Unexpected token');
    expect([d.line, d.column]).toEqual([2, 11]);
  });

  test('sloppy-only code is refused because remote functions run in strict mode', () => {
    expect(only(`(db) => 010`, 'strict-mode').message).toContain('strict-mode code');
    expect(rules(`function (db, a, a) { return a }`)).toEqual(['strict-mode']);
    expect(rules(`(db) => { var yield = 1; return yield }`)).toEqual(['strict-mode']);
  });
});

describe('db-parameter', () => {
  test.each([
    [`() => 1`, 'has no parameters'],
    [`({ query }) => query('x')`, 'is destructured'],
    [`([db]) => db`, 'is destructured'],
    [`(db = null) => db`, 'has a default value'],
    [`(...args) => args`, 'is a rest parameter'],
  ])('%s: %s', (source, fragment) => {
    const d = only(source, 'db-parameter');
    expect(d.message).toContain(fragment);
    expect(d.message).toContain('async (db, …) =>');
  });

  test('any name is fine for the handle', () => {
    expect(validate(`async (client, id) => client.query(id)`).ok).toBe(true);
  });
});

describe('free-variable', () => {
  test('a captured client variable, with the fix using the real handle name', () => {
    const line2 = `  return conn.query('select $1', [config.id]);`;
    const d = only(`async (conn) => {\n${line2}\n}`, 'free-variable');
    expect(d.message).toContain('`config` is not defined inside the function: it would be a variable captured');
    expect(d.message).toContain("captured from the client's scope");
    expect(d.message).toContain('wh.remote(async (conn, config) => …)');
    const column = line2.indexOf('config') + 1; // 1-based
    expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([2, column, 2, column + 'config'.length]);
    expect(d.frame).toBe(['  1 | async (conn) => {', `> 2 | ${line2}`, `    | ${' '.repeat(column - 1)}^^^^^^`, '  3 | }'].join('\n'));
  });

  test('every use is reported, in source order', () => {
    const ds = diagnose(`(db) => a + b + a`);
    expect(ds.map((d) => [d.rule, d.column])).toEqual([
      ['free-variable', 9],
      ['free-variable', 13],
      ['free-variable', 17],
    ]);
  });

  test('assigning to a captured variable says to return the value instead', () => {
    const d = only(`(db) => { counter++; }`, 'free-variable');
    expect(d.message).toContain('`counter` is assigned but not defined inside the function');
    expect(d.message).toContain('return the new value');
  });

  test('block scoping: a let is not visible outside its block', () => {
    const d = only(`(db) => { { let inner = 1; } return inner; }`, 'free-variable');
    expect(d.message).toContain('`inner`');
  });

  test('a catch parameter is not visible after the catch', () => {
    expect(only(`(db) => { try {} catch (e) {} return e; }`, 'free-variable').message).toContain('`e`');
  });

  test('a named function expression name is visible only inside it', () => {
    const source = `(db) => { const f = function g() { return g; }; return g; }`;
    expect(only(source, 'free-variable').column).toBe(source.lastIndexOf('g') + 1);
  });

  test('`arguments` in a top-level arrow', () => {
    expect(only(`(db) => arguments[0]`, 'free-variable').message).toContain('rest parameter');
  });

  test('typeof does not make a captured name acceptable', () => {
    expect(rules(`(db) => typeof config`)).toEqual(['free-variable']);
  });

  test.each([
    ['process', 'Node.js global'],
    ['Buffer', 'Uint8Array'],
    ['setTimeout', 'timer'],
    ['fetch', 'network'],
    ['WebAssembly', 'compiled code'],
    ['SharedArrayBuffer', 'shared memory'],
  ])('client-only global %s', (name, fragment) => {
    expect(only(`(db) => ${name}`, 'free-variable').message).toContain(fragment);
  });

  test('bundler-renamed imports are explained', () => {
    expect(only(`(db) => _lib__WEBPACK_IMPORTED_MODULE_0__.f()`, 'free-variable').message).toContain('bundler renames an imported value');
  });
});

describe('transpiler-helper', () => {
  test.each([
    '__awaiter',
    '__generator',
    '__assign',
    '__spreadArray',
    '__rest',
    '__values',
    '__read',
    '_asyncToGenerator',
    '_regeneratorRuntime',
    'regeneratorRuntime',
    '_defineProperty',
    '_objectSpread',
    'tslib',
    'tslib_1',
    '__importDefault',
  ])('%s', (name) => {
    const d = only(`(db) => ${name}`, 'transpiler-helper');
    expect(d.message).toMatch(/TypeScript|Babel|esbuild/);
    expect(d.message).toContain(`\`${name}\``);
  });

  // tsc ES2017 emits __rest for object rest: the fix is ES2018, never the target the user already has.
  test.each([
    ['__rest', 'TypeScript', '"target": "ES2018"'],
    ['__awaiter', 'TypeScript', '"target": "ES2018"'],
    ['__objRest', 'esbuild', '--target=es2022'],
    ['__async', 'esbuild', '--target=es2022'],
    ['_asyncToGenerator', 'Babel', "targets: { node: 'current' }"],
    ['_objectWithoutProperties', 'Babel', "targets: { node: 'current' }"],
  ])('%s names %s and the fix', (name, tool, fix) => {
    const d = only(`(db) => ${name}`, 'transpiler-helper');
    expect(d.message).toContain(tool);
    expect(d.message).toContain(fix);
    expect(d.message).not.toContain('ES2017 or later');
  });

  test("Babel's forwarding wrapper (_ref.apply(this, arguments)) names Babel and preset-env targets", () => {
    const d = only(`function fn(_x) { return _ref.apply(this, arguments); }`, 'transpiler-helper');
    expect(d.message).toContain('Babel moved this function');
    expect(d.message).toContain("targets: { node: 'current' }");
  });

  test('a local with a helper name is just a local', () => {
    expect(validate(`(db) => { const __assign = Object.assign; return __assign({}, {}); }`).ok).toBe(true);
  });
});

describe('always-forbidden globals', () => {
  test.each([
    ['eval', 'no-eval'],
    ['Function', 'no-function-constructor'],
    ['plv8', 'no-plv8'],
    ['globalThis', 'no-global-object'],
    ['global', 'no-global-object'],
    ['self', 'no-global-object'],
    ['window', 'no-global-object'],
  ])('%s -> %s', (name, rule) => {
    const d = only(`(db) => {\n  return ${name};\n}`, rule);
    expect([d.line, d.column]).toEqual([2, 10]);
  });

  test('plv8 explains the db handle is the way', () => {
    expect(only(`(db) => plv8.execute('select 1')`, 'no-plv8').message).toContain('db.query');
  });
});

describe('no-require and no-import', () => {
  test('require of a module not in the policy', () => {
    const d = only(`(db) => require('fs')`, 'no-require');
    expect(d.message).toContain("module 'fs' is not allowed");
    expect(d.message).toContain('policy allows no modules');
  });

  test('require of an allowed module passes', () => {
    expect(validate(`(db) => require('lodash').chunk([1], 1)`, { allowedModules: ['lodash'] }).ok).toBe(true);
  });

  test('require with a computed name or used as a value', () => {
    expect(only(`(db, m) => require(m)`, 'no-require', { allowedModules: ['x'] }).message).toContain('string literal');
    expect(only(`(db) => [require][0]('x')`, 'no-require', { allowedModules: ['x'] }).message).toContain('called directly');
  });

  test('import() and import.meta', () => {
    expect(rules(`async (db) => (await import('fs')).readFileSync`)).toEqual(['no-import']);
    expect(only(`(db) => import.meta.url`, 'no-import').message).toContain('import.meta');
    expect(only(`(db) => { import fs from 'fs'; }`, 'no-import').message).toContain('import and export declarations');
  });
});

describe('no-this', () => {
  test('at the top level of an arrow or a function', () => {
    expect(only(`(db) => this.x`, 'no-this').message).toContain("the client's");
    expect(rules(`function (db) { return this }`)).toEqual(['no-this']);
  });

  test('inside a nested arrow at top level', () => {
    expect(rules(`(db) => [1].map(() => this)`)).toEqual(['no-this']);
  });

  test('in a nested plain function', () => {
    expect(only(`(db) => { function f() { return this; } return f(); }`, 'no-this').message).toContain('nested function');
  });

  test('in a class extends clause or computed key (evaluated outside the class)', () => {
    expect(rules(`(db) => class extends this.Base {}`)).toEqual(['no-this']);
  });
});

describe('no-with and no-debugger', () => {
  test('with is reported once (not also as a strict-mode error)', () => {
    const ds = diagnose(`function (db) {\n  with (Math) { return max(1, 2) }\n}`);
    expect(ds.map((d) => d.rule)).toEqual(['no-with', 'free-variable']);
    expect([ds[0].line, ds[0].column, ds[0].endColumn]).toEqual([2, 3, 7]);
  });

  test('debugger', () => {
    expect(only(`(db) => { debugger; }`, 'no-debugger').message).toContain('pause a database backend');
  });
});

describe('no-function-constructor (constructor access)', () => {
  test.each([
    `(db) => (() => {}).constructor`,
    `(db) => (async () => {}).constructor('return 1')`,
    `(db, x) => x['constructor']`,
    '(db, x) => x[`constructor`]',
    `(db, x) => x['constr' + 'uctor']`,
    `(db, x) => x?.constructor`,
    `(db) => { const { constructor: C } = () => {}; return C; }`,
    `(db) => { const { ['constructor']: C } = () => {}; return C; }`,
    `(db, f) => Reflect.get(f, 'constructor')`,
    `(db, f) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(f), 'constructor').value`,
  ])('%s', (source) => {
    expect(rules(source)).toEqual(['no-function-constructor']);
  });
});

describe('forbidden names written as strings', () => {
  test('are reported where they are written, with the way out for real data', () => {
    const d = only(`(db) => db.query('select * from jobs where role = $1', ['constructor'])`, 'no-function-constructor');
    expect(d.message).toContain("the string 'constructor' names a property that is never allowed");
    expect(d.message).toContain('pass it in as an argument');
    expect(d.column).toBe(`(db) => db.query('select * from jobs where role = $1', [`.length + 1);
  });
});

describe('no-prototype-access', () => {
  test.each([
    `(db) => Array.prototype`,
    `(db, o) => o.__proto__`,
    `(db, o) => o['__proto__']`,
    `(db) => ({ __proto__: null })`,
    `(db, o) => o.__defineGetter__('x', () => 1)`,
    `(db, o) => o.__lookupSetter__('x')`,
  ])('%s', (source) => {
    expect(rules(source)).toEqual(['no-prototype-access']);
  });

  test('a computed or shorthand __proto__ key only defines data', () => {
    const __proto__ = 1;
    expect(__proto__).toBe(1);
    expect(validate(`(db, __proto__) => ({ __proto__ })`).ok).toBe(true);
  });
});

describe('no-arguments-callee', () => {
  test.each(['callee', 'caller'])('arguments.%s', (name) => {
    const d = only(`function (db) { return arguments.${name}; }`, 'no-arguments-callee');
    expect(d.column).toBe(34);
  });
});

describe('no-set-prototype and no-global-mutation', () => {
  test('Object.setPrototypeOf and Reflect.setPrototypeOf', () => {
    expect(rules(`(db, a) => Object.setPrototypeOf(a, null)`)).toEqual(['no-set-prototype']);
    expect(rules(`(db, a) => Reflect.setPrototypeOf(a, null)`)).toEqual(['no-set-prototype']);
  });

  test.each([
    `(db) => { Math.random = () => 4; }`,
    `(db) => { JSON.parse = null; }`,
    `(db) => { delete Array.from; }`,
    `(db) => { Error.stackTraceLimit = 0; }`,
    `(db) => { Number.MAX_SAFE_INTEGER++; }`,
    `(db) => Object.defineProperty(JSON, 'parse', { value: 1 })`,
    `(db) => Object.assign(Math, { max: Math.min })`,
    `(db) => Object.freeze(Date)`,
    `(db) => { Object = null; }`,
    `(db) => { [Map] = []; }`,
  ])('%s', (source) => {
    expect(rules(source)).toEqual(['no-global-mutation']);
  });

  test('mutating local objects is fine', () => {
    expect(validate(`(db) => { const o = {}; o.x = 1; Object.assign(o, { y: 2 }); Object.freeze(o); return o; }`).ok).toBe(true);
  });
});

describe('no-stack-trace-hook', () => {
  test('Error.prepareStackTrace, read or written', () => {
    expect(rules(`(db) => Error.prepareStackTrace`)).toEqual(['no-stack-trace-hook']);
    expect(rules(`(db) => { Error.prepareStackTrace = (e, s) => s; }`)).toEqual(['no-global-mutation', 'no-stack-trace-hook']);
  });
});
