/**
 * The client-side precheck: the same validator the server runs, applied at remote() time so a bad
 * function fails before any network, with every diagnostic and a code frame. The server validates
 * again on install; this check is a convenience, not a security boundary.
 */
import { ValidationError } from './errors';
import type { Policy, ValidationInfo, Validator } from './validator-types';

let validator: Validator | undefined;

/** Loaded on first use so that importing the SDK stays cheap. */
function loadValidator(): Validator {
  validator ??= require('@wormhole/validator') as Validator;
  return validator;
}

/** Checks policy overrides early (at connect/remote time) so a typo fails with the validator's message. */
export function checkPolicy(overrides: Partial<Policy>): void {
  loadValidator().mergePolicy(overrides);
}

/**
 * Validates `source`; returns what the validator learned about the function (parameters, async)
 * or throws a ValidationError listing every problem.
 */
export function precheck(source: string, name: string, where: string | undefined, policy?: Partial<Policy>): ValidationInfo {
  const v = loadValidator();
  const result = v.validate(source, policy);
  if (result.ok) return result.info;
  const count = result.diagnostics.length;
  const header = `${name} cannot run inside PostgreSQL: ${count} problem${count === 1 ? '' : 's'} found` +
    (where ? ` in the function defined at ${where}` : '') + '.';
  throw new ValidationError(`${header}\n\n${v.formatDiagnostics(result.diagnostics)}`, result.diagnostics);
}
