import { Lru } from '../src/lru';

describe('Lru', () => {
  it('evicts the least recently used entry and reports it', () => {
    const evicted: string[] = [];
    const lru = new Lru<string, number>(2, (key) => evicted.push(key));
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect(evicted).toEqual(['b']);
    expect(lru.keys()).toEqual(['a', 'c']);
  });

  it('releases a replaced value, and everything on clear', () => {
    const evicted: number[] = [];
    const lru = new Lru<string, number>(3, (_k, v) => evicted.push(v));
    lru.set('a', 1);
    lru.set('a', 2);
    lru.set('b', 3);
    lru.clear();
    expect(evicted).toEqual([1, 2, 3]);
    expect(lru.size).toBe(0);
  });

  it('keeps the order right when the most recent key is hit again (no reordering then)', () => {
    const lru = new Lru<string, number>(3);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.set('c', 3);
    expect([lru.get('c'), lru.get('c'), lru.get('a'), lru.get('a')]).toEqual([3, 3, 1, 1]);
    expect(lru.keys()).toEqual(['b', 'c', 'a']);
    lru.delete('a');
    expect(lru.get('c')).toBe(3);
    expect(lru.keys()).toEqual(['b', 'c']);
    lru.set('d', 4);
    lru.set('e', 5);
    expect(lru.keys()).toEqual(['c', 'd', 'e']);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new Lru(0)).toThrow(/positive integer/);
  });
});
