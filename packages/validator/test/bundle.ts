/** Builds the IIFE bundle in memory, exactly as build.mjs writes dist/validator.iife.js. */
import { buildSync } from 'esbuild';
import * as path from 'path';

export function bundle(): string {
  const result = buildSync({
    entryPoints: [path.join(__dirname, '..', 'src', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'WormholeValidator',
    platform: 'neutral',
    conditions: ['module'],
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
