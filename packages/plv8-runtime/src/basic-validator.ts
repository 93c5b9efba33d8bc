/**
 * A self-contained validator with the @wormhole/validator API, used when that package's sources are
 * not present at build time. It checks what the runtime's safety relies on: the source is one
 * function, it references no global outside the allow list (so no plv8, eval, Function, globalThis,
 * require, process), it does not touch `constructor`/`__proto__` or import modules, and it
 * respects the size and nesting limits.
 */
import { parseExpressionAt, type Node } from 'acorn';
import { fullAncestor } from 'acorn-walk';
import type { Diagnostic, Policy, ValidationResult } from './validator-api';

export const DEFAULT_POLICY: Policy = {
  allowedGlobals: [
    'Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON', 'Date', 'RegExp',
    'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'Map', 'Set', 'WeakMap', 'WeakSet',
    'Promise', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'undefined', 'NaN', 'Infinity',
    'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'Uint8Array', 'ArrayBuffer',
    'DataView', 'Intl',
  ],
  allowedModules: [],
  maxSourceLength: 100_000,
  maxDepth: 64,
};

const FORBIDDEN_PROPERTIES = new Set(['constructor', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'prototype']);

export function mergePolicy(...overrides: Array<Partial<Policy> | undefined>): Policy {
  return Object.assign({}, DEFAULT_POLICY, ...overrides.filter(Boolean));
}

export function formatDiagnostics(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`).join('\n');
}

type AnyNode = Node & Record<string, any> & { loc: { start: { line: number; column: number } } };

/** Names declared anywhere in the function (params, variables, functions, classes, catch bindings). */
function declaredNames(root: AnyNode): Set<string> {
  const names = new Set<string>();
  const addPattern = (p: AnyNode | null): void => {
    if (!p) return;
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q: AnyNode) => addPattern(q.type === 'RestElement' ? q.argument : q.value));
    else if (p.type === 'ArrayPattern') p.elements.forEach(addPattern);
    else if (p.type === 'RestElement') addPattern(p.argument);
    else if (p.type === 'AssignmentPattern') addPattern(p.left);
  };
  fullAncestor(root, (raw) => {
    const n = raw as AnyNode;
    if (n.type === 'VariableDeclarator') addPattern(n.id);
    if (/Function/.test(n.type)) { if (n.id) names.add(n.id.name); n.params.forEach(addPattern); }
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') { if (n.id) names.add(n.id.name); }
    if (n.type === 'CatchClause') addPattern(n.param);
  });
  return names;
}

function isReference(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return false;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition')
    && parent.key === node && !parent.computed) return parent.type === 'Property' && parent.shorthand;
  if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') return false;
  return true;
}

export function validate(source: string, policyOverride?: Partial<Policy>): ValidationResult {
  const policy = mergePolicy(policyOverride);
  const diagnostics: Diagnostic[] = [];
  const info = { params: [] as string[], isAsync: false, arity: 0 };
  const report = (rule: string, message: string, line: number, column: number): void => {
    diagnostics.push({ rule, message, line, column });
  };
  if (source.length > policy.maxSourceLength) {
    report('max-source-length', `The source is ${source.length} characters; the policy allows ${policy.maxSourceLength}`, 1, 1);
    return { ok: false, diagnostics, info };
  }
  let root: AnyNode;
  try {
    root = parseExpressionAt(source, 0, { ecmaVersion: 2022, locations: true }) as AnyNode;
  } catch (error) {
    const e = error as { message: string; loc?: { line: number; column: number } };
    report('syntax', e.message, e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
    return { ok: false, diagnostics, info };
  }
  if (root.type !== 'ArrowFunctionExpression' && root.type !== 'FunctionExpression') {
    report('single-function', 'The source must be one function expression, e.g. async (db, id) => { ... }', 1, 1);
    return { ok: false, diagnostics, info };
  }
  info.params = root.params.map((p: AnyNode) => (p.type === 'Identifier' ? p.name : source.slice(p.start, p.end)));
  info.isAsync = Boolean(root.async);
  info.arity = root.params.length;

  const declared = declaredNames(root);
  const allowed = new Set(policy.allowedGlobals);
  fullAncestor(root, (raw, _state, ancestors) => {
    const n = raw as AnyNode;
    const at = (node: AnyNode) => [node.loc.start.line, node.loc.start.column + 1] as const;
    if (ancestors.length > policy.maxDepth) {
      report('max-depth', `Nesting deeper than ${policy.maxDepth} levels`, ...at(n));
    }
    if (n.type === 'Identifier' && isReference(n, ancestors[ancestors.length - 2] as AnyNode | undefined)) {
      if (!declared.has(n.name) && !allowed.has(n.name)) {
        report('no-global', `\`${n.name}\` is not allowed in a remote function (not a parameter, local or allowed global)`, ...at(n));
      }
    }
    if (n.type === 'MemberExpression') {
      const key = n.computed ? (n.property.type === 'Literal' ? String(n.property.value) : null) : n.property.name;
      if (key !== null && FORBIDDEN_PROPERTIES.has(key)) {
        report('no-constructor-access', `Access to \`.${key}\` is not allowed in a remote function`, ...at(n.property));
      }
    }
    if (n.type === 'ImportExpression' || n.type === 'MetaProperty') {
      report('no-import', 'Remote functions cannot import modules', ...at(n));
    }
  });
  // Report each forbidden name once per position (fullAncestor can visit a node once; dedupe defensively).
  const unique = diagnostics.filter((d, i) => diagnostics.findIndex((e) => e.line === d.line && e.column === d.column && e.rule === d.rule) === i);
  return { ok: unique.length === 0, diagnostics: unique, info };
}
