/**
 * The walker: visits every node of the function once, tracking scopes (to find free variables)
 * and what `this` means at each point. Rules plug in as a Visitor; they never walk themselves.
 */
import type {
  AnonymousFunctionDeclaration,
  AnyNode,
  ArrowFunctionExpression,
  ClassDeclaration,
  ClassExpression,
  AnonymousClassDeclaration,
  FunctionDeclaration,
  FunctionExpression,
  Identifier,
  Pattern,
} from 'acorn';
import { forEachChild } from './children';
import { Scope, boundNames, lexicalNames, varNames } from './scope';

/**
 * What `this` is where the walker stands:
 * - 'root': the remote function itself, or an arrow inside it (`this` would be the client's, or
 *   undefined: either way, a mistake);
 * - 'plain-function': a nested non-method function (`this` depends on how it is called);
 * - 'method': a class body or an object-literal method, where `this` is the object.
 */
export type ThisContext = 'root' | 'plain-function' | 'method';

export interface WalkContext {
  scope: Scope;
  thisContext: ThisContext;
  /** The node whose child is being visited (undefined for the root function). */
  parent?: AnyNode;
}

export interface Visitor {
  /** Called for every node, before its children. */
  node(node: AnyNode, ctx: WalkContext): void;
  /**
   * Called for every identifier reference that no enclosing scope declares; `write` is true when
   * the reference is assigned to (`x = 1`, `x++`, `[x] = a`, `for (x of a)`).
   */
  globalReference(id: Identifier, ctx: WalkContext, write: boolean): void;
}

type AnyFunction = FunctionExpression | FunctionDeclaration | AnonymousFunctionDeclaration | ArrowFunctionExpression;
type AnyClass = ClassExpression | ClassDeclaration | AnonymousClassDeclaration;

export function walkFunction(root: FunctionExpression | ArrowFunctionExpression, visitor: Visitor): void {
  new Walker(visitor).root(root);
}

/** The identifiers an assignment target writes: `x`, and those inside `[x, {y}] = …`. */
function writtenIdentifiers(target: AnyNode, out: Identifier[] = []): Identifier[] {
  switch (target.type) {
    case 'Identifier':
      out.push(target);
      break;
    case 'ObjectPattern':
      for (const p of target.properties) writtenIdentifiers(p.type === 'RestElement' ? p.argument : p.value, out);
      break;
    case 'ArrayPattern':
      for (const el of target.elements) if (el) writtenIdentifiers(el, out);
      break;
    case 'RestElement':
      writtenIdentifiers(target.argument, out);
      break;
    case 'AssignmentPattern':
      writtenIdentifiers(target.left, out);
      break;
    default:
      break;
  }
  return out;
}

class Walker {
  /** Identifier nodes that are assignment targets, marked before their assignment is walked. */
  private readonly writes = new WeakSet<Identifier>();

  constructor(private readonly visitor: Visitor) {}

  root(fn: FunctionExpression | ArrowFunctionExpression): void {
    const ctx: WalkContext = { scope: new Scope('block'), thisContext: 'root' };
    this.visitor.node(fn, ctx);
    this.fn(fn, ctx, 'root');
  }

  private expr(node: AnyNode, ctx: WalkContext, parent: AnyNode): void {
    const here: WalkContext = { ...ctx, parent };
    this.visitor.node(node, here);
    const inner: WalkContext = { ...ctx, parent: node };
    switch (node.type) {
      case 'Identifier':
        if (!ctx.scope.resolves(node.name)) this.visitor.globalReference(node, here, this.writes.has(node));
        return;
      case 'AssignmentExpression':
        for (const id of writtenIdentifiers(node.left)) this.writes.add(id);
        this.generic(node, inner);
        return;
      case 'UpdateExpression':
        for (const id of writtenIdentifiers(node.argument)) this.writes.add(id);
        this.generic(node, inner);
        return;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'FunctionDeclaration':
        this.fn(node, here, this.isMethodValue(node, parent) ? 'method' : 'plain-function');
        return;
      case 'ClassExpression':
      case 'ClassDeclaration':
        this.cls(node, here);
        return;
      case 'BlockStatement': {
        const scope = new Scope('block', ctx.scope).declare(lexicalNames(node.body));
        this.list(node.body, { ...inner, scope }, node);
        return;
      }
      case 'SwitchStatement': {
        this.expr(node.discriminant, inner, node);
        const scope = new Scope('block', ctx.scope).declare(lexicalNames(node.cases.flatMap((c) => c.consequent)));
        for (const c of node.cases) {
          this.visitor.node(c, { ...inner, scope });
          if (c.test) this.expr(c.test, { ...inner, scope }, c);
          this.list(c.consequent, { ...inner, scope }, c);
        }
        return;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement': {
        const head = node.type === 'ForStatement' ? node.init : node.left;
        const scope =
          head && head.type === 'VariableDeclaration' && head.kind !== 'var'
            ? new Scope('block', ctx.scope).declare(lexicalNames([head]))
            : ctx.scope;
        if (node.type !== 'ForStatement' && node.left.type !== 'VariableDeclaration') {
          for (const id of writtenIdentifiers(node.left)) this.writes.add(id);
        }
        this.generic(node, { ...inner, scope });
        return;
      }
      case 'CatchClause': {
        const scope = new Scope('catch', ctx.scope).declare(node.param ? boundNames(node.param) : []);
        if (node.param) this.binding(node.param, { ...inner, scope }, node);
        this.expr(node.body, { ...inner, scope }, node);
        return;
      }
      case 'VariableDeclaration':
        for (const d of node.declarations) {
          this.visitor.node(d, inner);
          this.binding(d.id, { ...inner, parent: d }, d);
          if (d.init) this.expr(d.init, { ...inner, parent: d }, d);
        }
        return;
      case 'MemberExpression':
        this.expr(node.object, inner, node);
        if (node.computed) this.expr(node.property, inner, node);
        return;
      case 'Property':
        if (node.computed) this.expr(node.key, inner, node);
        this.expr(node.value, inner, node);
        return;
      case 'LabeledStatement':
        this.expr(node.body, inner, node);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'MetaProperty':
        return;
      default:
        this.generic(node, inner);
    }
  }

