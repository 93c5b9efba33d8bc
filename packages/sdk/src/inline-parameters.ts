/**
 * `$1, $2…` of a SQL text replaced by quoted literals, for drivers whose public API runs a SQL
 * string but takes no separate parameters (Drizzle's `tx.execute(string)`). Values are converted to
 * PostgreSQL's text form the way node-postgres converts parameters (its prepareValue), then quoted
 * with quoteLiteral (safe whatever standard_conforming_strings is). A literal without a type is
 * resolved from its context exactly like an untyped parameter, so the statement means the same.
 *
 * Placeholders inside string literals, quoted identifiers, dollar-quoted bodies and comments are
 * left alone: the text is scanned token by token, not searched.
 */
import * as pg from 'pg';
import { quoteLiteral } from './call-statement';

// node-postgres's own conversion of a parameter to text (arrays, dates, JSON, …), from its public
// `utils` export (pg is the SDK's peer dependency; @types/pg does not declare utils).
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils;

function literal(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'NULL';
  if (prepared instanceof Uint8Array) return quoteLiteral(`\\x${Buffer.from(prepared).toString('hex')}`);
  return quoteLiteral(String(prepared));
}

export function inlineParameters(text: string, values: readonly unknown[] = []): string {
  if (values.length === 0) return text;
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    let end = i + 1;
    if (c === "'") {
      // '...' with '' inside; E'...' also has backslash escapes.
      const escapes = i > 0 && /[eE]/.test(text[i - 1]) && !/[\w$]/.test(text[i - 2] ?? ' ');
      end = i + 1;
      while (end < n) {
        if (escapes && text[end] === '\\') end += 2;
        else if (text[end] === "'" && text[end + 1] === "'") end += 2;
        else if (text[end] === "'") {
          end++;
          break;
        } else end++;
      }
    } else if (c === '"') {
      end = text.indexOf('"', i + 1);
      end = end < 0 ? n : end + 1;
    } else if (c === '-' && next === '-') {
      end = text.indexOf('\n', i);
      end = end < 0 ? n : end;
    } else if (c === '/' && next === '*') {
      end = text.indexOf('*/', i + 2);
      end = end < 0 ? n : end + 2;
    } else if (c === '$') {
      const param = /^\$(\d+)/.exec(text.slice(i, i + 12));
      const tag = /^\$([A-Za-z_][\w]*)?\$/.exec(text.slice(i, i + 64));
      if (param && !/[\w$]/.test(text[i - 1] ?? ' ')) {
        const index = Number(param[1]) - 1;
        if (index < 0 || index >= values.length) throw new RangeError(`the SQL refers to $${param[1]} but ${values.length} value(s) were given`);
        out += literal(values[index]);
        i += param[0].length;
        continue;
      }
      if (tag && !/[\w$]/.test(text[i - 1] ?? ' ')) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        end = close < 0 ? n : close + tag[0].length;
      }
    }
    out += text.slice(i, end);
    i = end;
  }
  return out;
}
