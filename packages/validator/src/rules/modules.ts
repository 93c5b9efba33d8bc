/**
 * Loading code: `require()` only for modules the policy allows (and only with a literal name, so
 * the check is meaningful), never `import()` or `import.meta` (PL/v8 has no module loader).
 */
import type { AnyNode, Identifier } from 'acorn';
import { constantString } from '../ast';
import type { WalkContext } from '../walk';
import type { Rule, RuleContext } from './rule';

function allowedList(rc: RuleContext): string {
  return rc.policy.allowedModules.length === 0
    ? 'the policy allows no modules (policy.allowedModules is empty)'
    : `the policy allows: ${rc.policy.allowedModules.map((m) => `'${m}'`).join(', ')}`;
}

/** A reference to an undeclared `require`. */
export function checkRequire(id: Identifier, ctx: WalkContext, rc: RuleContext): void {
  const call = ctx.parent;
  if (!call || call.type !== 'CallExpression' || call.callee !== id) {
    rc.report(
      'no-require',
      "`require` may only be called directly with a module name, e.g. require('name'); " +
        `${allowedList(rc)}. Other uses would let code load modules the check cannot see`,
      id,
    );
    return;
  }
  const arg = call.arguments[0];
  const name = arg && arg.type !== 'SpreadElement' ? constantString(arg) : undefined;
  if (call.arguments.length !== 1 || name === undefined) {
    rc.report(
      'no-require',
      'require() needs exactly one string literal argument so the module can be checked against the policy; ' +
        `write require('name') (${allowedList(rc)})`,
      call,
    );
    return;
  }
  if (!rc.policy.allowedModules.includes(name)) {
    rc.report(
      'no-require',
      `module '${name}' is not allowed inside the database: ${allowedList(rc)}. ` +
        'Do the work on the client and pass the result as an argument, or ask the DBA to add it to policy.allowedModules',
      call,
    );
  }
}

export const modulesRule = (rc: RuleContext): Rule => ({
  node(node: AnyNode): void {
    if (node.type === 'ImportExpression') {
      rc.report(
        'no-import',
        'import() is not available inside the database (PL/v8 has no module loader); ' +
          'do the work on the client and pass the result as an argument',
        node,
      );
    } else if (
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportNamedDeclaration' ||
      node.type === 'ExportDefaultDeclaration' ||
      node.type === 'ExportAllDeclaration'
    ) {
      rc.report(
        'no-import',
        'import and export declarations belong to modules; a remote function is a single function. ' +
          'Pass what you need as arguments and return the result',
        node,
      );
    } else if (node.type === 'MetaProperty' && node.meta.name === 'import') {
      rc.report(
        'no-import',
        "import.meta describes the client's module and does not exist inside the database; " + 'pass what you need (a URL, a path) as an argument',
        node,
      );
    }
  },
});
