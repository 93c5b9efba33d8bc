/**
 * The validator must run inside PL/v8: plain V8, no Node APIs, no module loader. This bundles
 * src/ the way the extension does (one IIFE script) and runs it in a fresh V8 context that only has
 * the ECMAScript built-ins.
 */
import * as vm from 'vm';
import { bundle } from './bundle';

describe('IIFE bundle for PL/v8', () => {
  const code = bundle();

  test('needs no Node built-in at run time', () => {
    expect(code).not.toMatch(/\b(var|let|const) __require\b/);
  });

  test('runs in a bare V8 context (no require, process, console, TextEncoder)', () => {
    const context = vm.createContext({});
    // V8 itself installs a console object; PL/v8 does not promise one, so take it away.
    vm.runInContext('delete globalThis.console', context);
    expect(vm.runInContext('typeof require + typeof process + typeof console + typeof TextEncoder', context)).toBe(
      'undefinedundefinedundefinedundefined',
    );
    vm.runInContext(code, context);
    const result = vm.runInContext(
      `
      const v = WormholeValidator;
      const good = v.validate('async (db, id) => db.query("select $1", [id])');
      const bad = v.validate('(db) => plv8.execute(config)');
      JSON.stringify({ good: good.ok, bad: bad.diagnostics.map((d) => d.rule), text: v.formatDiagnostics(bad.diagnostics).length > 0,
        policy: v.mergePolicy({ maxDepth: 5 }).maxDepth });
    `,
      context,
    );
    expect(JSON.parse(result)).toEqual({ good: true, bad: ['no-plv8', 'free-variable'], text: true, policy: 5 });
  });

  test('gives the same answers as the Node build', () => {
    const node = require('../src') as typeof import('../src');
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const source = '(db) => { with (x) { return this.constructor; } }';
    const inV8 = JSON.parse(vm.runInContext(`JSON.stringify(WormholeValidator.validate(${JSON.stringify(source)}))`, context));
    expect(inV8).toEqual(JSON.parse(JSON.stringify(node.validate(source))));
  });
});
