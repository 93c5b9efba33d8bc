import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The bundles become plv8 function bodies (extension/build.mjs). V8 keeps an all-ASCII source as a
// one-byte string; one other character anywhere makes the whole body two bytes per character in
// every backend that loads it. build.mjs keeps them ASCII (esbuild's charset, then asciiOnly()).
describe('the bundles build.mjs writes', () => {
  it.each(['runtime.bundle.js', 'installer.bundle.js'])('%s is plain ASCII', (file) => {
    const text = readFileSync(join(__dirname, '../dist', file), 'utf8');
    const found = /[\u0080-\u{10ffff}]/u.exec(text);
    expect(
      found && `${JSON.stringify(found[0])} at offset ${found.index}: ${text.slice(Math.max(0, found.index - 60), found.index + 20)}`,
    ).toBeNull();
    expect(text.length).toBeGreaterThan(10_000); // a real bundle, not an empty file
  });
});
