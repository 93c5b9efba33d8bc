/**
 * Positions (1-based lines and columns within the function's source), code frames and the
 * human-readable block.
 */
import { formatDiagnostics, validate } from '../src';
import { only } from './helpers';

describe('positions', () => {
  test('count lines across \\n, \\r\\n, \\r and U+2028 like JavaScript does', () => {
    for (const nl of ['\n', '\r\n', '\r', '\u2028']) {
      const d = only(`(db) => {${nl}  const a = 1;${nl}  return plv8;${nl}}`, 'no-plv8');
      expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([3, 10, 3, 14]);
    }
  });

  test('columns count UTF-16 code units, like V8 stack frames', () => {
    const d = only(`(db) => '😀' + plv8`, 'no-plv8');
    expect(d.column).toBe(`(db) => '😀' + `.length + 1);
  });

  test('leading whitespace and comments are part of the source positions', () => {
    const d = only(`\n\n  // note\n  (db) => plv8`, 'no-plv8');
    expect([d.line, d.column]).toEqual([4, 11]);
  });
});

describe('code frames', () => {
  test('show up to two lines either side, mark the line and underline the problem', () => {
    const source = ['(db) => {', '  const a = 1;', '  const b = 2;', '  return eval(a);', '  // after', '  // more', '}'].join('\n');
    expect(only(source, 'no-eval').frame).toBe(
      ['  2 |   const a = 1;', '  3 |   const b = 2;', '> 4 |   return eval(a);', '    |          ^^^^', '  5 |   // after', '  6 |   // more'].join(
        '\n',
      ),
    );
  });

  test('tabs are kept so the caret lines up', () => {
    const frame = only(`(db) => {\n\treturn plv8;\n}`, 'no-plv8').frame;
    expect(frame.split('\n')[2]).toBe('    | \t       ^^^^');
  });

  test('a very long line is cut around the problem', () => {
    const source = `(db) => [${'1, '.repeat(500)}plv8]`;
    const lines = only(source, 'no-plv8').frame.split('\n');
    expect(lines[0].length).toBeLessThan(200);
    expect(lines[0]).toContain('plv8');
    expect(lines[1].indexOf('^')).toBe(lines[0].indexOf('plv8'));
  });
});

describe('formatDiagnostics', () => {
  test('lists each diagnostic with its position, message, rule and frame', () => {
    const { diagnostics } = validate(`(db) => eval(x)`);
    const text = formatDiagnostics(diagnostics);
    expect(text).toBe(
      [
        `1:9  ${diagnostics[0].message}  [no-eval]`,
        diagnostics[0].frame,
        '',
        `1:14  ${diagnostics[1].message}  [free-variable]`,
        diagnostics[1].frame,
      ].join('\n'),
    );
  });

  test('an empty list formats as an empty string', () => {
    expect(formatDiagnostics([])).toBe('');
  });
});
