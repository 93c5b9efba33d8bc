/**
 * Language features with no place in a remote function: `with` (dynamic scoping defeats the
 * free-variable check, and strict mode forbids it anyway), `debugger`, and `this` where it would
 * not be an object the function created.
 */
import type { AnyNode } from 'acorn';
import type { WalkContext } from '../walk';
import type { Rule, RuleContext } from './rule';

export const statementsRule = (rc: RuleContext): Rule => ({
  node(node: AnyNode, ctx: WalkContext): void {
    switch (node.type) {
      case 'WithStatement':
        rc.report(
          'no-with',
          '`with` makes every name inside it ambiguous (and is a syntax error in strict mode, which remote functions use); ' +
            'name the object explicitly: `const o = …; o.prop`',
          { start: node.start, end: node.start + 4 },
        );
        return;
      case 'DebuggerStatement':
        rc.report('no-debugger', '`debugger` would pause a database backend; remove it (log with console.log instead)', node);
        return;
      case 'ThisExpression':
        if (ctx.thisContext === 'root') {
          rc.report(
            'no-this',
            "`this` at the top level of a remote function is not an object you can use: in an arrow it would be the client's " +
              '`this`, which does not travel, and in a function it is undefined. Pass the values you need as arguments',
            node,
          );
        } else if (ctx.thisContext === 'plain-function') {
          rc.report(
            'no-this',
            '`this` in a nested function depends on how it is called (usually undefined); ' +
              'use an arrow function, a class, or an object method, or pass the object as a parameter',
            node,
          );
        }
        return;
      default:
        return;
    }
  },
});
