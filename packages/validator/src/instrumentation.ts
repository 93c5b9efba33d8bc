/**
 * Removing known, harmless instrumentation that build tools weave into a function, so that code
 * built by tsx, esbuild --keep-names or a coverage run (Istanbul) can still be sent:
 *
 *   - esbuild's keepNames (always on under tsx): `__name(expr, "name")` → `expr`; the statements
 *     `__name(fn, "fn");` and class blocks `static { __name(this, "C"); }` are dropped. They only
 *     set `.name`, which nothing on the server relies on.
 *   - Istanbul counters (jest --coverage with ts-jest or babel-jest, nyc, vitest's istanbul
 *     provider): statements `cov_x().s[0]++;` are dropped and `(cov_x().b[1][0]++, expr)` becomes
 *     `expr`. They only count; the counts are the client's and cannot travel anyway.
 *
 * This is an AST transform, not a text search: the source is parsed with acorn, a call counts as
 * instrumentation only when its callee is a *free* name of that form (the validator's own scope
 * walk decides, so a local `__name` or `cov_x` is left alone) and when its shape is exactly the
 * tool's, and the edits are made at node boundaries. Whatever is returned goes through validate()
 * again; anything the transform does not recognise stays and is reported by the ordinary rules.
 */
import { Parser, type AnyNode, type Comment, type Identifier, type Options } from 'acorn';
import { forEachChild } from './children';
import type { RootFunction } from './parse';
import { walkFunction } from './walk';

export type InstrumentationKind = 'keep-names' | 'coverage';

