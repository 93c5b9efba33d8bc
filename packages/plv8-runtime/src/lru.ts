/**
 * A small least-recently-used map. Each hit stamps its entry with a counter instead of moving it
 * (a Map delete + set per hit, which showed in the runtime's call-path profile: a transfer looks up
 * its function and four statements per call, each a different key from the last); evicting scans
 * for the oldest stamp, which happens only when a backend uses more entries than `capacity`.
 * `onEvict` lets owners release what an entry holds (a prepared plan must be freed explicitly).
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, { value: V; used: number }>();
  /** The last stamp given: stamps grow with each use, so the smallest is the least recently used. */
  private clock = 0;

  constructor(
    readonly capacity: number,
    private readonly onEvict: (key: K, value: V) => void = () => {},
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`LRU capacity must be a positive integer, got ${capacity}`);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  set(key: K, value: V): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      if (old.value !== value) this.onEvict(key, old.value);
      old.value = value;
      old.used = ++this.clock;
      return;
    }
    this.entries.set(key, { value, used: ++this.clock });
    while (this.entries.size > this.capacity) this.evictOldest();
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.onEvict(key, entry.value);
  }

  clear(): void {
    for (const [key, entry] of this.entries) this.onEvict(key, entry.value);
    this.entries.clear();
  }

  /** The keys, least recently used first. */
  keys(): K[] {
    return [...this.entries].sort((a, b) => a[1].used - b[1].used).map(([key]) => key);
  }

  private evictOldest(): void {
    let oldestKey: K | undefined;
    let oldest: { value: V; used: number } | undefined;
    for (const [key, entry] of this.entries) {
      if (oldest === undefined || entry.used < oldest.used) {
        oldestKey = key;
        oldest = entry;
      }
    }
    if (oldest === undefined) return;
    this.entries.delete(oldestKey as K);
    this.onEvict(oldestKey as K, oldest.value);
  }
}
