/**
 * The policy: defaults, merging, and clear errors for a policy that cannot be used.
 */
import { DEFAULT_POLICY, mergePolicy, PolicyError, validate } from '../src';

describe('DEFAULT_POLICY', () => {
  test('is frozen so nobody can widen it by accident', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.allowedGlobals)).toBe(true);
    expect(() => (DEFAULT_POLICY.allowedGlobals as string[]).push('process')).toThrow(TypeError);
  });

  test('has the documented limits and no modules', () => {
    expect(DEFAULT_POLICY.maxSourceLength).toBe(100_000);
    expect(DEFAULT_POLICY.maxDepth).toBe(200);
    expect(DEFAULT_POLICY.allowedModules).toEqual([]);
  });

  test('allows the data-only standard library and console, not code-loading or host globals', () => {
    for (const name of ['Object', 'JSON', 'Math', 'Promise', 'Intl', 'console', 'Reflect', 'Proxy', 'BigInt64Array']) {
      expect(DEFAULT_POLICY.allowedGlobals).toContain(name);
    }
    for (const name of [
      'Function',
      'eval',
      'globalThis',
      'WebAssembly',
      'SharedArrayBuffer',
      'Atomics',
      'process',
      'Buffer',
      'require',
      'plv8',
      'structuredClone',
    ]) {
      expect(DEFAULT_POLICY.allowedGlobals).not.toContain(name);
    }
  });
});

describe('mergePolicy', () => {
  test('with nothing, gives the defaults (as a new object)', () => {
    const p = mergePolicy();
    expect(p).toEqual(DEFAULT_POLICY);
    expect(p).not.toBe(DEFAULT_POLICY);
  });

  test('a field replaces the default; undefined fields keep it', () => {
    const p = mergePolicy({ maxDepth: 50, allowedGlobals: undefined });
    expect(p.maxDepth).toBe(50);
    expect(p.allowedGlobals).toEqual(DEFAULT_POLICY.allowedGlobals);
  });

  test('several partials: later ones win (how the SDK layers server defaults and user options)', () => {
    const p = mergePolicy(DEFAULT_POLICY, { maxDepth: 10 }, { maxDepth: 20, allowedModules: ['x'] });
    expect(p.maxDepth).toBe(20);
    expect(p.allowedModules).toEqual(['x']);
  });

  test('duplicates are removed', () => {
    expect(mergePolicy({ allowedModules: ['a', 'a'] }).allowedModules).toEqual(['a']);
  });

  test.each([
    [{ maxDepth: 0 }, 'policy.maxDepth must be an integer from 1 to 1000, got number 0'],
    [{ maxDepth: 1.5 }, 'policy.maxDepth must be an integer'],
    [{ maxDepth: 5000 }, 'from 1 to 1000'],
    [{ maxSourceLength: '100' }, 'policy.maxSourceLength must be an integer from 1 to 10000000, got the string "100"'],
    [{ allowedGlobals: 'Math' }, 'policy.allowedGlobals must be an array of strings, got the string "Math"'],
    [{ allowedGlobals: ['Math', 3] }, 'policy.allowedGlobals[1] must be a non-empty string, got number 3'],
    [{ allowedGlobals: ['a b'] }, 'not an identifier'],
    [{ allowedGlobals: ['eval'] }, "must not contain 'eval': the validator always forbids it (rule no-eval)"],
    [{ allowedGlobals: ['plv8'] }, 'rule no-plv8'],
    [{ allowedGlobals: ['require'] }, 'list module names in policy.allowedModules instead'],
    [{ allowedModules: [''] }, 'policy.allowedModules[0] must be a non-empty string'],
    [{ maxDepht: 10 }, "policy has an unknown field 'maxDepht'; the fields are allowedGlobals, allowedModules, maxSourceLength, maxDepth"],
  ])('%j is refused: %s', (partial, message) => {
    expect(() => mergePolicy(partial as never)).toThrow(PolicyError);
    expect(() => mergePolicy(partial as never)).toThrow(message);
  });

  test('a policy that is not an object', () => {
    expect(() => mergePolicy([] as never)).toThrow('policy must be an object');
    expect(() => mergePolicy(null as never)).toThrow('policy must be an object');
  });
});

describe('validate uses the policy', () => {
  test('an extra allowed global is accepted', () => {
    expect(validate(`(db) => myHelper(1)`).ok).toBe(false);
    expect(validate(`(db) => myHelper(1)`, { allowedGlobals: [...DEFAULT_POLICY.allowedGlobals, 'myHelper'] }).ok).toBe(true);
  });

  test('a narrower list refuses what the default allows', () => {
    const result = validate(`(db) => Math.max(1, 2)`, { allowedGlobals: ['JSON'] });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['free-variable']);
  });

  test('a bad policy throws from validate too (it is a configuration error, not a diagnostic)', () => {
    expect(() => validate(`(db) => 1`, { maxDepth: -1 })).toThrow(PolicyError);
  });

  test('a non-string source is a usage error', () => {
    expect(() => validate(undefined as never)).toThrow("validate() needs the function's source as a string, got undefined");
  });
});
