import { codeFrame } from '../src/code-frame';

const source = ['async (db, a) => {', '  const x = 1;', '  if (a) throw new Error("no");', '  return x;', '}'].join('\n');

describe('codeFrame', () => {
  it('marks the line with > and the column with ^', () => {
    expect(codeFrame(source, 3, 10)).toBe(
      [
        '  1 | async (db, a) => {',
        '  2 |   const x = 1;',
        '> 3 |   if (a) throw new Error("no");',
        '    |          ^',
        '  4 |   return x;',
        '  5 | }',
      ].join('\n'),
    );
  });

  it('numbers lines from firstLine and prints a title', () => {
    const frame = codeFrame(source, 11, 1, { firstLine: 10, context: 0, title: 'app.ts:11:1' });
    expect(frame).toBe(['app.ts:11:1', '> 11 |   const x = 1;', '     | ^'].join('\n'));
  });

  it('keeps tabs so the caret lines up', () => {
    expect(codeFrame('\tfoo()', 1, 2, { context: 0 })).toBe('> 1 | \tfoo()\n    | \t^');
  });

  it('returns only the title when the line is out of range', () => {
    expect(codeFrame(source, 99, 1, { title: 't' })).toBe('t');
  });
});
