/**
 * @wormhole/validator: checks that a function's source can run inside PostgreSQL (PL/v8).
 * Isomorphic: no Node APIs, so the same code runs in the SDK (Node) and in the database.
 */
export { validate, type ValidationResult } from './validate';
export { formatDiagnostics, moreLine, type Diagnostic } from './diagnostics';
export { trailingCodeAt } from './parse';
export { DEFAULT_POLICY, mergePolicy, PolicyError, ALWAYS_FORBIDDEN_GLOBALS, MAX_DEPTH_LIMIT, MAX_SOURCE_LENGTH_LIMIT, type Policy } from './policy';
export type { FunctionInfo } from './function-info';
export { UnknownNodeError } from './children';
export { stripInstrumentation, type StripResult, type InstrumentationKind } from './instrumentation';
export { DEFAULT_ENGINE, type EngineLevel } from './engine-features';
export type { ValidateOptions } from './validate';
