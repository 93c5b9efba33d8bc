// Bundles the two pieces that run inside PL/v8 (esbuild, IIFE, es2020, platform neutral):
//   dist/runtime.bundle.js    the call path (wormhole._load_runtime): no acorn, no validator
//   dist/installer.bundle.js  the install path (wormhole._load_installer): validator + async rewrite
// The installer bundles @wormhole/validator (built first: turbo's ^build orders it) with acorn.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

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
});
console.log('plv8-runtime: bundled runtime and installer');
