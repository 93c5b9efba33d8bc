/**
 * Checks that run before parsing. acorn's parser is recursive, so a source with 100,000 nested
 * brackets would overflow the stack inside it; the tokenizer is not recursive, so counting bracket
 * depth with it is a cheap and safe way to refuse such input first.
 */
import { tokenizer, tokTypes, type TokenType } from 'acorn';
import type { Reporter } from './diagnostics';
import type { Policy } from './policy';

const OPENERS: ReadonlySet<TokenType> = new Set([tokTypes.parenL, tokTypes.bracketL, tokTypes.braceL, tokTypes.dollarBraceL]);
const CLOSERS: ReadonlySet<TokenType> = new Set([tokTypes.parenR, tokTypes.bracketR, tokTypes.braceR]);

/** Returns false if parsing must not be attempted. */
export function prescan(source: string, policy: Policy, reporter: Reporter): boolean {
  if (source.length > policy.maxSourceLength) {
    reporter.report(
      'max-source-length',
      `the function is ${source.length} characters long; the limit is ${policy.maxSourceLength} (policy.maxSourceLength). ` +
        'Move data out of the source into arguments, or split the function.',
      { start: 0, end: 0 },
    );
    return false;
  }
  let depth = 0;
  try {
    for (const token of tokenizer(source, { ecmaVersion: 'latest' })) {
      if (OPENERS.has(token.type)) {
        depth++;
        if (depth > policy.maxDepth) {
          reporter.report(
            'max-depth',
            `brackets are nested more than ${policy.maxDepth} levels deep here (policy.maxDepth); ` +
              'flatten the code (early returns, helper functions, data in arguments).',
            { start: token.start, end: token.end },
          );
          return false;
        }
      } else if (CLOSERS.has(token.type)) {
        depth = Math.max(0, depth - 1);
      }
    }
  } catch {
    // A tokenizing error (unterminated string…) is a syntax error; the parser reports it precisely.
  }
  return true;
}
