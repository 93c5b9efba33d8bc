/**
 * Builtins the server's engine lacks (engine-features.ts), reported only when validate() was told
 * which engine the function is for.
 */
import type { AnyNode } from 'acorn';
import { featureMessage, lacks, METHODS, REGEXP_V_FLAG, STATICS, type EngineFeature } from '../engine-features';
import type { WalkContext } from '../walk';
import type { Rule, RuleContext } from './rule';

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

export const engineRule = (rc: RuleContext): Rule => {
  const engine = rc.engine;
  if (!engine) return {};
  const report = (feature: EngineFeature | undefined, span: AnyNode) => {
    if (feature && lacks(engine, feature)) rc.report('engine-feature', featureMessage(engine, feature), span);
  };
  return {
    node(node: AnyNode, ctx: WalkContext): void {
      if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
        const member = node.property.name;
        if (node.object.type === 'Identifier' && !ctx.scope.resolves(node.object.name)) {
          const feature = own(STATICS, `${node.object.name}.${member}`);
          if (feature) return report(feature, node.property);
        }
        report(own(METHODS, member), node.property);
      } else if (node.type === 'Literal' && 'regex' in node && node.regex && node.regex.flags.includes('v')) {
        report(REGEXP_V_FLAG, node);
      }
    },
  };
};
