// Builds dist/validator.iife.js: the validator as one self-contained script for PL/v8, where
// there is no module loader. Run after tsc (see package.json). Fails if the bundle would need
// anything from Node, since nothing of Node exists inside the database.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const bundleOptions = createRequire(import.meta.url)('./bundle-options.js');
const outfile = `${here}dist/validator.iife.js`;

const result = await build({ ...bundleOptions, outfile, logLevel: 'warning', metafile: true });

// Only our sources, @wormhole/protocol (as ES modules), acorn and acorn-walk may end up in the
// bundle, and nothing may be left to load at run time.
const inputs = Object.keys(result.metafile.inputs);
const foreign = inputs.filter((p) => !/(^|\/)src\/|(^|\/)protocol\/dist\/esm\/|node_modules\/acorn(-walk)?\//.test(p));
if (foreign.length > 0) {
  console.error(`unexpected modules in the validator bundle: ${foreign.join(', ')}`);
  process.exit(1);
}

const code = readFileSync(outfile, 'utf8');
// esbuild defines a __require shim when a require() call survives bundling.
if (/\b(var|let|const) __require\b/.test(code)) {
  console.error(`${outfile} needs require() at run time; the validator must not depend on Node modules`);
  process.exit(1);
}
console.log(`wrote ${outfile} (${code.length} bytes)`);