  /** Every child, in the same context (children.ts: acorn-walk's base visitors plus the names they skip). */
  private generic(node: AnyNode, ctx: WalkContext): void {
    forEachChild(node, (child) => this.expr(child, ctx, node));
  }

  private list(nodes: ReadonlyArray<AnyNode>, ctx: WalkContext, parent: AnyNode): void {
    for (const n of nodes) this.expr(n, ctx, parent);
  }

  /** An object-literal method, getter/setter, or `key: function () {}` value. */
  private isMethodValue(fn: AnyFunction, parent: AnyNode | undefined): boolean {
    if (fn.type === 'ArrowFunctionExpression' || !parent || parent.type !== 'Property') return false;
    return parent.value === fn;
  }

  /** A binding pattern: its identifiers are declarations, its defaults and computed keys are code. */
  private binding(pattern: Pattern | AnyNode, ctx: WalkContext, parent: AnyNode): void {
    const here: WalkContext = { ...ctx, parent };
    const inner: WalkContext = { ...ctx, parent: pattern };
    switch (pattern.type) {
      case 'Identifier':
        this.visitor.node(pattern, here);
        return;
      case 'ObjectPattern':
        this.visitor.node(pattern, here);
        for (const prop of pattern.properties) {
          if (prop.type === 'RestElement') {
            this.binding(prop, inner, pattern);
            continue;
          }
          this.visitor.node(prop, inner);
          if (prop.computed) this.expr(prop.key, { ...inner, parent: prop }, prop);
          this.binding(prop.value, { ...inner, parent: prop }, prop);
        }
        return;
      case 'ArrayPattern':
        this.visitor.node(pattern, here);
        for (const el of pattern.elements) if (el) this.binding(el, inner, pattern);
        return;
      case 'RestElement':
        this.visitor.node(pattern, here);
        this.binding(pattern.argument, inner, pattern);
        return;
      case 'AssignmentPattern':
        this.visitor.node(pattern, here);
        this.binding(pattern.left, inner, pattern);
        this.expr(pattern.right, inner, pattern);
        return;
      default:
        this.expr(pattern, ctx, parent);
    }
  }

  private fn(fn: AnyFunction, ctx: WalkContext, kind: ThisContext): void {
    let outer = ctx.scope;
    // A named function expression sees its own name (and nothing else sees it).
    if (fn.type === 'FunctionExpression' && fn.id) outer = new Scope('block', outer).declare([fn.id.name]);
    // Parameters (and their default values) see only each other and the outside, not the body.
    const paramScope = new Scope('function', outer);
    for (const p of fn.params) paramScope.declare(boundNames(p));
    if (fn.type !== 'ArrowFunctionExpression') paramScope.declare(['arguments']);
    const body = fn.body.type === 'BlockStatement' ? fn.body.body : [];
    const bodyScope = new Scope('block', paramScope).declare(varNames(body)).declare(lexicalNames(body));
    const thisContext = fn.type === 'ArrowFunctionExpression' ? ctx.thisContext : kind;
    const inner: WalkContext = { scope: paramScope, thisContext, parent: fn };
    for (const p of fn.params) this.binding(p, inner, fn);
    const bodyCtx: WalkContext = { ...inner, scope: bodyScope };
    if (fn.body.type === 'BlockStatement') {
      this.visitor.node(fn.body, bodyCtx);
      this.list(fn.body.body, { ...bodyCtx, parent: fn.body }, fn.body);
    } else {
      this.expr(fn.body, bodyCtx, fn);
    }
  }

  private cls(cls: AnyClass, ctx: WalkContext): void {
    const scope = new Scope('class', ctx.scope).declare(cls.id ? [cls.id.name] : []);
    const outer: WalkContext = { ...ctx, scope, parent: cls };
    if (cls.superClass) this.expr(cls.superClass, outer, cls);
    const bodyCtx: WalkContext = { ...outer, parent: cls.body };
    this.visitor.node(cls.body, outer);
    for (const member of cls.body.body) {
      this.visitor.node(member, bodyCtx);
      const memberCtx: WalkContext = { ...bodyCtx, parent: member };
      if (member.type === 'StaticBlock') {
        const blockScope = new Scope('function', scope).declare(varNames(member.body)).declare(lexicalNames(member.body));
        this.list(member.body, { ...memberCtx, scope: blockScope, thisContext: 'method' }, member);
        continue;
      }
      // Computed keys run in the class's surroundings; bodies and field initializers see `this`.
      if (member.computed) this.expr(member.key, memberCtx, member);
      if (member.type === 'MethodDefinition') this.fn(member.value, memberCtx, 'method');
      else if (member.value) this.expr(member.value, { ...memberCtx, thisContext: 'method' }, member);
    }
  }
}
