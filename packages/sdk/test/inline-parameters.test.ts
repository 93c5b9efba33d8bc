/** inlineParameters: $n become quoted literals; placeholders in strings, identifiers, dollar quotes and comments stay. */
import { inlineParameters } from '../src/inline-parameters';

describe('inlineParameters', () => {
  it('replaces each placeholder, in any order and repeated', () => {
    expect(inlineParameters('SELECT $2, $1, $1', ['a', 'b'])).toBe("SELECT 'b', 'a', 'a'");
  });

  it('quotes quotes and backslashes, and writes NULL, arrays, JSON, bytes as PostgreSQL text', () => {
    expect(inlineParameters('SELECT $1, $2, $3', ["it's", 'a\\b', null])).toBe("SELECT 'it''s',  E'a\\\\b', NULL");
    expect(inlineParameters('SELECT $1, $2', [[1, 'x'], { a: 1 }])).toBe(`SELECT '{"1","x"}', '{"a":1}'`);
    expect(inlineParameters('SELECT $1', [Buffer.from('hi')])).toBe("SELECT  E'\\\\x6869'");
  });

  it('leaves $n alone inside literals, quoted identifiers, dollar quotes and comments', () => {
    const text = `SELECT '$1', E'\\'$1', "$1", $$ $1 $$, $f$ $1 $f$ -- $1\n, /* $1 */ $1`;
    expect(inlineParameters(text, ['v'])).toBe(text.replace(/\$1$/, "'v'"));
  });

  it('refuses a placeholder without a value', () => {
    expect(() => inlineParameters('SELECT $2', ['a'])).toThrow(/\$2 but 1 value/);
  });
});
