// Bundles the two pieces that run inside PL/v8 (esbuild, IIFE, es2020, platform neutral):
//   dist/runtime.bundle.js    the call path (wormhole._load_runtime): no acorn, no validator
//   dist/installer.bundle.js  the install path (wormhole._load_installer): validator + async rewrite
// The installer bundles @wormhole/validator (built first: turbo's ^build orders it) with acorn (one copy).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// The validator's dist is CommonJS (require('acorn') gives acorn's CJS build) while transform.ts
// imports acorn as ESM (acorn.mjs): left alone, esbuild bundles both copies. Every backend that
// installs a function reads, hashes and loads the installer, so it carries one acorn: the one the
// validator resolves.
const validatorRequire = createRequire(join(here, '../validator/dist/index.js'));
const oneAcorn = {
  name: 'one-acorn',
  setup(b) {
    b.onResolve({ filter: /^acorn(-walk)?$/ }, (args) => ({ path: validatorRequire.resolve(args.path) }));
  },
};

const common = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  // @wormhole/protocol's ES modules (its "module" export), so each bundle carries only what it uses.
  conditions: ['module'],
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [join(here, 'src/index.ts')], outfile: join(here, 'dist/runtime.bundle.js') });
await build({
  ...common,
  entryPoints: [join(here, 'src/installer.ts')],
  outfile: join(here, 'dist/installer.bundle.js'),
  plugins: [oneAcorn],
  // Whitespace and syntax only (names stay, so stack traces stay readable): 400 KB -> 260 KB of
  // source for each installing backend to read from pg_proc and hash for the code cache.
  minifyWhitespace: true,
  minifySyntax: true,
});
console.log('plv8-runtime: bundled runtime and installer');
