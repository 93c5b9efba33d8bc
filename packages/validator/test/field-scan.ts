/**
 * The reference for "never skip a child": a generic scan of every field of a node, which finds
 * every node-valued field whatever the node type (including fields a newer acorn might add). It
 * is only used by tests, to check src/children.ts (acorn-walk's base visitors plus what they skip).
 */
import type { AnyNode } from 'acorn';

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as AnyNode).type === 'string';
}

/** Every node found in a field of `node` (directly, or as an array element), in field order. */
export function fieldScan(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out;
}
