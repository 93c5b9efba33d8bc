// Bundles the two pieces that run inside PL/v8 (esbuild, IIFE, es2020, platform neutral):
//   dist/runtime.bundle.js    the call path (wormhole._load_runtime): no acorn, no validator
//   dist/installer.bundle.js  the install path (wormhole._load_installer): validator + async rewrite
// The installer bundles @wormhole/validator (built first: turbo's ^build orders it) with acorn (one copy).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
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
  // Every body stays ASCII: V8 keeps an all-ASCII source as a one-byte string, a single other
  // character makes it two bytes per character (the runtime's 100 KB body would cost 200 KB in every
  // backend). esbuild escapes non-ASCII in code; comments it keeps are handled by asciiOnly() below.
  charset: 'ascii',
  logLevel: 'warning',
};

/**
 * Rewrites what non-ASCII esbuild left (only in comments it kept, e.g. the JSDoc of an object
 * literal's property: charset 'ascii' has escaped every string, template and regular expression)
 * as \u{...} text, which reads the same to a person and changes nothing for the program.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[\u0080-\u{10ffff}]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

const runtimeBundle = join(here, 'dist/runtime.bundle.js');
const installerBundle = join(here, 'dist/installer.bundle.js');
await build({ ...common, entryPoints: [join(here, 'src/index.ts')], outfile: runtimeBundle });
await build({
  ...common,
  entryPoints: [join(here, 'src/installer.ts')],
  outfile: installerBundle,
  plugins: [oneAcorn],
  // Whitespace and syntax only (names stay, so stack traces stay readable): 400 KB -> 260 KB of
  // source for each installing backend to read from pg_proc and hash for the code cache.
  minifyWhitespace: true,
  minifySyntax: true,
});
asciiOnly(runtimeBundle);
asciiOnly(installerBundle);
console.log('plv8-runtime: bundled runtime and installer');
