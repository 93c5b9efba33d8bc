import { hashSource } from '../src/hash';

describe('hashSource (a function identity, docs/protocol.md)', () => {
  it('is the lower-case hex SHA-256 of the UTF-8 source', () => {
    // Known vector: SHA-256("abc").
    expect(hashSource('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("hashes non-ASCII text as UTF-8, like convert_to(source, 'UTF8') on the server", () => {
    const h = hashSource('é');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).toBe(
      require('crypto')
        .createHash('sha256')
        .update(Buffer.from([0xc3, 0xa9]))
        .digest('hex'),
    );
  });

  it('changes when the source changes by one character', () => {
    expect(hashSource('async (db) => 1')).not.toBe(hashSource('async (db) => 2'));
  });
});
