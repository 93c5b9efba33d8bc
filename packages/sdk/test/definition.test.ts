import { FunctionDefinition, DefinitionOptions } from '../src/definition';
import { ValidationError, WormholeError } from '../src/errors';
import { hashSource } from '../src/hash';

/** Stands in for wh.remote(): the definition's call site is the line that calls this. */
function remote(fn: Function, options: DefinitionOptions = {}): FunctionDefinition {
  return new FunctionDefinition(fn, { ...options, caller: remote });
}

describe('FunctionDefinition (what remote() works out up front)', () => {
  it('takes the source, its hash and the parameters', () => {
    const def = remote(async (db: unknown, from: number, to: number) => from + to);
    expect(def.source).toBe('async (db, from, to) => from + to');
    expect(def.hash).toBe(hashSource(def.source));
    expect(def.info.params).toEqual(['db', 'from', 'to']);
    expect(def.hasRestParameter).toBe(false);
  });

  it('names an anonymous arrow after the variable it is assigned to', () => {
    const addOne = remote(async (db: unknown, x: number) => x + 1);
    expect(addOne.name).toBe('addOne');
    expect(
      remote(async function named(db: unknown) {
        return 1;
      }).name,
    ).toBe('named');
    expect(remote(async (db: unknown) => 1, { name: 'explicit' }).name).toBe('explicit');
  });

  it('finds where the function is written, for error positions', () => {
    const line = Number(/:(\d+):\d+\)?$/.exec(new Error().stack!.split('\n')[1])![1]) + 1;
    const def = remote(async (db: unknown) => 1);
    expect(def.location).toMatchObject({ file: __filename, line });
    expect(remote(async (db: unknown) => 1, { location: { file: '/x.js', line: 3, column: 4 } }).location).toMatchObject({
      file: '/x.js',
      line: 3,
      column: 4,
    });
  });

  it('recognises a rest parameter', () => {
    expect(remote(async (db: unknown, ...rest: number[]) => rest.length).hasRestParameter).toBe(true);
  });

  it('refuses what is not a function, or has no source', () => {
    expect(() => remote(5 as unknown as Function)).toThrow(/expects a function/);
    expect(() => remote(Math.max)).toThrow(WormholeError);
    expect(() => remote((async (db: unknown, x: number) => x).bind(null, null))).toThrow(/\.bind\(\)/);
  });

  it('runs the validator and lists every problem', () => {
    const limit = 10;
    let error: ValidationError | undefined;
    try {
      remote(async (db: unknown) => eval('1') + limit);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.diagnostics.map((d) => d.rule).sort()).toEqual(['free-variable', 'no-eval']);
    expect(error!.message).toContain(`${__filename}:`); // positions in this file
    expect(error!.message).toMatch(/> +\d+ \|.*eval\('1'\) \+ limit/);
  });
});
