/**
 * Lets Node run the TypeScript examples directly, with what the repository already has installed:
 *
 *   node -r ./examples/ts-register.js examples/transfer.ts
 *
 * Each .ts file is compiled on load with TypeScript's transpileModule (types erased, no type
 * checking: `npx tsc -p examples` does that) and an inline source map, and Node's own source-map
 * support is switched on, so stack traces (and pg-wormhole's error locations) name the .ts lines.
 */
'use strict';
const fs = require('fs');
const Module = require('module');
const ts = require('typescript');

process.setSourceMapsEnabled(true);

const compilerOptions = {
  target: ts.ScriptTarget.ES2020, // keep async/await native: remote functions must not be down-levelled
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  inlineSourceMap: true,
  inlineSources: true,
};

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
