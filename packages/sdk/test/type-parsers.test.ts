import { flattenDimensions, parseUtcDate, plv8TypeParsers, typeParsersFor, upstreamTypeParsers } from '../src/type-parsers';

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

describe('upstreamTypeParsers (upstream PL/v8 flattens multi-dimensional arrays)', () => {
  const upstream = (oid: number, text: string) => upstreamTypeParsers.getTypeParser(oid, 'text')(text);

  it('flattens every dimension in storage order, keeping NULL elements where they stood', () => {
    expect(upstream(1007, '{{1,2},{3,4}}')).toEqual([1, 2, 3, 4]);
    expect(upstream(1007, '{{{1,NULL},{3,4}},{{5,6},{NULL,8}}}')).toEqual([1, null, 3, 4, 5, 6, null, 8]);
    expect(upstream(1009, '{{a,"b,c"},{NULL,"{d}"}}')).toEqual(['a', 'b,c', null, '{d}']);
  });

  it('reads each element as in a one-dimensional array (the overridden types too)', () => {
    expect(upstream(1016, '{{9007199254740993,2},{3,NULL}}')).toEqual([9007199254740992, 2, 3, null]);
    expect(upstream(1182, '{{2024-01-02},{2024-01-03}}')).toEqual([new Date('2024-01-02T00:00:00Z'), new Date('2024-01-03T00:00:00Z')]);
    expect(upstream(1187, '{{"1 day"},{"2 days"}}')).toEqual(['1 day', '2 days']);
    expect(upstream(1000, '{{t,f},{f,t}}')).toEqual([true, false, false, true]);
  });

  it('drops the bounds and keeps an element that is itself an array (json) whole', () => {
    expect(upstream(1007, '[0:1][1:2]={{1,2},{3,4}}')).toEqual([1, 2, 3, 4]);
    expect(upstream(1007, '[0:1]={1,2}')).toEqual([1, 2]);
    expect(upstream(199, '{{"[1,2]","[3]"},{"{\\"a\\":[4]}",NULL}}')).toEqual([[1, 2], [3], { a: [4] }, null]);
  });

  it('leaves one-dimensional and empty arrays, and values that are not arrays, as plv8-compat reads them', () => {
    for (const [oid, text] of [
      [1007, '{1,NULL,3}'],
      [1007, '{}'],
      [199, '{"[[1,2]]"}'],
      [114, '[[1,2],[3,4]]'],
      [3802, '{"a":[[1]]}'],
      [25, '{{a}}'],
      [23, '7'],
    ] as const) {
      expect(upstream(oid, text)).toEqual(parse(oid, text));
    }
    expect(upstream(114, '[[1,2],[3,4]]')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('plv8-compat keeps the dimensions', () => {
    expect(parse(1007, '{{1,2},{3,4}}')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('typeParsersFor picks the parsers of the engine the server runs', () => {
    expect(typeParsersFor('upstream')).toBe(upstreamTypeParsers);
    expect(typeParsersFor('plv8-compat')).toBe(plv8TypeParsers);
  });

  it('flattenDimensions counts dimensions from the text, not from the parsed value', () => {
    expect(flattenDimensions('{{1},{2}}', [[1], [2]])).toEqual([1, 2]);
    expect(flattenDimensions('{"[1]","[2]"}', [[1], [2]])).toEqual([[1], [2]]);
    expect(flattenDimensions('{{1},{2}}', 'not an array')).toBe('not an array');
  });
});
