/**
 * validate(): the pipeline. Cheap checks first (size, bracket depth), then parse, then one walk
 * over the tree running every rule. Every problem is reported, sorted by position.
 */
import type { AnyNode, Identifier } from 'acorn';
import { findTooDeep } from './ast';
import type { EngineLevel } from './engine-features';
import { Diagnostic, Reporter } from './diagnostics';
import { checkFunctionShape, FunctionInfo, functionInfo } from './function-info';
import { checkStrictMode, parseFunction } from './parse';
import { Policy, mergePolicy } from './policy';
import { prescan } from './prescan';
import { RULES, type RuleContext } from './rules';
import { walkFunction, type WalkContext } from './walk';

export interface ValidationResult {
  ok: boolean;
  /** The first ERROR_LIMITS.maxDiagnostics problems, in source order (limits.ts). */
  diagnostics: Diagnostic[];
  /** How many more problems were found but not listed (0 when all are listed). */
  omitted: number;
  /** Present whenever the source is a function (even one with problems). */
  info?: FunctionInfo;
}

export interface ValidateOptions {
  /**
   * The JavaScript engine the function will run on: builtins it lacks are reported (rule
   * engine-feature). Without it nothing is assumed about the engine.
   */
  engine?: EngineLevel;
}

export function validate(source: string, partialPolicy?: Partial<Policy>, options: ValidateOptions = {}): ValidationResult {
  if (typeof source !== 'string') {
    throw new TypeError(`validate() needs the function's source as a string, got ${source === null ? 'null' : typeof source}; pass fn.toString()`);
  }
  // Checked on every call: a policy object may have been changed since it was merged.
  const policy = mergePolicy(partialPolicy);
  const reporter = new Reporter(source);
  const done = (info?: FunctionInfo): ValidationResult => {
    const diagnostics = reporter.diagnostics();
    const omitted = reporter.count - diagnostics.length;
    const ok = reporter.count === 0;
    return info ? { ok, diagnostics, omitted, info } : { ok, diagnostics, omitted };
  };

  if (!prescan(source, policy, reporter)) return done();
  const fn = parseFunction(source, reporter);
  if (!fn) return done();
  const info = functionInfo(fn, source);

  const tooDeep = findTooDeep(fn, policy.maxDepth);
  if (tooDeep) {
    reporter.report(
      'max-depth',
      `the code is nested more than ${policy.maxDepth} levels deep here (policy.maxDepth); ` +
        'flatten it (early returns, helper functions, data in arguments)',
      { start: tooDeep.start, end: tooDeep.start + 1 },
    );
    return done(info);
  }

  checkFunctionShape(fn, reporter);
  const firstParam = fn.params[0];
  const rc: RuleContext = {
    policy,
    dbName: firstParam && firstParam.type === 'Identifier' ? firstParam.name : 'db',
    engine: options.engine,
    report: (rule, message, span) => reporter.report(rule, message, span),
  };
  const rules = RULES.map((make) => make(rc));
  try {
    walkFunction(fn, {
      node(node: AnyNode, ctx: WalkContext) {
        for (const r of rules) r.node?.(node, ctx);
      },
      globalReference(id: Identifier, ctx: WalkContext, write: boolean) {
        for (const r of rules) r.globalReference?.(id, ctx, write);
      },
    });
  } catch (e) {
    // policy.maxDepth (at most 1000) keeps the walk well inside the stack; should a host give
    // less stack than that needs, the answer is still a refusal, never a crash.
    if (!(e instanceof RangeError)) throw e;
    reporter.report('max-depth', `the code is too deeply nested to check with the stack available; flatten it or lower policy.maxDepth`, {
      start: fn.start,
      end: fn.start + 1,
    });
    return done(info);
  }
  checkStrictMode(source, reporter);
  return done(info);
}
