import { validate, type Diagnostic, type Policy } from '../src';

/** The diagnostics for a source (every one, in order). */
export function diagnose(source: string, policy?: Partial<Policy>): Diagnostic[] {
  return validate(source, policy).diagnostics;
}

/** The rule ids reported for a source, in order. */
export function rules(source: string, policy?: Partial<Policy>): string[] {
  return diagnose(source, policy).map((d) => d.rule);
}

/** The one diagnostic with this rule; fails the test if there is not exactly one. */
export function only(source: string, rule: string, policy?: Partial<Policy>): Diagnostic {
  const found = diagnose(source, policy).filter((d) => d.rule === rule);
  if (found.length !== 1) {
    const shown = source.length > 200 ? `${source.slice(0, 200)}… (${source.length} characters)` : source;
    throw new Error(
      `expected exactly one '${rule}' diagnostic for ${shown}, got ${JSON.stringify(
        diagnose(source, policy).map((d) => [d.rule, d.message]),
        null,
        1,
      )}`,
    );
  }
  return found[0];
}
