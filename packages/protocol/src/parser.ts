/**
 * How remote-function source is parsed: one set of acorn options for the validator (what may be
 * installed) and the installer's async rewrite (what is stored), so both read the same text the same
 * way. `(db) => 1 <!-- x` (an HTML-like comment, legal in script code) is one function to both.
 *
 * - ecmaVersion 'latest': the syntax acorn knows; what the engine cannot run is the validator's
 *   business, with a diagnostic that says so, not a parse error here.
 * - sourceType 'script': remote functions are evaluated as script code (indirect eval), not modules.
 * - allowImportExportEverywhere lets `import.meta` and import/export declarations parse, so that
 *   the no-import rule can explain them instead of a bare syntax error.
 *
 * A plain object (no acorn types), so this package needs no dependency; it fits acorn's `Options`.
 */
export const PARSER_OPTIONS = Object.freeze({
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowImportExportEverywhere: true,
} as const);
