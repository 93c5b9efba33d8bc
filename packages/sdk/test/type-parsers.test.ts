import { parseUtcDate, plv8TypeParsers } from '../src/type-parsers';

const parse = (oid: number, text: string) => plv8TypeParsers.getTypeParser(oid, 'text')(text);

describe('plv8TypeParsers (PL/v8 value mapping for local mode)', () => {
  it('reads int8 and numeric as numbers', () => {
    expect(parse(20, '9007199254740993')).toBe(9007199254740992);
    expect(parse(1700, '12.50')).toBe(12.5);
    expect(parse(1700, 'NaN')).toBeNaN();
  });

  it('widens float4 like PL/v8 does', () => {
    expect(parse(700, '1.1')).toBe(Math.fround(1.1));
    expect(parse(701, '1.1')).toBe(1.1);
  });

  it('reads date and timestamp as UTC', () => {
    expect(parse(1082, '2024-02-29')).toEqual(new Date('2024-02-29T00:00:00.000Z'));
    expect(parse(1114, '2024-02-29 12:34:56.789')).toEqual(new Date('2024-02-29T12:34:56.789Z'));
  });

  it('keeps interval and point as text', () => {
    expect(parse(1186, '1 day 02:00:00')).toBe('1 day 02:00:00');
    expect(parse(600, '(1,2)')).toBe('(1,2)');
  });

  it('parses arrays of the overridden types element by element, keeping NULL', () => {
    expect(parse(1016, '{1,NULL,3}')).toEqual([1, null, 3]);
    expect(parse(1182, '{2024-01-02}')).toEqual([new Date('2024-01-02T00:00:00Z')]);
  });

  it('leaves the rest to node-postgres defaults', () => {
    expect(parse(23, '42')).toBe(42);
    expect(parse(3802, '{"a":[1]}')).toEqual({ a: [1] });
    expect(parse(25, 'text')).toBe('text');
  });
});

describe('parseUtcDate', () => {
  it('handles infinities, two-digit years and BC', () => {
    expect(parseUtcDate('infinity').getTime()).toBeNaN(); // Date cannot hold Infinity; PL/v8 gives an invalid Date too
    expect(parseUtcDate('0099-03-04').getUTCFullYear()).toBe(99);
    expect(parseUtcDate('0001-01-01 BC').getUTCFullYear()).toBe(0);
    expect(parseUtcDate('garbage').getTime()).toBeNaN();
  });
});
