/**
 * Install-time rewrite of async functions into generators the runtime drives synchronously
 * (see async.ts for why). Runs only inside wormhole.install (it needs acorn), never on a call.
 *
 *   async (a) => expr           ->  (a) => __wh_async(function* () { return expr; }.call(this))
 *   async function f(a) { B }   ->  function f(a) { return __wh_async(function* () { B }.apply(this, arguments)); }
 *   await x                     ->  (yield x)
 *
 * except the root function itself, which becomes a generator function (see rewriteRoot).
 *
 * An async generator root (a streaming function) yields both kinds of steps from one generator, so
 * each yield says which it is; inside its own body (not in nested functions):
 *
 *   async function* (db, n) { B }  ->  __wh_stream(function* (db, n) { B })
 *   await x                        ->  (yield [0, x])      resolve x, resume with its value
 *   yield v                        ->  (yield [1, v])      a value for the caller
 *   yield* xs                      ->  (yield [2, xs])     each value of the iterable xs
 *   for await (x of xs)            ->  for (x of (yield [3, xs]))   an iterator awaiting each value
 *
 * (STEP in stream.ts names the three kinds.)
 *
 * Every async function in the source is rewritten, including nested ones such as the callback in
 * `Promise.all(ids.map(async (id) => ...))`. The edits are returned as segments so error positions
 * can be mapped back to the user's source (linemap.ts).
 */
import { PARSER_OPTIONS } from '@wormhole/protocol';
import { trailingCodeAt } from '@wormhole/validator';
import { parseExpressionAt, tokenizer, tokTypes, type Node, type Token } from 'acorn';
import { full, fullAncestor } from 'acorn-walk';
import { applyEdits, type Edit, type Segment } from './linemap';

export interface Transformed {
  code: string;
  segments: Segment[];
  isAsync: boolean;
  /** An async generator root: a streaming function (compile.ts, stream.ts). */
  isGenerator: boolean;
}

// acorn's nodes carry their fields by node type; this walk reads them by name, checked at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = Node & Record<string, any> & { loc: { start: { line: number; column: number } } };

export class TransformError extends SyntaxError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'TransformError';
  }
}

function parseFunction(source: string): AnyNode {
  let node: AnyNode;
  try {
    node = parseExpressionAt(source, 0, { ...PARSER_OPTIONS, locations: true }) as AnyNode;
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    throw new TransformError(`The source does not parse: ${e.message}`, e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
  }
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') {
    throw new TransformError('The source must be one function, e.g. `async (db, id) => { ... }`', 1, 1);
  }
  // What may follow the function is the validator's rule (comments of every kind, one `;`).
  if (trailingCodeAt(source, node.end) >= 0) {
    throw new TransformError('Only one function may be sent; found more code after it', 1, node.end + 1);
  }
  return node;
}

/**
 * The root async function becomes a generator function itself, which the runtime drives
 * (compile.ts), instead of a function that wraps a fresh `function* () {…}` per call: calling a
 * newly created generator function costs about 1 µs in V8 (its prototype and maps are built on the
 * first call of each closure), which was a quarter of a trivial call's server time.
 *
 *   async (db, x) => { B }        ->  function* (db, x) { B }
 *   async db => expr              ->  function* (db) { return expr; }
 *   async function f(db) { B }    ->  function* f(db) { B }
 */
/** Awaits and yields whose nearest enclosing function is `root` (an async generator's own steps). */
function ownSteps(root: AnyNode): Set<AnyNode> {
  const own = new Set<AnyNode>();
  fullAncestor(root, (raw, _state, ancestors) => {
    const node = raw as AnyNode;
    if (node.type !== 'AwaitExpression' && node.type !== 'YieldExpression' && !(node.type === 'ForOfStatement' && node.await)) return;
    for (let i = ancestors.length - 2; i >= 0; i--) {
      const a = ancestors[i] as AnyNode;
      if (a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression' || a.type === 'FunctionDeclaration') {
        if (a === root) own.add(node);
        return;
      }
    }
  });
  return own;
}

/** An async generator root: `async function* f(…) {…}` -> `__wh_stream(function* f(…) {…})` (its `)` comes with the tail). */
function rewriteStreamRoot(source: string, root: AnyNode, edits: Edit[]): void {
  for (const token of tokenizer(source.slice(0, root.body.start), PARSER_OPTIONS)) {
    if (token.start < root.start) continue;
    if (token.type === tokTypes._function) {
      edits.push({ start: root.start, end: token.start, text: '__wh_stream(' });
      return;
    }
  }
}

