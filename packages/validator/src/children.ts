/**
 * A node's direct children, enumerated with acorn-walk's `base` visitors (the per-node-type
 * knowledge of which fields hold code), completed where acorn-walk leaves nodes out.
 *
 * acorn-walk is made for walking *code*, so its base visitors step over names: a non-computed
 * property or key, labels, the `new`/`target` of `new.target`, import/export specifier names, and
 * the Property nodes of a destructuring pattern (it descends straight into their keys and values).
 * The validator needs every node: its rules read names (`x.constructor`, `{ constructor: C } = f`)
 * and the depth limit must count everything. So the nodes acorn-walk skips are added below, each
 * with the reason, and test/children.test.ts checks, over a corpus covering every node type acorn
 * produces, that the result equals a generic scan of every node field ("never skip a child").
 *
 * Enumerating one level only, with no recursion into the children, is what lets callers walk
 * arbitrarily deep trees iteratively (see findTooDeep in ast.ts).
 */
import type { AnyNode } from 'acorn';
import { base } from 'acorn-walk';

type NodeOfType<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;
type MaybeNode = AnyNode | null | undefined;

/**
 * acorn-walk's base visitor shape: it calls `callback` once per child, with an optional
 * "override" type naming how to walk that child ('Expression', 'Pattern', …). For functions and
 * classes it calls back with the node itself and the override 'Function' / 'Class'.
 */
type Callback = (child: AnyNode, state: unknown, override?: string) => void;
type BaseVisitor = (node: AnyNode, state: unknown, callback: Callback) => void;
const BASE = base as unknown as Readonly<Record<string, BaseVisitor | undefined>>;

/**
 * Children acorn-walk's base does not yield for a node type, added after its own. All of them
 * are names rather than code, which is why acorn-walk leaves them out.
 */
const NAMES: { [T in AnyNode['type']]?: (node: NodeOfType<T>) => MaybeNode[] } = {
  // `a.b`: the property name `b` (rules see `.constructor` through it). Computed: base yields it.
  MemberExpression: (n) => (n.computed ? [] : [n.property]),
  // `{ a: 1 }`, `m() {}`, `x = 1` in a class: the non-computed key (`{ __proto__: x }`, a
  // `'constructor'` key). Computed keys are code, which base yields.
  Property: (n) => (n.computed ? [] : [n.key]),
  MethodDefinition: (n) => (n.computed ? [] : [n.key]),
  PropertyDefinition: (n) => (n.computed ? [] : [n.key]),
  // `new.target`, `import.meta`: base ignores MetaProperty altogether.
  MetaProperty: (n) => [n.meta, n.property],
  LabeledStatement: (n) => [n.label],
  BreakStatement: (n) => [n.label],
  ContinueStatement: (n) => [n.label],
  // Module syntax parses (allowImportExportEverywhere) so that no-import can explain it; its
  // names are still part of the tree.
  ImportSpecifier: (n) => [n.imported, n.local],
  ImportDefaultSpecifier: (n) => [n.local],
  ImportNamespaceSpecifier: (n) => [n.local],
  ImportAttribute: (n) => [n.key],
  ExportNamedDeclaration: (n) => n.specifiers,
};

/**
 * Node types walked here instead of by base, because base's walk does not match the tree: it
 * has no visitor for ExportSpecifier, and for an ObjectPattern it yields each property's key and
 * value (or a rest element's argument) directly, skipping the Property/RestElement nodes, which
 * rules need (`{ constructor: C } = f` is found on the Property's key).
 */
const OWN: { [T in AnyNode['type']]?: (node: NodeOfType<T>) => MaybeNode[] } = {
  ObjectPattern: (n) => n.properties,
  ExportSpecifier: (n) => [n.local, n.exported],
};

/** A node type neither acorn-walk nor this module knows: fail closed rather than skip code. */
export class UnknownNodeError extends Error {
  constructor(readonly nodeType: string) {
    super(
      `the validator cannot enumerate the children of a ${nodeType} node: acorn-walk's base has no visitor for it and ` +
        'src/children.ts does not list it. Update acorn-walk, or add the node type to children.ts (test/children.test.ts shows what is missing)',
    );
    this.name = 'UnknownNodeError';
  }
}

function each(nodes: MaybeNode[], visit: (child: AnyNode) => void): void {
  for (const n of nodes) if (n) visit(n);
}

/**
 * Calls `visit` once for every direct child of `node` (not for grandchildren). Throws
 * UnknownNodeError for a node type nobody knows how to walk.
 */
export function forEachChild(node: AnyNode, visit: (child: AnyNode) => void): void {
  const own = OWN[node.type] as ((n: AnyNode) => MaybeNode[]) | undefined;
  if (own) {
    each(own(node), visit);
    return;
  }
  const visitor = BASE[node.type];
  if (!visitor) throw new UnknownNodeError(node.type);
  const callback: Callback = (child, state, override) => {
    // Functions and classes hand themselves back under their aggregate type ('Function',
    // 'Class') so that one visitor serves all their forms; that is one more step into the same
    // node (never deeper), whose callbacks are then its real children.
    if (child === node && override) {
      const aggregate = BASE[override];
      if (!aggregate) throw new UnknownNodeError(override);
      aggregate(node, state, callback);
      return;
    }
    visit(child);
  };
  visitor(node, undefined, callback);
  const names = NAMES[node.type] as ((n: AnyNode) => MaybeNode[]) | undefined;
  if (names) each(names(node), visit);
}

/** Every direct child of a node. */
export function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}
