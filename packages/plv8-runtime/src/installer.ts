/**
 * The install path, bundled separately (wormhole._load_installer) because it carries acorn and the
 * validator: only wormhole.install / wormhole._revalidate load it, never a call of an installed
 * function. It runs inside SECURITY DEFINER functions, so it may write the wormhole tables. `role`
 * is always the role actually acting (wormhole._acting_role() in SQL), never a caller's argument.
 *
 * install: size limit -> already installed? -> per-role limit -> validate against the policy ->
 * rewrite async functions (transform.ts) -> store -> audit. Rejections raise an error, which rolls
 * back anything written in the same statement, so they are kept in memory and written with the next
 * successful install in this backend, also of a function already installed (see extension/README.md).
 */
import { SQLSTATES } from '@wormhole/protocol';
import { transformAsync, TransformError } from './transform';
import { mergePolicy, validate, type Diagnostic } from '@wormhole/validator';
import { toStoredArity } from './arity';
import { validationRejection } from './rejection';
import { raisable } from './raise';

interface PolicyRow {
  version: number;
  allowed_globals: string[] | null;
  allowed_modules: string[] | null;
  max_source_length: number;
  max_depth: number;
  max_functions_per_role: number;
}

interface PendingReject {
  role: string;
  hash: string | null;
  detail: string;
}

const pendingRejects: PendingReject[] = [];
// A backend that only ever fails keeps its rejections in memory: at most this many (each already
// bounded by rejection.ts); beyond it they are counted and written as one summary row.
const MAX_PENDING_REJECTS = 100;
let droppedRejects = 0;
let droppedRole = '';

function keepReject(reject: PendingReject): void {
  if (pendingRejects.length < MAX_PENDING_REJECTS) pendingRejects.push(reject);
  else {
    droppedRejects++;
    droppedRole = reject.role;
  }
}

function fail(code: string, message: string, hint: string, detail?: object): never {
  throw raisable({ sqlerrcode: code, message, hint, detail: detail ? JSON.stringify({ wormhole: 1, ...detail }) : undefined });
}

function readPolicy(): PolicyRow {
  return (
    plv8.execute(
      'SELECT version, allowed_globals, allowed_modules, max_source_length, max_depth, max_functions_per_role FROM wormhole.policy',
    ) as PolicyRow[]
  )[0];
}

function sha256(source: string): string {
  return (plv8.execute("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS h", [source]) as Array<{ h: string }>)[0].h;
}

function audit(role: string, action: string, hash: string | null, outcome: string, detail: string | null): void {
  plv8.execute('INSERT INTO wormhole.audit (role, action, hash, outcome, detail) VALUES ($1, $2, $3, $4, $5)', [role, action, hash, outcome, detail]);
}

/** Writes rejections that earlier failing statements could not keep. */
export function flushRejects(): void {
  while (pendingRejects.length > 0) {
    const r = pendingRejects[0];
    audit(r.role, 'reject', r.hash, 'rejected', r.detail);
    pendingRejects.shift();
  }
  if (droppedRejects > 0) {
    audit(droppedRole, 'reject', null, 'rejected', `${droppedRejects} more rejections in this backend were not kept (limit ${MAX_PENDING_REJECTS})`);
    droppedRejects = 0;
  }
}

/** A one-line code frame for the rewrite's own refusals (the validator frames its diagnostics itself). */
function lineFrame(source: string, line: number, column: number): string {
  const gutter = `${line} | `;
  return `> ${gutter}${source.split('\n')[line - 1] ?? ''}\n  ${' '.repeat(gutter.length - 2)}| ${' '.repeat(Math.max(0, column - 1))}^`;
}

/**
 * The policy row as the validator's Policy. A NULL column means "the validator's default". Raises
 * 22023 when the validator cannot honour the row (e.g. 'eval' in allowed_globals), naming the fix.
 */
function policyOf(row: PolicyRow) {
  const overrides: Record<string, unknown> = {};
  if (row.allowed_globals !== null) overrides.allowedGlobals = row.allowed_globals;
  if (row.allowed_modules !== null) overrides.allowedModules = row.allowed_modules;
  overrides.maxSourceLength = row.max_source_length;
  overrides.maxDepth = row.max_depth;
  try {
    return mergePolicy(overrides);
  } catch (error) {
    return fail(
      SQLSTATES.invalidParameterValue,
      `The wormhole policy is invalid: ${(error as Error).message}`,
      'Correct it with wormhole.set_policy(...) as the DBA',
    );
  }
}

/** wormhole.set_policy calls this before it commits: the validator is the one judge of a policy. */
export function checkPolicy(): void {
  policyOf(readPolicy());
}