function rewriteRoot(source: string, root: AnyNode, edits: Edit[]): void {
  const body = root.body as AnyNode;
  const params = root.params as AnyNode[];
  // Tokens, not text search: a comment between `async`, the parameters and `=>` may hold anything.
  const tokens: Token[] = [];
  for (const token of tokenizer(source, PARSER_OPTIONS)) {
    if (token.start >= body.start) break;
    if (token.start >= root.start) tokens.push(token);
  }
  if (root.type !== 'ArrowFunctionExpression') {
    const fn = tokens.find((t) => t.type === tokTypes._function)!;
    edits.push({ start: root.start, end: fn.start, text: '' });
    edits.push({ start: fn.end, end: fn.end, text: '*' });
    return;
  }
  edits.push({ start: root.start, end: root.start + 5, text: 'function*' });
  const first = params[0];
  const last = params[params.length - 1];
  // `async db => …` has no parentheses, which a generator function's parameter list needs.
  if (first !== undefined && !tokens.some((t) => t.type === tokTypes.parenL && t.end <= first.start)) {
    edits.push({ start: first.start, end: first.start, text: '(' });
    edits.push({ start: last.end, end: last.end, text: ')' });
  }
  const arrow = tokens.find((t) => t.type === tokTypes.arrow)!;
  edits.push({ start: arrow.start, end: arrow.end, text: '' });
  if (body.type !== 'BlockStatement') {
    // From just after `=>` to the function's end, so a parenthesised body (`=> ({ … })`) keeps its parentheses.
    edits.push({ start: arrow.end, end: arrow.end, text: '{ return ' });
    edits.push({ start: root.end, end: root.end, text: '; }' });
  }
}

/**
 * `return (await db.query(…)).rows` in the root's own body (and `async (db, …) => (await
 * db.query(…)).rows`): nothing can see those rows before they are sent back, so the call passes
 * __wh_rows, the runtime's token, as a third argument and db.query answers them as the engine's
 * JSON text (db.ts, returnedRows). Only where `db` (the root's first parameter) is never rebound
 * or shadowed, so it is the runtime's db, and not inside a try, whose catch or finally could run
 * queries after a failed fetch.
 */
function markReturnedRows(root: AnyNode, edits: Edit[]): void {
  const first = (root.params as AnyNode[])[0];
  if (first?.type !== 'Identifier') return;
  const db = first.name as string;
  let rebound = false;
  fullAncestor(root, (raw, _state, ancestors) => {
    const node = raw as AnyNode;
    if (node.type !== 'Identifier' || node.name !== db || node === first) return;
    const parent = ancestors[ancestors.length - 2] as AnyNode | undefined;
    const read =
      (parent?.type === 'MemberExpression' && parent.object === node) ||
      ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee !== node);
    if (!read) rebound = true;
  });
  if (rebound) return;
  const returned = (argument: AnyNode | null): void => {
    // (await db.query(text[, values])).rows, with no spread among the arguments.
    if (argument?.type !== 'MemberExpression' || argument.computed || argument.property.name !== 'rows') return;
    const awaited = argument.object as AnyNode;
    if (awaited.type !== 'AwaitExpression' || awaited.argument.type !== 'CallExpression') return;
    const call = awaited.argument as AnyNode;
    const callee = call.callee as AnyNode;
    if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.object.name !== db) return;
    if (callee.property.name !== 'query' || call.optional || callee.optional) return;
    const args = call.arguments as AnyNode[];
    if (args.length < 1 || args.length > 2 || args.some((a) => a.type === 'SpreadElement')) return;
    const end = args[args.length - 1].end as number;
    edits.push({ start: end, end, text: args.length === 1 ? ', undefined, __wh_rows' : ', __wh_rows' });
  };
  if (root.body.type !== 'BlockStatement') return returned(root.body);
  fullAncestor(root, (raw, _state, ancestors) => {
    const node = raw as AnyNode;
    if (node.type !== 'ReturnStatement') return;
    for (let i = ancestors.length - 2; i >= 0; i--) {
      const a = ancestors[i] as AnyNode;
      if (a.type === 'TryStatement') return;
      if (a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression' || a.type === 'FunctionDeclaration') {
        if (a === root) returned(node.argument);
        return;
      }
    }
  });
}