export interface StripResult {
  /** The source without the instrumentation (the input itself when there was none). */
  source: string;
  /** Which kinds were found and removed. */
  removed: InstrumentationKind[];
  /** An offset in `source` → the offset of the same character in the input, for messages. */
  toOriginal(offset: number): number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const OPTIONS: Options = { ecmaVersion: 'latest', sourceType: 'script', allowImportExportEverywhere: true };
const KEEP_NAMES = '__name';
/** Istanbul names its per-file counter function cov_<hash>; the hash is base-36. */
const COVERAGE = /^cov_[0-9a-z]+$/;
const PURE_COMMENT = /^\s*[@#]__PURE__\s*$/;

const unchanged = (source: string): StripResult => ({ source, removed: [], toOriginal: (o) => o });

export function stripInstrumentation(source: string): StripResult {
  // Cheap exit for the common case: without the names, there is nothing to look for.
  if (!source.includes(KEEP_NAMES) && !source.includes('cov_')) return unchanged(source);
  const comments: Comment[] = [];
  let root: AnyNode;
  try {
    root = Parser.parseExpressionAt(source, 0, { ...OPTIONS, onComment: comments }) as AnyNode;
  } catch {
    return unchanged(source); // validate() explains syntax errors
  }
  if (root.type !== 'ArrowFunctionExpression' && root.type !== 'FunctionExpression') return unchanged(source);

  const free = new Set<Identifier>();
  try {
    walkFunction(root as RootFunction, {
      node() {},
      globalReference(id, _ctx, write) {
        if (!write && (id.name === KEEP_NAMES || COVERAGE.test(id.name))) free.add(id);
      },
    });
  } catch {
    return unchanged(source); // too deep for the stack: validate() reports it
  }
  if (free.size === 0) return unchanged(source);

  const edits: Edit[] = [];
  const removed = new Set<InstrumentationKind>();
  const isFree = (n: AnyNode | null | undefined, test: (name: string) => boolean): boolean =>
    !!n && n.type === 'Identifier' && free.has(n) && test(n.name);

  /** `__name(x, "x")`: the keepNames wrapper, exactly as esbuild emits it. */
  const keepNamesCall = (n: AnyNode): n is Extract<AnyNode, { type: 'CallExpression' }> =>
    n.type === 'CallExpression' &&
    isFree(n.callee, (s) => s === KEEP_NAMES) &&
    n.arguments.length === 2 &&
    n.arguments[0].type !== 'SpreadElement' &&
    n.arguments[1].type === 'Literal' &&
    typeof n.arguments[1].value === 'string';

  /** `cov_x().s[3]++`, `cov_x().f[0]++`, `cov_x().b[1][0]++`: an Istanbul counter. */
  const counter = (n: AnyNode): boolean => {
    if (n.type !== 'UpdateExpression' || n.operator !== '++') return false;
    let target: AnyNode = n.argument;
    while (target.type === 'MemberExpression') target = target.object;
    return target.type === 'CallExpression' && target.arguments.length === 0 && isFree(target.callee, (s) => COVERAGE.test(s));
  };
  const counters = (n: AnyNode): boolean => counter(n) || (n.type === 'SequenceExpression' && n.expressions.every(counter));

  /** Removes a whole statement, with its line when it stands alone on it (so the text stays tidy). */
  const dropStatement = (n: AnyNode): void => {
    let start = n.start;
    let end = n.end;
    let s = start;
    while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
    let e = end;
    while (e < source.length && (source[e] === ' ' || source[e] === '\t')) e++;
    if ((s === 0 || source[s - 1] === '\n') && source[e] === '\n') {
      start = s;
      end = e + 1;
    }
    edits.push({ start, end, text: '' });
  };

  const visit = (n: AnyNode): void => {
    if (n.type === 'ExpressionStatement') {
      if (counters(n.expression)) {
        removed.add('coverage');
        dropStatement(n);
        return;
      }
      const e = n.expression;
      if (keepNamesCall(e) && (e.arguments[0].type === 'Identifier' || e.arguments[0].type === 'ThisExpression')) {
        removed.add('keep-names');
        dropStatement(n);
        return;
      }
    }
    if (
      n.type === 'StaticBlock' &&
      n.body.length === 1 &&
      n.body[0].type === 'ExpressionStatement' &&
      keepNamesCall(n.body[0].expression) &&
      n.body[0].expression.arguments[0].type === 'ThisExpression'
    ) {
      removed.add('keep-names');
      dropStatement(n);
      return;
    }
    if (keepNamesCall(n)) {
      removed.add('keep-names');
      const inner = n.arguments[0] as AnyNode;
      const pure = comments.find((c) => c.type === 'Block' && PURE_COMMENT.test(c.value) && source.slice(c.end, n.start).trim() === '');
      edits.push({ start: pure ? pure.start : n.start, end: inner.start, text: '' });
      edits.push({ start: inner.end, end: n.end, text: '' });
      visit(inner);
      return;
    }
    if (n.type === 'SequenceExpression' && n.expressions.length > 1 && counter(n.expressions[0])) {
      const rest = n.expressions.filter((x) => !counter(x));
      if (rest.length > 0) {
        removed.add('coverage');
        edits.push({ start: n.start, end: rest[0].start, text: '' });
        // Counters between or after the remaining expressions are rare; drop them one by one.
        for (let i = 1; i < rest.length; i++) {
          const between = n.expressions.slice(n.expressions.indexOf(rest[i - 1]) + 1, n.expressions.indexOf(rest[i]));
          if (between.length > 0) edits.push({ start: rest[i - 1].end, end: between[between.length - 1].end, text: '' });
        }
        const last = rest[rest.length - 1];
        if (last.end < n.end) edits.push({ start: last.end, end: n.end, text: '' });
        for (const x of rest) visit(x);
        return;
      }
    }
    forEachChild(n, visit);
  };
  visit(root);
  if (edits.length === 0) return unchanged(source);
  return applyEdits(source, edits, [...removed]);
}

function applyEdits(source: string, edits: Edit[], removed: InstrumentationKind[]): StripResult {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  // [output offset, input offset] at the start of each kept stretch, for toOriginal.
  const marks: Array<[number, number]> = [];
  for (const e of edits) {
    if (e.start < at) continue; // nested in an edit already made
    marks.push([out.length, at]);
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  marks.push([out.length, at]);
  out += source.slice(at);
  return {
    source: out,
    removed,
    toOriginal(offset: number): number {
      let mark = marks[0];
      for (const m of marks) {
        if (m[0] > offset) break;
        mark = m;
      }
      return mark[1] + (offset - mark[0]);
    },
  };
}
