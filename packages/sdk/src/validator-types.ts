/**
 * The slice of @wormhole/validator the SDK relies on, written down as types so the boundary between
 * the two packages is explicit. The server runs the same validator (zero trust); the SDK runs it first
 * so a bad function fails at remote() time, before any network.
 */

/** One problem found in a function's source; line/column are 1-based within that source. */
export interface Diagnostic {
  rule: string;
  message: string;
  line: number;
  column: number;
  /** A code frame of the source with the offending position marked. */
  frame?: string;
}

export interface ValidationInfo {
  /** Parameter names, `db` included. */
  params: string[];
  isAsync: boolean;
  /** Number of declared parameters, `db` included. */
  arity: number;
}

export interface ValidationResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  info: ValidationInfo;
}

/** Policy knobs (size limits, allowed globals…); the validator owns their meaning. */
export type Policy = Record<string, unknown>;

export interface Validator {
  /** `policy` overrides DEFAULT_POLICY field by field. */
  validate(source: string, policy?: Partial<Policy>): ValidationResult;
  formatDiagnostics(diagnostics: Diagnostic[]): string;
  /** DEFAULT_POLICY with `overrides` applied; throws (naming the field) when the result is unusable. */
  mergePolicy(overrides?: Partial<Policy>): Policy;
  DEFAULT_POLICY: Policy;
}
