/**
 * Parsing the source as exactly one function expression. acorn's parseExpressionAt parses the
 * source in place (no wrapper), so node offsets are offsets into the user's own source; what
 * follows the expression may only be whitespace, comments and one semicolon.
 */
import { Parser, tokenizer, tokTypes, type AnyNode, type Options, type ArrowFunctionExpression, type FunctionExpression } from 'acorn';
import { PARSER_OPTIONS } from '@wormhole/protocol';
import type { Reporter } from './diagnostics';

export type RootFunction = ArrowFunctionExpression | FunctionExpression;

/** The same options as the installer's rewrite (@wormhole/protocol's parser.ts says why these). */
const OPTIONS: Options = PARSER_OPTIONS;

interface AcornSyntaxError extends SyntaxError {
  pos: number;
  raisedAt?: number;
}

function isAcornError(e: unknown): e is AcornSyntaxError {
  return e instanceof SyntaxError && typeof (e as AcornSyntaxError).pos === 'number';
}

/** acorn appends " (line:column)" to messages; diagnostics carry the position separately. */
function acornMessage(e: AcornSyntaxError): string {
  return e.message.replace(/ \(\d+:\d+\)$/, '');
}

/**
 * acorn with strict mode forced on. Remote functions run as strict code (the runtime wraps them
 * in 'use strict'), so code that is only valid sloppy (octal literals, duplicate parameters…)
 * must be refused here rather than fail at install.
 */
const StrictParser = Parser.extend(
  (Base) =>
    class extends Base {
      constructor(options: Options, input: string, startPos?: number) {
        super(options, input, startPos);
        (this as unknown as { strict: boolean }).strict = true;
      }
    },
);

/** A stack overflow inside acorn: acorn reports it as a SyntaxError of its own, V8 as a RangeError. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError || (isAcornError(e) && /not enough stack/i.test(e.message));
}

const DEPTH_HINT = 'the code is nested too deeply to parse; flatten it (fewer nested expressions or blocks)';

/** The offset of the first token after `end` that is not a single trailing semicolon, or -1. */
export function trailingCodeAt(source: string, end: number): number {
  let semicolons = 0;
  try {
    const tokens = tokenizer(source.slice(end), OPTIONS);
    for (const token of tokens) {
      if (token.type === tokTypes.semi && semicolons === 0) {
        semicolons++;
        continue;
      }
      return end + token.start;
    }
  } catch (e) {
    return end + (isAcornError(e) ? e.pos : 0);
  }
  return -1;
}

/**
 * `foo(db) { … }` is what Function.prototype.toString gives for an object or class method; it is
 * not an expression on its own, but it is a valid method in an object literal.
 */
function looksLikeMethod(source: string): boolean {
  try {
    const object = Parser.parseExpressionAt(`({${source}\n})`, 0, OPTIONS);
    return (
      object.type === 'ObjectExpression' &&
      object.properties.length === 1 &&
      object.properties[0].type === 'Property' &&
      (object.properties[0].method || object.properties[0].kind !== 'init')
    );
  } catch {
    return false;
  }
}

/** What Function.prototype.toString gives for bound and built-in functions. */
const NATIVE_CODE = /\{\s*\[native code\]\s*\}\s*$/;

const METHOD_MESSAGE =
  'this is method shorthand (`name(db) { … }`), which is how object and class methods print; ' +
  'define the remote function as an arrow or function expression instead: `async (db) => { … }` or `async function (db) { … }`';

function describeNode(node: AnyNode): string {
  switch (node.type) {
    case 'ClassExpression':
      return 'a class';
    case 'ObjectExpression':
      return 'an object literal';
    case 'SequenceExpression':
      return 'several expressions separated by commas';
    case 'Identifier':
      return `the name \`${node.name}\``;
    case 'CallExpression':
      return 'a call';
    case 'Literal':
      return 'a literal value';
    default:
      return `an expression (${node.type})`;
  }
}

/**
 * Parses `source` as one function; reports why not otherwise. Returns undefined when the
 * source cannot be analysed further.
 */
export function parseFunction(source: string, reporter: Reporter): RootFunction | undefined {
  if (source.trim() === '') {
    reporter.report('single-function', 'the source is empty; pass the function itself, e.g. wh.remote(async (db) => { … })', { start: 0, end: 0 });
    return undefined;
  }
  if (NATIVE_CODE.test(source)) {
    reporter.report(
      'single-function',
      'this is a bound or built-in function: its source reads `[native code]`, so there is nothing to send; ' +
        'pass the original arrow or function expression (not fn.bind(…) or a built-in), and pass bound values as arguments',
      { start: 0, end: source.length },
    );
    return undefined;
  }
  let node: AnyNode;
  try {
    node = Parser.parseExpressionAt(source, 0, OPTIONS) as AnyNode;
  } catch (e) {
    if (isStackOverflow(e)) {
      reporter.report('max-depth', DEPTH_HINT, { start: isAcornError(e) ? e.pos : 0, end: isAcornError(e) ? e.pos + 1 : 0 });
    } else if (looksLikeMethod(source)) {
      reporter.report('single-function', METHOD_MESSAGE, { start: 0, end: source.search(/\(|$/) });
    } else if (isAcornError(e)) {
      reporter.report('syntax', `syntax error: ${acornMessage(e)}; the source must be one valid JavaScript function`, {
        start: e.pos,
        end: e.pos + 1,
      });
    } else {
      throw e;
    }
    return undefined;
  }
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') {
    if (looksLikeMethod(source)) {
      reporter.report('single-function', METHOD_MESSAGE, { start: node.start, end: node.end });
    } else {
      reporter.report(
        'single-function',
        `the source must be a single function (arrow, function expression or their async forms), but it is ${describeNode(node)}; ` +
          'pass the function itself, e.g. wh.remote(async (db) => { … })',
        { start: node.start, end: node.end },
      );
    }
    return undefined;
  }
  const extra = trailingCodeAt(source, node.end);
  if (extra >= 0) {
    const message = looksLikeMethod(source)
      ? METHOD_MESSAGE
      : 'unexpected code after the function: the source must be exactly one function (only whitespace, comments and one `;` may follow it); ' +
        'move other statements inside the function body';
    reporter.report('single-function', message, { start: extra, end: Math.max(extra + 1, source.trimEnd().length) });
    return undefined;
  }
  return node;
}

/**
 * Reports code that parses as sloppy JavaScript but not as strict code, unless another rule
 * already reported something at that place (`with` is reported by its own rule).
 */
export function checkStrictMode(source: string, reporter: Reporter): void {
  try {
    StrictParser.parseExpressionAt(source, 0, OPTIONS);
  } catch (e) {
    // The sloppy parse of the same text succeeded, so running out of stack now says nothing.
    if (isStackOverflow(e)) return;
    if (!isAcornError(e)) throw e;
    if (reporter.hasAt(e.pos)) return;
    reporter.report(
      'strict-mode',
      `${acornMessage(e)}: remote functions run as strict-mode code, where this is not allowed; rewrite it the strict way`,
      { start: e.pos, end: e.pos + 1 },
    );
  }
}