/** Validation + rewrite; raises WH001 with every diagnostic when the policy refuses the source. */
function check(source: string, policy: PolicyRow, role: string, hash: string) {
  const merged = policyOf(policy);
  const result = validate(source, merged);
  let diagnostics: Diagnostic[] = result.diagnostics;
  let omitted = result.omitted ?? 0;
  let transformed = null;
  if (result.ok && result.info) {
    try {
      transformed = { ...transformAsync(source), info: result.info };
    } catch (error) {
      if (!(error instanceof TransformError)) throw error;
      diagnostics = [
        {
          rule: 'unsupported-syntax',
          message: error.message,
          line: error.line,
          column: error.column,
          frame: lineFrame(source, error.line, error.column),
        },
      ];
      omitted = 0;
    }
  }
  if (transformed === null) {
    // Bounded alike in MESSAGE, DETAIL and the audit row (rejection.ts): a flood of problems costs no more.
    const rejection = validationRejection(diagnostics, omitted);
    keepReject({ role, hash, detail: rejection.audit });
    throw raisable(rejection.error);
  }
  return transformed;
}

export function install(source: unknown, name: unknown, role: string): string {
  if (typeof source !== 'string' || source.length === 0) {
    fail(SQLSTATES.badArguments, 'wormhole.install: source must be non-empty text', 'Pass the function source, e.g. String(fn)');
  }
  if (name !== null && typeof name !== 'string')
    fail(SQLSTATES.badArguments, 'wormhole.install: name must be text or NULL', "Pass a label such as 'transfer'");
  const policy = readPolicy();
  if (source.length > policy.max_source_length) {
    keepReject({ role, hash: null, detail: `source of ${source.length} characters` });
    fail(
      SQLSTATES.policyLimit,
      `The source is ${source.length} characters; the policy allows ${policy.max_source_length}`,
      'Make the function smaller, or ask the DBA to raise max_source_length with wormhole.set_policy',
    );
  }
  const hash = sha256(source);
  const existing = plv8.execute('SELECT policy_version FROM wormhole.functions WHERE hash = $1', [hash]) as Array<{ policy_version: number }>;
  if (existing.length > 0 && existing[0].policy_version === policy.version) {
    flushRejects();
    return hash;
  }

  if (existing.length === 0) {
    const count = (plv8.execute('SELECT count(*)::int AS n FROM wormhole.functions WHERE installed_by = $1', [role]) as Array<{ n: number }>)[0].n;
    if (count >= policy.max_functions_per_role) {
      keepReject({ role, hash, detail: `limit of ${policy.max_functions_per_role} functions` });
      fail(
        SQLSTATES.policyLimit,
        `Role ${role} already has ${count} installed functions; the policy allows ${policy.max_functions_per_role}`,
        'Delete unused functions from wormhole.functions (as the DBA), or raise max_functions_per_role with wormhole.set_policy',
      );
    }
  }
  const t = check(source, policy, role, hash);
  plv8.execute(
    `INSERT INTO wormhole.functions (hash, name, source, compiled, segments, arity, is_async, installed_by, policy_version, size)
      VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10)
      ON CONFLICT (hash) DO UPDATE SET compiled = EXCLUDED.compiled, segments = EXCLUDED.segments, policy_version = EXCLUDED.policy_version`,
    [hash, name, source, t.code, JSON.stringify(t.segments), toStoredArity(t.info), t.isAsync, role, policy.version, source.length],
  );
  audit(role, existing.length === 0 ? 'install' : 'revalidate', hash, 'ok', name as string | null);
  // Only on success: rows written by a statement that then fails would be rolled back with it.
  flushRejects();
  return hash;
}

/** Re-checks an installed function after a policy change (called by a call that found it stale). */
export function revalidate(hash: string, role: string): void {
  const rows = plv8.execute('SELECT source, name FROM wormhole.functions WHERE hash = $1', [hash]) as Array<{ source: string; name: string | null }>;
  if (rows.length === 0) return;
  install(rows[0].source, rows[0].name, role);
}

declare const __WORMHOLE_VERSION__: string;

// Published read-only under a name per version (like the runtime, see index.ts): nothing in the
// realm can replace it, and an upgraded extension loads its own beside it. On plv8-compat this
// realm is the extension owner's private install context, where no remote code ever runs.
Object.defineProperty(globalThis, `__wormhole_installer@${__WORMHOLE_VERSION__}`, {
  value: Object.freeze({ version: __WORMHOLE_VERSION__, install, revalidate, checkPolicy, flushRejects, validate, mergePolicy }),
  writable: false,
  configurable: false,
  enumerable: false,
});
