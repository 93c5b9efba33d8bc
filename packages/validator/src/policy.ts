/**
 * The policy: what a remote function may reference and how big it may be. The DBA sets it on the
 * server; the SDK uses the same defaults so the client's early check agrees with the server's.
 */
import { ALWAYS_FORBIDDEN_GLOBALS, DEFAULT_ALLOWED_GLOBALS } from '@wormhole/protocol';

export { ALWAYS_FORBIDDEN_GLOBALS };

export interface Policy {
  /** Identifiers user code may reference without declaring them. */
  allowedGlobals: string[];
  /** Module names that `require('name')` may load. Empty by default: nothing can be loaded. */
  allowedModules: string[];
  /** Largest accepted source, in characters (UTF-16 code units); checked before parsing. */
  maxSourceLength: number;
  /** Deepest accepted nesting of the syntax tree (and of brackets, checked before parsing). */
  maxDepth: number;
}

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  allowedGlobals: Object.freeze([...DEFAULT_ALLOWED_GLOBALS]) as unknown as string[],
  allowedModules: Object.freeze([]) as unknown as string[],
  maxSourceLength: 100_000,
  maxDepth: 200,
});

/**
 * The validator walks the tree recursively once the depth check has passed, so the depth limit
 * also bounds its own stack use; 1000 levels stay far below V8's default stack in PL/v8 and Node.
 */
export const MAX_DEPTH_LIMIT = 1000;
/** Beyond this a single function is not something to run inside a database call. */
export const MAX_SOURCE_LENGTH_LIMIT = 10_000_000;

/** Thrown for a policy that cannot be used; the message names the field and the fix. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

const POLICY_FIELDS: ReadonlyArray<keyof Policy> = ['allowedGlobals', 'allowedModules', 'maxSourceLength', 'maxDepth'];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function checkNameList(field: 'allowedGlobals' | 'allowedModules', value: unknown): string[] {
  if (!Array.isArray(value)) {
    throw new PolicyError(`policy.${field} must be an array of strings, got ${describe(value)}; e.g. ${field}: ['name']`);
  }
  value.forEach((name, i) => {
    if (typeof name !== 'string' || name.length === 0) {
      throw new PolicyError(`policy.${field}[${i}] must be a non-empty string, got ${describe(name)}`);
    }
  });
  const names = value as string[];
  if (field === 'allowedGlobals') {
    for (const name of names) {
      if (!IDENTIFIER.test(name)) {
        throw new PolicyError(
          `policy.allowedGlobals contains ${JSON.stringify(name)}, which is not an identifier; list global variable names such as 'Math'`,
        );
      }
      const rule = ALWAYS_FORBIDDEN_GLOBALS[name];
      if (rule) {
        const fix = name === 'require' ? '; list module names in policy.allowedModules instead' : '; remove it from the list';
        throw new PolicyError(`policy.allowedGlobals must not contain '${name}': the validator always forbids it (rule ${rule})${fix}`);
      }
    }
  }
  return [...new Set(names)];
}

function checkLimit(field: 'maxSourceLength' | 'maxDepth', value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new PolicyError(`policy.${field} must be an integer from 1 to ${max}, got ${describe(value)}`);
  }
  return value;
}

/**
 * Completes a partial policy with the defaults and checks every field. Several partials may be
 * given; later ones win field by field (a field's array replaces, it does not extend: to add a
 * global, pass [...DEFAULT_POLICY.allowedGlobals, 'extra']).
 */
export function mergePolicy(...partials: Array<Partial<Policy> | undefined>): Policy {
  const merged: Record<string, unknown> = { ...DEFAULT_POLICY };
  partials.forEach((partial, i) => {
    if (partial === undefined) return;
    if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
      throw new PolicyError(
        `policy must be an object with some of ${POLICY_FIELDS.join(', ')}; got ${describe(partial)}${partials.length > 1 ? ` (argument ${i + 1})` : ''}`,
      );
    }
    for (const [key, value] of Object.entries(partial)) {
      if (!(POLICY_FIELDS as readonly string[]).includes(key)) {
        throw new PolicyError(`policy has an unknown field '${key}'; the fields are ${POLICY_FIELDS.join(', ')}`);
      }
      if (value !== undefined) merged[key] = value;
    }
  });
  return {
    allowedGlobals: checkNameList('allowedGlobals', merged.allowedGlobals),
    allowedModules: checkNameList('allowedModules', merged.allowedModules),
    maxSourceLength: checkLimit('maxSourceLength', merged.maxSourceLength, MAX_SOURCE_LENGTH_LIMIT),
    maxDepth: checkLimit('maxDepth', merged.maxDepth, MAX_DEPTH_LIMIT),
  };
}
