// How the validator is bundled for PL/v8 (one IIFE defining the global WormholeValidator): shared by
// build.mjs, which writes dist/validator.iife.js, and test/bundle.ts, which builds the same in memory.
const { join } = require('path');

module.exports = {
  entryPoints: [join(__dirname, 'src', 'index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'WormholeValidator',
  platform: 'neutral',
  // @wormhole/protocol's ES modules (its "module" export), so only what the validator uses is bundled.
  conditions: ['module'],
  target: 'es2020',
};
