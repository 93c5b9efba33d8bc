/**
 * The types of @wormhole/validator the SDK's public API mentions, re-exported from one place.
 * The server runs the same validator (zero trust); the SDK runs it first so a bad function fails at
 * remote() time, before any network.
 */
export type { Diagnostic, Policy, FunctionInfo as ValidationInfo } from '@wormhole/validator';
