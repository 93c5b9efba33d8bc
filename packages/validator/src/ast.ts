/**
 * Small helpers over acorn's ESTree nodes: generic child iteration (so no node type is ever
 * skipped by accident), an iterative depth measure, and constant folding of string keys.
 */
import type { AnyNode, Node } from 'acorn';

/** Keys that never hold child nodes (positions and scalars), skipped without looking at them. */
const NON_CHILD_KEYS = new Set(['type', 'start', 'end', 'loc', 'range', 'regex', 'raw', 'bigint', 'name', 'operator', 'kind',
  'computed', 'shorthand', 'method', 'static', 'async', 'generator', 'optional', 'prefix', 'delegate', 'await', 'tail', 'sourceType']);

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/**
 * Calls `visit` for every direct child of a node, in source field order. Generic on purpose: it
 * looks at every field, so no node type (or field added by a newer acorn) is ever skipped.
 */
export function forEachChild(node: AnyNode, visit: (child: AnyNode) => void): void {
  const record = node as unknown as Record<string, unknown>;
  for (const key in record) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = record[key];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

/** Every direct child of a node, in source field order. */
export function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}

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
