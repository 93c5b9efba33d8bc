/**
 * Dangerous property names: `.constructor` (the classic way from any function to the Function
 * constructor: `(async () => {}).constructor('code')`), prototypes (`__proto__`, `.prototype`, the
 * legacy `__defineGetter__` family), `arguments.callee` and V8's `Error.prepareStackTrace` hook.
 *
 * Checked wherever a property name is spelled out: `a.b`, `a['b']`, `` a[`b`] ``, `a['con' + 'structor']`,
 * destructuring `{ constructor: C } = f`, and string literals passed around (`Reflect.get(f, 'constructor')`).
 * A key computed at run time (`a[k]`) is data access and is allowed: this check is early feedback
 * and policy, not the security boundary. The boundary is the hardened realm (the runtime tames the
 * Function constructors) and PostgreSQL's own privileges.
 */
import type { AnyNode } from 'acorn';
import { constantString, keyName } from '../ast';
import type { WalkContext } from '../walk';
import type { Rule, RuleContext } from './rule';

interface Forbidden {
  rule: string;
  why: string;
}

const CONSTRUCTOR: Forbidden = {
  rule: 'no-function-constructor',
  why:
    'leads from a function to the Function constructor, which compiles strings into code no validator has seen; ' +
    'call the class or factory you mean directly (new Map(), Array.from(…), …)',
};
const PROTOTYPE: Forbidden = {
  rule: 'no-prototype-access',
  why:
    'reads or changes prototypes, which are shared with every other function in the database session; ' +
    'use class syntax, Object.create() or Object.getPrototypeOf() instead',
};
const LEGACY_ACCESSOR: Forbidden = {
  rule: 'no-prototype-access',
  why: 'is a legacy accessor API that reaches through prototypes; use Object.defineProperty() / Object.getOwnPropertyDescriptor() on your own objects',
};
const STACK_HOOK: Forbidden = {
  rule: 'no-stack-trace-hook',
  why: 'is a V8 hook that receives the call stack, including functions outside yours; format error.stack yourself instead',
};

const FORBIDDEN: ReadonlyMap<string, Forbidden> = new Map([
  ['constructor', CONSTRUCTOR],
  ['prototype', PROTOTYPE],
  ['__proto__', PROTOTYPE],
  ['__defineGetter__', LEGACY_ACCESSOR],
  ['__defineSetter__', LEGACY_ACCESSOR],
  ['__lookupGetter__', LEGACY_ACCESSOR],
  ['__lookupSetter__', LEGACY_ACCESSOR],
  ['prepareStackTrace', STACK_HOOK],
]);

/** A string literal in one of these places is a key being defined, not a property being reached. */
function isDefiningKey(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (!parent) return false;
  if (parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') return parent.key === node;
  return false;
}

export const propertiesRule = (rc: RuleContext): Rule => {
  const report = (name: string, how: string, span: AnyNode): void => {
    const f = FORBIDDEN.get(name);
    if (f) rc.report(f.rule, `${how} \`${name}\` ${f.why}`, span);
  };
  /** Object-literal Property nodes; their string keys define data (except __proto__). */
  const literalProps = new WeakSet<AnyNode>();
  return {
    node(node: AnyNode, ctx: WalkContext): void {
      switch (node.type) {
        case 'MemberExpression': {
          const name = keyName(node.property, node.computed);
          if (name === undefined) return;
          if ((name === 'callee' || name === 'caller') && node.object.type === 'Identifier' && node.object.name === 'arguments') {
            rc.report(
              'no-arguments-callee',
              `\`arguments.${name}\` exposes functions on the call stack (and throws in strict mode, which remote functions use); ` +
                'give the function a name and call it by that name, or pass what you need as an argument',
              node.property,
            );
            return;
          }
          report(name, 'accessing', node.property);
          return;
        }
        case 'ObjectExpression':
          for (const p of node.properties) if (p.type === 'Property') literalProps.add(p);
          return;
        case 'ObjectPattern':
          for (const p of node.properties) {
            if (p.type !== 'Property') continue;
            const name = keyName(p.key, p.computed);
            if (name !== undefined) report(name, 'destructuring', p.key);
          }
          return;
        case 'Property': {
          // In an object literal only `__proto__: value` is special: it sets the prototype.
          if (!literalProps.has(node) || node.computed || node.shorthand || node.method || node.kind !== 'init') return;
          if (keyName(node.key, false) === '__proto__') report('__proto__', 'setting', node.key);
          return;
        }
        case 'Literal':
        case 'TemplateLiteral':
        case 'BinaryExpression': {
          const parent = ctx.parent;
          // Report a concatenation once, at its outermost '+'.
          if (parent && parent.type === 'BinaryExpression' && constantString(parent) !== undefined) return;
          // Object keys define data; destructured keys are checked by the ObjectPattern case.
          if (parent && parent.type === 'Property' && parent.key === node) return;
          if (isDefiningKey(node, parent)) return;
          const value = constantString(node);
          const f = value === undefined ? undefined : FORBIDDEN.get(value);
          if (f) {
            rc.report(
              f.rule,
              `the string '${value}' names a property that is never allowed (it could be used as a key, e.g. Reflect.get(f, '${value}')): ` +
                `\`${value}\` ${f.why}. If it is only data, pass it in as an argument instead of writing it in the function`,
              node,
            );
          }
          return;
        }
        default:
          return;
      }
    },
  };
};
