/** Builds the IIFE bundle in memory, exactly as build.mjs writes dist/validator.iife.js. */
import { buildSync, type BuildOptions } from 'esbuild';

const bundleOptions: BuildOptions = require('../bundle-options.js');

export function bundle(): string {
  const result = buildSync({ ...bundleOptions, write: false, logLevel: 'silent' });
  return result.outputFiles[0].text;
}
