import { precheck } from '../src/precheck';
import { ValidationError } from '../src/errors';

describe('precheck of a source full of problems', () => {
  test('counts every problem, lists 20 and says how many more', () => {
    const source = `(db) => {\n${'  plv8.x;\n'.repeat(100)}}`;
    let caught: unknown;
    try {
      precheck(source, { name: 'flood' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const e = caught as ValidationError;
    expect(e.message.startsWith('flood cannot run inside PostgreSQL: 100 problems found.')).toBe(true);
    expect(e.diagnostics).toHaveLength(20);
    expect(e.message.endsWith('… and 80 more problems')).toBe(true);
  });
});
