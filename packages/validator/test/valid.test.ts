/**
 * Functions that must pass: the shapes people write (and compilers emit) for remote functions.
 */
import { validate } from '../src';
import { VALID } from './valid-corpus';

describe('valid functions pass', () => {
  test.each(Object.entries(VALID))('%s', (_name, source) => {
    const result = validate(source);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('function info', () => {
  test('describes parameters, async and kind', () => {
    const { info } = validate(`async (db, id, { a } = {}, ...rest) => 1;`);
    expect(info).toEqual({
      params: ['db', 'id', '{ a }', '...rest'],
      isAsync: true,
      isGenerator: false,
      kind: 'arrow',
      arity: 3,
      hasRestParameter: true,
      source: 'async (db, id, { a } = {}, ...rest) => 1',
    });
  });

  test('function expressions are kind "function"; no extra parameters means arity 0', () => {
    const { info } = validate(`function (db) { return 1 }`);
    expect(info).toMatchObject({ kind: 'function', isAsync: false, arity: 0, params: ['db'] });
  });

  test('info.source is the function alone, without trailing semicolon and comments', () => {
    const source = `(db) => 1 ; // done`;
    expect(validate(source).info?.source).toBe('(db) => 1');
  });

  test('info is present even when the function has problems', () => {
    const result = validate(`(db) => eval('1')`);
    expect(result.ok).toBe(false);
    expect(result.info?.params).toEqual(['db']);
  });
});
