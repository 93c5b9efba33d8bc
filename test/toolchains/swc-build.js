// Compiles fixture/*.ts with @swc/core (what swc-node, @swc/register and Next.js use). argv: outDir.
const swc = require('@swc/core');
const { mkdirSync, writeFileSync } = require('fs');
const { join } = require('path');

const [outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const file of ['functions.ts', 'main.ts']) {
  const { code } = swc.transformFileSync(join(__dirname, 'fixture', file), {
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' }, swcrc: false,
  });
  writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), code);
}