export function transformAsync(source: string): Transformed {
  const root = parseFunction(source);
  const edits: Edit[] = [];
  const isStream = Boolean(root.async && root.generator);
  // What may follow the function (comments, one `;`) is dropped: the runtime evaluates the code
  // inside an expression (compile.ts), where a `;` would end it early. A stream's wrapper closes here.
  if (root.end < source.length || isStream) edits.push({ start: root.end, end: source.length, text: isStream ? ')' : '' });
  const streamSteps = isStream ? ownSteps(root) : new Set<AnyNode>();
  const methodValues = new Set<AnyNode>();

  full(root, (raw) => {
    const node = raw as AnyNode;
    if ((node.type === 'Property' || node.type === 'MethodDefinition') && node.value?.async) {
      // A method's `async` keyword sits before its key, outside the FunctionExpression node.
      const head = source.slice(node.start, node.key.start);
      const at = head.search(/\basync\b/);
      if (at >= 0) edits.push({ start: node.start + at, end: node.start + at + 5, text: '' });
      methodValues.add(node.value);
    }
    if (node.type === 'ForOfStatement' && node.await && !streamSteps.has(node)) {
      throw new TransformError(
        '`for await` is not supported in remote functions; use a plain for...of with await inside',
        node.loc.start.line,
        node.loc.start.column + 1,
      );
    }
  });

  full(root, (raw) => {
    const node = raw as AnyNode;
    const isFunction = node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
    if (isStream && node === root) {
      rewriteStreamRoot(source, node, edits);
      return;
    }
    if (streamSteps.has(node) && node.type === 'ForOfStatement') {
      // `for await (x of xs)` -> `for (x of (yield [3, xs]))`: the driver answers an iterator that awaits each value.
      for (const token of tokenizer(source.slice(0, node.left.start), PARSER_OPTIONS)) {
        if (token.start > node.start && token.type === tokTypes.name && source.slice(token.start, token.end) === 'await') {
          edits.push({ start: token.start, end: token.end, text: '' });
          break;
        }
      }
      edits.push({ start: node.right.start, end: node.right.start, text: '(yield [3, ' });
      edits.push({ start: node.right.end, end: node.right.end, text: '])' });
      return;
    }
    if (streamSteps.has(node)) {
      const kind = node.type === 'AwaitExpression' ? 0 : node.delegate ? 2 : 1;
      if (node.argument) {
        edits.push({ start: node.start, end: node.argument.start, text: `(yield [${kind}, ` });
        edits.push({ start: node.argument.end, end: node.argument.end, text: '])' });
      } else {
        edits.push({ start: node.start, end: node.end, text: `(yield [${kind}, undefined])` });
      }
      return;
    }
    if (isFunction && node.async) {
      if (node.generator) {
        throw new TransformError('async generator functions are not supported in remote functions', node.loc.start.line, node.loc.start.column + 1);
      }
      if (node === root) {
        rewriteRoot(source, node, edits);
        return;
      }
      if (!methodValues.has(node)) edits.push({ start: node.start, end: node.start + 5, text: '' });
      const invoke = node.type === 'ArrowFunctionExpression' ? '.call(this)' : '.apply(this, arguments)';
      const body = node.body as AnyNode;
      if (body.type === 'BlockStatement') {
        edits.push({ start: body.start + 1, end: body.start + 1, text: ' return __wh_async(function* () {' });
        edits.push({ start: body.end - 1, end: body.end - 1, text: `}${invoke}); ` });
      } else {
        edits.push({ start: body.start, end: body.start, text: '__wh_async(function* () { return ' });
        edits.push({ start: body.end, end: body.end, text: `; }${invoke})` });
      }
    }
    if (node.type === 'AwaitExpression') {
      edits.push({ start: node.start, end: node.argument.start, text: '(yield ' });
      edits.push({ start: node.argument.end, end: node.argument.end, text: ')' });
    }
  });

  // After every other edit, so an insertion here lands after a `)` another edit closes at the same offset.
  if (root.async && !isStream) markReturnedRows(root, edits);
  const { code, segments } = applyEdits(source, edits);
  // Parameter counts come from the validator's info (arity.ts), not from here.
  return { code, segments, isAsync: Boolean(root.async), isGenerator: isStream };
}
