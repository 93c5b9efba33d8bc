/**
 * The validator's types that appear in the SDK's public API, written out here because the published
 * package bundles @wormhole/validator (a private workspace package) into dist/index.js: its .d.ts
 * files must not name a package users cannot install. test/public-types.test.ts fails to compile if
 * these drift from @wormhole/validator's own definitions.
 */

/** One problem the validator found (client precheck or the server's WH001). */
export interface Diagnostic {
  /** Stable rule id, e.g. 'free-variable'. */
  rule: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based line within the function's own source. */
  line: number;
  /** 1-based column (UTF-16 code units) within that line. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A few lines of the source around the problem, marked with `>` and `^`. */
  frame: string;
}

/** What a remote function may reference and how big it may be (the server's policy has the final word). */
export interface Policy {
  /** Identifiers user code may reference without declaring them. */
  allowedGlobals: string[];
  /** Module names that `require('name')` may load. Empty by default. */
  allowedModules: string[];
  /** Largest accepted source, in characters. */
  maxSourceLength: number;
  /** Deepest accepted nesting of the syntax tree. */
  maxDepth: number;
}

/** What the validator learned about a valid function. */
export interface FunctionInfo {
  /** Parameter names, `db` first; a rest parameter as `...name`. */
  params: string[];
  isAsync: boolean;
  kind: 'arrow' | 'function';
  /** Number of parameters after `db` (a rest parameter counts as one). */
  arity: number;
  /** True if the last parameter is a rest parameter. */
  hasRestParameter: boolean;
  /** The function's exact text. */
  source: string;
}
