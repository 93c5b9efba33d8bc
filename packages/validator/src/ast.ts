/**
 * Small helpers over acorn's ESTree nodes: an iterative depth measure, and constant folding of
 * string keys. Child enumeration lives in children.ts.
 */
import type { AnyNode } from 'acorn';
import { forEachChild } from './children';

/**
 * A node deeper than `limit` (counting the root as depth 1), or undefined. Iterative on
 * purpose: the tree may be far deeper than the stack allows recursion.
 */
export function findTooDeep(root: AnyNode, limit: number): AnyNode | undefined {
  const stack: Array<[AnyNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (depth > limit) return node;
    forEachChild(node, (child) => stack.push([child, depth + 1]));
  }
  return undefined;
}

/**
 * The string an expression always evaluates to, when that is knowable without running it:
 * 'a', `a${'b'}` (constant substitutions), and '+' concatenations of those. Used to see through
 * obj['constr' + 'uctor'].
 */
export function constantString(node: AnyNode): string | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? node.value : undefined;
    case 'TemplateLiteral': {
      // `a${'b'}c` folds too; any non-constant substitution makes the whole template unknown.
      let out = node.quasis[0].value.cooked ?? '';
      for (let i = 0; i < node.expressions.length; i++) {
        const part = constantString(node.expressions[i]);
        if (part === undefined) return undefined;
        out += part + (node.quasis[i + 1].value.cooked ?? '');
      }
      return out;
    }
    case 'BinaryExpression': {
      if (node.operator !== '+' || node.left.type === 'PrivateIdentifier') return undefined;
      const left = constantString(node.left);
      const right = left === undefined ? undefined : constantString(node.right);
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    default:
      return undefined;
  }
}

/** The name a non-computed key stands for (`a` in {a: 1}, 'a' in {'a': 1}), or a constant computed key. */
export function keyName(key: AnyNode, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return key.value === null ? undefined : String(key.value);
  return computed ? constantString(key) : undefined;
}

export type { AnyNode };
