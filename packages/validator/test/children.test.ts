/**
 * "Never skip a child": src/children.ts enumerates children with acorn-walk's base visitors plus
 * the names they step over. Here that enumeration is compared, at every node of a large corpus,
 * with a generic scan of every node field (field-scan.ts); the corpus covers every node type
 * acorn declares. Also: the check can fail (acorn-walk's base alone does), an unknown node type
 * fails closed, and enumeration stays one level deep so trees of any depth are walked iteratively.
 */
import { Parser, type AnyNode, type Options } from 'acorn';
import { base } from 'acorn-walk';
import * as ts from 'typescript';
import { findTooDeep } from '../src/ast';
import { children, forEachChild, UnknownNodeError } from '../src/children';
import { bundle } from './bundle';
import { compiledSource, USER_CODE } from './compiled';
import { HOSTILE } from './corpus';
import { fieldScan } from './field-scan';
import { MODULE_SINK, SCRIPT_SINK } from './kitchen-sink';
import { VALID } from './valid-corpus';

/** The options parse.ts uses, so function sources give the trees the validator walks. */
const FUNCTION_OPTIONS: Options = { ecmaVersion: 'latest', sourceType: 'script', allowImportExportEverywhere: true };
const SCRIPT: Options = { ecmaVersion: 'latest', sourceType: 'script' };
const MODULE: Options = { ecmaVersion: 'latest', sourceType: 'module' };

/** A function source as the validator parses it, else as a script, else undefined (it does not parse). */
function parseSource(source: string): AnyNode | undefined {
  for (const parse of [() => Parser.parseExpressionAt(source, 0, FUNCTION_OPTIONS), () => Parser.parse(source, SCRIPT)]) {
    try {
      return parse() as AnyNode;
    } catch {
      // try the next way, or give up
    }
  }
  return undefined;
}

const COMPILED_TARGETS: Array<[string, ts.ScriptTarget]> = [
  ['ES5', ts.ScriptTarget.ES5],
  ['ES2015', ts.ScriptTarget.ES2015],
  ['ES2017', ts.ScriptTarget.ES2017],
  ['ES2020', ts.ScriptTarget.ES2020],
  ['ESNext', ts.ScriptTarget.ESNext],
];

type Tree = [name: string, root: AnyNode];

/** Hostile sources include injections that are not JavaScript at all; those are left out. */
const parsedHostile: Tree[] = HOSTILE.flatMap(([what, source]): Tree[] => {
  const root = parseSource(source);
  return root ? [[`hostile: ${what}`, root]] : [];
});

function mustParse(name: string, source: string): Tree {
  const root = parseSource(source);
  if (!root) throw new Error(`${name} does not parse`);
  return [name, root];
}

const TREES: Tree[] = [
  ...Object.entries(VALID).map(([name, source]): Tree => [`valid: ${name}`, Parser.parseExpressionAt(source, 0, FUNCTION_OPTIONS)]),
  ...parsedHostile,
  ...COMPILED_TARGETS.map(([name, target]) => mustParse(`compiled to ${name}`, compiledSource(USER_CODE, target))),
  ['module kitchen sink', Parser.parse(MODULE_SINK, MODULE)],
  ['module kitchen sink, parentheses kept', Parser.parse(MODULE_SINK, { ...MODULE, preserveParens: true })],
  ['script kitchen sink', Parser.parse(SCRIPT_SINK, SCRIPT)],
  ['script kitchen sink, parentheses kept', Parser.parse(SCRIPT_SINK, { ...SCRIPT, preserveParens: true })],
  ['the validator bundle (acorn, acorn-walk and the validator: real-world code)', Parser.parse(bundle(), SCRIPT)],
];

const KITCHEN_SINKS = TREES.filter(([name]) => name.includes('kitchen sink')).map(([, root]) => root);

function describeNode(node: AnyNode): string {
  return `${node.type}@${node.start}`;
}

