// Compiles fixture/*.ts with Babel the way a project with only @babel/preset-env (no targets) does:
// preset-env's defaults compile async functions down for old engines. argv: outDir, 'defaults'|'node'.
const babel = require('@babel/core');
const { mkdirSync, writeFileSync } = require('fs');
const { join } = require('path');

const [outDir, mode] = process.argv.slice(2);
const env = mode === 'defaults' ? '@babel/preset-env' : ['@babel/preset-env', { targets: { node: 'current' } }];
mkdirSync(outDir, { recursive: true });
for (const file of ['functions.ts', 'main.ts']) {
  const { code } = babel.transformFileSync(join(__dirname, 'fixture', file), {
    configFile: false, babelrc: false, presets: [env, '@babel/preset-typescript'],
  });
  writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), code);
}
