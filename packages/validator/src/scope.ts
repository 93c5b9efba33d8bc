/**
 * Scopes and declarations: which names a piece of code declares, with JavaScript's hoisting
 * rules, so the walker can tell a local from a free variable.
 *
 * The model follows strict mode, because that is how remote functions run: a function's
 * parameters have their own scope (default values cannot see the body's variables), the body's
 * `var`s, top-level functions and top-level let/const/class share the scope below it, and each
 * block, `for (let …)` head, catch clause, switch body and class has its own. A function declared
 * inside a block belongs to that block only (no sloppy-mode Annex B hoisting): outside the block
 * the name would reach the global, and it must be checked as one.
 */
import type { AnyNode, Pattern } from 'acorn';

export type ScopeKind = 'function' | 'block' | 'class' | 'catch';

export class Scope {
  readonly names = new Set<string>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent?: Scope,
  ) {}

  declare(names: Iterable<string>): this {
    for (const name of names) this.names.add(name);
    return this;
  }

  /** True if the name is declared in this scope or an enclosing one (inside the function). */
  resolves(name: string): boolean {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the walk up the scope chain starts here
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.names.has(name)) return true;
    return false;
  }
}

/** The identifiers a binding pattern declares: `a` in `a`, `{a, b: [c]}`, `...d`, `e = 1`. */
export function boundNames(pattern: Pattern | AnyNode, out: string[] = []): string[] {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const prop of pattern.properties) boundNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const el of pattern.elements) if (el) boundNames(el, out);
      break;
    case 'RestElement':
      boundNames(pattern.argument, out);
      break;
    case 'AssignmentPattern':
      boundNames(pattern.left, out);
      break;
    default:
      // MemberExpression targets (only in assignments, never in declarations) bind nothing.
      break;
  }
  return out;
}

/** let/const/class/function declared directly in a statement list (a block's own declarations). */
export function lexicalNames(statements: ReadonlyArray<AnyNode>): string[] {
  const out: string[] = [];
  for (const s of statements) {
    if (s.type === 'VariableDeclaration' && s.kind !== 'var') for (const d of s.declarations) boundNames(d.id, out);
    else if ((s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && s.id) out.push(s.id.name);
  }
  return out;
}

/** Names hoisted to the enclosing function: every `var`, at any block depth, not inside nested functions. */
export function varNames(statements: ReadonlyArray<AnyNode>): string[] {
  const out: string[] = [];
  const visit = (s: AnyNode | null | undefined): void => {
    if (!s) return;
    switch (s.type) {
      case 'VariableDeclaration':
        if (s.kind === 'var') for (const d of s.declarations) boundNames(d.id, out);
        break;
      case 'BlockStatement':
        s.body.forEach(visit);
        break;
      case 'IfStatement':
        visit(s.consequent);
        visit(s.alternate);
        break;
      case 'ForStatement':
        visit(s.init);
        visit(s.body);
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        visit(s.left);
        visit(s.body);
        break;
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
      case 'WithStatement':
        visit(s.body);
        break;
      case 'TryStatement':
        visit(s.block);
        visit(s.handler?.body);
        visit(s.finalizer);
        break;
      case 'SwitchStatement':
        for (const c of s.cases) c.consequent.forEach(visit);
        break;
      default:
        break;
    }
  };
  statements.forEach(visit);
  return out;
}
