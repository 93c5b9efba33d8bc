/**
 * The global lists must agree with each other: the validator allows by default only what the runtime
 * neither hides nor leaves unfrozen, and everything it forbids outright that exists inside PL/v8 is
 * hidden by the runtime too (defence in depth behind the validator).
 */
import * as vm from 'vm';
import { ALWAYS_FORBIDDEN_GLOBALS, DEFAULT_ALLOWED_GLOBALS, SHADOWED_GLOBALS, STANDARD_GLOBALS } from '../src';

/** Value properties of the global object that are not objects, so there is nothing to freeze. */
const PRIMITIVE_GLOBALS = ['Infinity', 'NaN', 'undefined'];

describe('global lists', () => {
  it('allows by default nothing that is always forbidden or hidden by the runtime', () => {
    const hidden = new Set<string>([...Object.keys(ALWAYS_FORBIDDEN_GLOBALS), ...SHADOWED_GLOBALS]);
    expect(DEFAULT_ALLOWED_GLOBALS.filter((name) => hidden.has(name))).toEqual([]);
  });

  it('freezes every default-allowed global that is an object or function', () => {
    const frozen = new Set<string>(STANDARD_GLOBALS);
    expect(DEFAULT_ALLOWED_GLOBALS.filter((name) => !frozen.has(name) && !PRIMITIVE_GLOBALS.includes(name))).toEqual([]);
  });

  it('hides every always-forbidden name that a bare V8 realm or PL/v8 defines (eval is a wrapper parameter of its own)', () => {
    const realm = vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[];
    const existing = Object.keys(ALWAYS_FORBIDDEN_GLOBALS).filter((name) => realm.includes(name) || name === 'plv8');
    expect(existing.sort()).toEqual(['Function', 'eval', 'globalThis', 'plv8']);
    const hidden = new Set<string>([...SHADOWED_GLOBALS, 'eval']);
    expect(existing.filter((name) => !hidden.has(name))).toEqual([]);
  });

  it('names only globals a V8 realm has in the frozen list (console and escape/unescape included)', () => {
    const realm = new Set(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);
    expect(STANDARD_GLOBALS.filter((name) => !realm.has(name) && name !== 'console')).toEqual([]);
  });
});