/**
 * Walks the whole tree by the field scan (so the traversal does not depend on the code under
 * test) and, at every node, compares `enumerate(node)` with the field scan as multisets of node
 * identities. Returns one line per disagreement, and the node types seen.
 */
function compare(root: AnyNode, enumerate: (node: AnyNode) => AnyNode[]): { mismatches: string[]; types: Set<string>; nodes: number } {
  const mismatches: string[] = [];
  const types = new Set<string>();
  let nodes = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    nodes++;
    types.add(node.type);
    const expected = fieldScan(node);
    let actual: AnyNode[];
    try {
      actual = enumerate(node);
    } catch (e) {
      mismatches.push(`${describeNode(node)}: ${(e as Error).message}`);
      actual = [];
    }
    const missing = [...expected];
    const extra: AnyNode[] = [];
    for (const child of actual) {
      const i = missing.indexOf(child);
      if (i >= 0) missing.splice(i, 1);
      else extra.push(child);
    }
    if (missing.length > 0 || extra.length > 0) {
      mismatches.push(`${describeNode(node)}: missing [${missing.map(describeNode).join(', ')}], extra [${extra.map(describeNode).join(', ')}]`);
    }
    stack.push(...expected);
  }
  return { mismatches, types, nodes };
}

describe('children (acorn-walk base + names) equal a scan of every node field', () => {
  test('the corpus is what it claims: valid, compiled and sink sources all parse, and most hostile ones', () => {
    expect(parsedHostile.length).toBeGreaterThanOrEqual(HOSTILE.length - 6);
    const total = TREES.reduce((sum, [, root]) => sum + compare(root, children).nodes, 0);
    expect(total).toBeGreaterThan(40_000);
  });

  test.each(TREES)('%s', (_name, root) => {
    expect(compare(root, children).mismatches).toEqual([]);
  });

  test('the kitchen sinks contain every node type acorn declares', () => {
    // A record over AnyNode['type']: the compiler rejects this list if acorn's types add or drop one.
    const declared: { [T in AnyNode['type']]: true } = {
      ArrayExpression: true,
      ArrayPattern: true,
      ArrowFunctionExpression: true,
      AssignmentExpression: true,
      AssignmentPattern: true,
      AwaitExpression: true,
      BinaryExpression: true,
      BlockStatement: true,
      BreakStatement: true,
      CallExpression: true,
      CatchClause: true,
      ChainExpression: true,
      ClassBody: true,
      ClassDeclaration: true,
      ClassExpression: true,
      ConditionalExpression: true,
      ContinueStatement: true,
      DebuggerStatement: true,
      DoWhileStatement: true,
      EmptyStatement: true,
      ExportAllDeclaration: true,
      ExportDefaultDeclaration: true,
      ExportNamedDeclaration: true,
      ExportSpecifier: true,
      ExpressionStatement: true,
      ForInStatement: true,
      ForOfStatement: true,
      ForStatement: true,
      FunctionDeclaration: true,
      FunctionExpression: true,
      Identifier: true,
      IfStatement: true,
      ImportAttribute: true,
      ImportDeclaration: true,
      ImportDefaultSpecifier: true,
      ImportExpression: true,
      ImportNamespaceSpecifier: true,
      ImportSpecifier: true,
      LabeledStatement: true,
      Literal: true,
      LogicalExpression: true,
      MemberExpression: true,
      MetaProperty: true,
      MethodDefinition: true,
      NewExpression: true,
      ObjectExpression: true,
      ObjectPattern: true,
      ParenthesizedExpression: true,
      PrivateIdentifier: true,
      Program: true,
      Property: true,
      PropertyDefinition: true,
      RestElement: true,
      ReturnStatement: true,
      SequenceExpression: true,
      SpreadElement: true,
      StaticBlock: true,
      Super: true,
      SwitchCase: true,
      SwitchStatement: true,
      TaggedTemplateExpression: true,
      TemplateElement: true,
      TemplateLiteral: true,
      ThisExpression: true,
      ThrowStatement: true,
      TryStatement: true,
      UnaryExpression: true,
      UpdateExpression: true,
      VariableDeclaration: true,
      VariableDeclarator: true,
      WhileStatement: true,
      WithStatement: true,
      YieldExpression: true,
    };
    const seen = new Set(KITCHEN_SINKS.flatMap((root) => [...compare(root, children).types]));
    expect(Object.keys(declared).filter((type) => !seen.has(type))).toEqual([]);
  });
});

