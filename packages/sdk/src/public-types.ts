/**
 * The validator's types that appear in the SDK's public API. Their owners are @wormhole/validator
 * (Policy, FunctionInfo) and @wormhole/protocol (Diagnostic); build.mjs writes their declarations
 * into the published dist/index.d.ts, which names no private package.
 */
export type { Diagnostic, FunctionInfo, Policy } from '@wormhole/validator';
