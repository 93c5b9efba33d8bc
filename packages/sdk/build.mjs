// Builds the published package:
//   dist/index.d.ts dts-bundle-generator: the declarations in one file, private packages' types inlined
//   dist/index.js   esbuild: the SDK with @wormhole/validator (and acorn), @wormhole/protocol
//                   (the wire codec) and the small type-parser helpers bundled in, so the
//                   installed package needs nothing but its peer `pg`.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const require = createRequire(import.meta.url);

// A clean dist: files left by an earlier per-module tsc build would otherwise be packed too.
rmSync(dist, { recursive: true, force: true });
// dist/index.d.ts: the API's declarations in one file, with the types it uses from the private
// workspace packages (@wormhole/protocol's db API and DETAIL, @wormhole/validator's Diagnostic, Policy,
// FunctionInfo) written into it: those packages stay the one owner of their types, and users'
// compilers never look for a package they cannot install. (The CLI is a command: no declarations.)
const { generateDtsBundle } = require('dts-bundle-generator');
const [declarations] = generateDtsBundle(
  [{ filePath: join(here, 'src/index.ts'), libraries: { inlinedLibraries: ['@wormhole/protocol', '@wormhole/validator'] }, output: { noBanner: true } }],
  { preferredConfigPath: join(here, 'tsconfig.dts.json') },
);
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'index.d.ts'), declarations);

await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: join(dist, 'index.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  // @opentelemetry/api is an optional peer, loaded only when tracing is asked for.
  external: ['pg', '@opentelemetry/api'],
  // Error classes are recognised by name (err.name, stack headers): keep them through bundling.
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// dist/cli.js: the `wormhole` command (the package's bin), with commander and cli-progress bundled in.
await build({
  entryPoints: [join(here, 'src/cli/main.ts')],
  outfile: join(dist, 'cli.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  external: ['pg'],
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(join(dist, 'cli.js'), 0o755);

// The .d.ts files are what users' compilers read: they must not name a package users cannot install.
for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.ts'))) {
  if (/from ['"]@wormhole\//.test(readFileSync(join(dist, file), 'utf8'))) {
    throw new Error(`pg-wormhole: dist/${file} refers to a private @wormhole/* package; add it to inlinedLibraries in build.mjs`);
  }
}
console.log('pg-wormhole: dist/index.js bundled, declarations emitted');