describe('the check can fail: acorn-walk base alone skips children', () => {
  /** What acorn-walk's base visitors alone yield (functions/classes re-dispatched as children.ts does). */
  function baseOnly(node: AnyNode): AnyNode[] {
    type Callback = (child: AnyNode, state: unknown, override?: string) => void;
    const visitors = base as unknown as Record<string, ((n: AnyNode, s: unknown, c: Callback) => void) | undefined>;
    const out: AnyNode[] = [];
    const visitor = visitors[node.type];
    if (!visitor) throw new Error(`acorn-walk has no base visitor for ${node.type}`);
    const callback: Callback = (child, state, override) => {
      if (child === node && override) (visitors[override] as NonNullable<typeof visitor>)(node, state, callback);
      else out.push(child);
    };
    visitor(node, undefined, callback);
    return out;
  }

  test('exactly the node types children.ts completes are the ones base gets wrong', () => {
    const wrong = new Set<string>();
    for (const root of KITCHEN_SINKS) {
      for (const line of compare(root, baseOnly).mismatches) wrong.add(line.slice(0, line.indexOf('@')));
    }
    expect([...wrong].sort()).toEqual([
      'BreakStatement',
      'ContinueStatement',
      'ExportNamedDeclaration',
      'ExportSpecifier',
      'ImportAttribute',
      'ImportDefaultSpecifier',
      'ImportNamespaceSpecifier',
      'ImportSpecifier',
      'LabeledStatement',
      'MemberExpression',
      'MetaProperty',
      'MethodDefinition',
      'ObjectPattern',
      'Property',
      'PropertyDefinition',
    ]);
  });

  test('for example the property name in `a.constructor`, which a rule must see', () => {
    const member = Parser.parseExpressionAt('a.constructor', 0, SCRIPT) as AnyNode;
    expect(baseOnly(member).map(describeNode)).toEqual(['Identifier@0']);
    expect(children(member).map(describeNode)).toEqual(['Identifier@0', 'Identifier@2']);
  });
});

describe('failing closed and staying iterative', () => {
  test('a node type nobody knows how to walk is an error naming it and the fix, not a silent skip', () => {
    const unknown = { type: 'DecoratorExpression', start: 0, end: 1 } as unknown as AnyNode;
    expect(() => forEachChild(unknown, () => undefined)).toThrow(UnknownNodeError);
    expect(() => children(unknown)).toThrow(/DecoratorExpression node: acorn-walk's base has no visitor for it.*add the node type to children\.ts/);
  });

  test('enumeration is one level deep, so a 100,000-deep tree is measured without recursion', () => {
    // Built by hand: acorn itself cannot parse this deep (its parser is recursive).
    let node = Parser.parseExpressionAt('x', 0, SCRIPT) as AnyNode;
    const depth = 100_000;
    for (let i = 0; i < depth - 1; i++) {
      node = { type: 'UnaryExpression', operator: '!', prefix: true, argument: node, start: 0, end: 1 } as unknown as AnyNode;
    }
    expect(findTooDeep(node, depth)).toBeUndefined();
    const tooDeep = findTooDeep(node, depth - 1);
    expect(tooDeep?.type).toBe('Identifier');
    expect(findTooDeep(node, 1000)?.type).toBe('UnaryExpression');
  });
});
