/**
 * The client-side precheck: the same validator the server runs, applied at remote() time so a bad
 * function fails before any network, with every diagnostic and a code frame. The server validates
 * again on install; this check is a convenience, not a security boundary. Unlike the server's, it
 * also knows the server's engine (engine-level.ts) and refuses builtins that engine lacks, which
 * Node would happily run in `.local()`.
 */
import { formatDiagnostics, mergePolicy, moreLine, validate } from '@wormhole/validator';
import type { EngineLevel } from './engine-level';
import type { Diagnostic, FunctionInfo, Policy } from './public-types';
import { ValidationError } from './errors';

/** Checks policy overrides early (at connect time) so a typo fails with the validator's message. */
export function checkPolicy(overrides: Partial<Policy>): void {
  mergePolicy(overrides);
}

/** Where a diagnostic is in the user's file, with a code frame of the file's own lines. */
export interface MappedDiagnostic {
  where: string;
  frame: string;
}

export interface PrecheckOptions {
  name: string;
  /** Where the function is defined, for the message header. */
  definedAt?: string;
  policy?: Partial<Policy>;
  /** The server's engine: builtins it lacks are refused (engine-feature). */
  engine?: EngineLevel;
  /** Maps a diagnostic into the user's file; without it (or when it returns undefined) the validator's own frame is shown. */
  mapDiagnostic?: (diagnostic: Diagnostic) => MappedDiagnostic | undefined;
}

/**
 * Validates `source`; returns what the validator learned about the function (parameters, async)
 * or throws a ValidationError listing every problem. The message parts (name, call site) may be
 * given lazily: they cost a stack render and a file read, and a valid function needs neither.
 */
export function precheck(
  source: string,
  options: PrecheckOptions | (Pick<PrecheckOptions, 'policy' | 'engine'> & { lazy: () => Omit<PrecheckOptions, 'policy' | 'engine'> }),
): FunctionInfo {
  const result = validate(source, options.policy, { engine: options.engine });
  // info is present whenever the source parsed as a function, which ok implies.
  if (result.ok && result.info) return result.info;
  const described = 'lazy' in options ? options.lazy() : options;
  // The validator lists at most ERROR_LIMITS.maxDiagnostics problems and counts the rest.
  const count = result.diagnostics.length + result.omitted;
  const header =
    `${described.name} cannot run inside PostgreSQL: ${count} problem${count === 1 ? '' : 's'} found` +
    (described.definedAt ? ` in the function defined at ${described.definedAt}` : '') +
    '.';
  const body = result.diagnostics.map((d) => {
    const mapped = described.mapDiagnostic?.(d);
    return mapped ? `${mapped.where}  ${d.message}  [${d.rule}]\n${mapped.frame}` : formatDiagnostics([d]);
  });
  if (result.omitted > 0) body.push(moreLine(result.omitted));
  throw new ValidationError(`${header}\n\n${body.join('\n\n')}`, result.diagnostics, { omitted: result.omitted });
}
