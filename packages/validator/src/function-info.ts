/**
 * What the caller needs to know about a valid function (its parameters, whether it is async),
 * and the checks on the function's own shape: the `db` parameter and no synchronous generator.
 */
import type { AnyNode } from 'acorn';
import type { Reporter } from './diagnostics';
import type { RootFunction } from './parse';

export interface FunctionInfo {
  /**
   * Parameter names, `db` first. A parameter that is not a plain name is given as written, minus
   * its default (`{ id, name }`, `[a, b]`); a rest parameter as `...name`.
   */
  params: string[];
  isAsync: boolean;
  /**
   * An async generator (`async function* (db, …) { … yield row … }`): a streaming function, whose
   * values travel to the caller in batches as it yields them (docs/protocol.md, "Streams").
   */
  isGenerator: boolean;
  kind: 'arrow' | 'function';
  /** Number of parameters after `db` (a rest parameter counts as one). */
  arity: number;
  /** True if the last parameter is a rest parameter (`...args`). */
  hasRestParameter: boolean;
  /**
   * The function's exact text: the source without the trailing semicolon, comments or whitespace
   * that the source may carry. This is what can safely be wrapped in parentheses.
   */
  source: string;
}

function paramName(param: AnyNode, source: string): string {
  switch (param.type) {
    case 'Identifier':
      return param.name;
    case 'AssignmentPattern':
      return paramName(param.left, source);
    case 'RestElement':
      return `...${paramName(param.argument, source)}`;
    default:
      return source.slice(param.start, param.end);
  }
}

export function functionInfo(fn: RootFunction, source: string): FunctionInfo {
  const last = fn.params[fn.params.length - 1];
  return {
    params: fn.params.map((p) => paramName(p, source)),
    isAsync: fn.async,
    isGenerator: Boolean(fn.generator),
    kind: fn.type === 'ArrowFunctionExpression' ? 'arrow' : 'function',
    arity: Math.max(0, fn.params.length - 1),
    hasRestParameter: last !== undefined && last.type === 'RestElement',
    source: source.slice(fn.start, fn.end),
  };
}

const DB_FIX = 'the first parameter receives the database handle and must be a plain name: async (db, …) => { … }';

/** The root function's own shape: a plain first parameter, and not a synchronous generator. */
export function checkFunctionShape(fn: RootFunction, reporter: Reporter): void {
  if (fn.generator && !fn.async) {
    reporter.report(
      'single-function',
      'a synchronous generator function cannot be a remote function; make it an async generator ' +
        '(`async function* (db, …) { … yield row … }`) to stream its values, or collect them into an array and return that',
      { start: fn.start, end: fn.body.start },
    );
  }
  const db = fn.params[0];
  if (!db) {
    reporter.report('db-parameter', `the function has no parameters; ${DB_FIX}`, { start: fn.start, end: fn.body.start });
    return;
  }
  const what: Record<string, string> = {
    ObjectPattern: 'is destructured',
    ArrayPattern: 'is destructured',
    AssignmentPattern: 'has a default value',
    RestElement: 'is a rest parameter',
  };
  if (db.type !== 'Identifier') {
    reporter.report('db-parameter', `the first parameter ${what[db.type] ?? 'is not a plain name'}; ${DB_FIX}`, db);
  }
}
