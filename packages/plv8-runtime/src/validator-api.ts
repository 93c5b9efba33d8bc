/**
 * The validator API the installer uses (the @wormhole/validator contract). build.mjs bundles the
 * real @wormhole/validator when its sources exist, else basic-validator.ts, which implements the
 * same API with the essential checks.
 */
export interface Diagnostic {
  rule: string;
  message: string;
  line: number;
  column: number;
  frame?: string;
}

export interface ValidationResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  info: { params: string[]; isAsync: boolean; arity: number };
}

export interface Policy {
  allowedGlobals: string[];
  allowedModules: string[];
  maxSourceLength: number;
  maxDepth: number;
}
