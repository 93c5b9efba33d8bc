/**
 * What a rule is: a partial Visitor (see walk.ts) created with the policy and a way to report.
 * One file per rule family; rules/index.ts lists them.
 */
import type { AnyNode, Identifier } from 'acorn';
import type { Span } from '../diagnostics';
import type { EngineLevel } from '../engine-features';
import type { Policy } from '../policy';
import type { WalkContext } from '../walk';

export interface RuleContext {
  policy: Policy;
  /** The root function's first parameter name (`db` by convention), for messages. */
  dbName: string;
  /** The engine the function is meant for, when the caller knows it (engine-feature rule). */
  engine?: EngineLevel;
  report(rule: string, message: string, span: Span): void;
}

export interface Rule {
  node?(node: AnyNode, ctx: WalkContext): void;
  globalReference?(id: Identifier, ctx: WalkContext, write: boolean): void;
}

export type RuleFactory = (rc: RuleContext) => Rule;
