/**
 * Changing shared state: the standard globals and their prototypes are shared by every function
 * that runs in the same database session, so one function must not replace `JSON.parse`, set
 * `Error.stackTraceLimit`, or re-parent objects with `Object.setPrototypeOf`.
 */
import type { AnyNode, Expression, Super } from 'acorn';
import { keyName } from '../ast';
import type { WalkContext } from '../walk';
import type { Rule, RuleContext } from './rule';

/** The global a member chain starts from (`Math` in `Math.random`, `Array.prototype.x`), if any. */
function globalRoot(node: AnyNode, ctx: WalkContext): string | undefined {
  let n: AnyNode = node;
  while (n.type === 'MemberExpression' || n.type === 'ChainExpression') n = n.type === 'ChainExpression' ? n.expression : n.object;
  return n.type === 'Identifier' && !ctx.scope.resolves(n.name) ? n.name : undefined;
}

/** `Object.defineProperty`-style calls: 'Object.defineProperty' for a call on the global Object. */
function staticCallName(callee: Expression | Super, ctx: WalkContext): string | undefined {
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return undefined;
  if (ctx.scope.resolves(callee.object.name)) return undefined;
  const method = keyName(callee.property, callee.computed);
  return method === undefined ? undefined : `${callee.object.name}.${method}`;
}

const SET_PROTOTYPE = new Set(['Object.setPrototypeOf', 'Reflect.setPrototypeOf']);
/** Calls that change their first argument. */
const MUTATORS = new Set([
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.assign',
  'Object.freeze',
  'Object.seal',
  'Object.preventExtensions',
  'Reflect.defineProperty',
  'Reflect.set',
  'Reflect.deleteProperty',
  'Reflect.preventExtensions',
]);

function mutationMessage(target: string, root: string): string {
  return (
    `this changes \`${target}\`, which belongs to the global \`${root}\` shared by every function in the database session; ` +
    'work on your own objects (copy what you need into a local variable) instead'
  );
}

export const mutationRule = (rc: RuleContext): Rule => ({
  node(node: AnyNode, ctx: WalkContext): void {
    let target: AnyNode | undefined;
    if (node.type === 'AssignmentExpression') target = node.left;
    else if (node.type === 'UpdateExpression') target = node.argument;
    else if (node.type === 'UnaryExpression' && node.operator === 'delete') target = node.argument;
    if (target && target.type === 'MemberExpression') {
      const root = globalRoot(target, ctx);
      if (root !== undefined && rc.policy.allowedGlobals.includes(root)) {
        rc.report('no-global-mutation', mutationMessage(describeChain(target), root), target);
      }
      return;
    }
    if (node.type !== 'CallExpression') return;
    const name = staticCallName(node.callee, ctx);
    if (name === undefined) return;
    if (SET_PROTOTYPE.has(name)) {
      rc.report(
        'no-set-prototype',
        `${name}() re-parents an object, which can hand it (or the shared intrinsics) unexpected behaviour; ` +
          'create objects with the right prototype from the start: Object.create(proto, …) or class syntax',
        node.callee,
      );
      return;
    }
    const first = node.arguments[0];
    if (MUTATORS.has(name) && first && first.type !== 'SpreadElement') {
      const root = globalRoot(first, ctx);
      if (root !== undefined && rc.policy.allowedGlobals.includes(root)) {
        rc.report('no-global-mutation', mutationMessage(describeChain(first, root), root), first);
      }
    }
  },
});

/** `Math.random` for a member chain whose keys are all known, else just the root's name. */
function describeChain(node: AnyNode, fallback = ''): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') {
    const key = keyName(node.property, node.computed);
    const object = describeChain(node.object, fallback);
    return key === undefined ? `${object}[…]` : `${object}.${key}`;
  }
  return fallback;
}
