import { captureCallSite, parseStackLine } from '../src/call-site';

describe('parseStackLine', () => {
  it('reads named frames', () => {
    expect(parseStackLine('    at main (/app/src/app.ts:12:7)')).toEqual({ file: '/app/src/app.ts', line: 12, column: 7 });
  });

  it('reads anonymous frames and file URLs', () => {
    expect(parseStackLine('    at /app/a.js:3:9')).toEqual({ file: '/app/a.js', line: 3, column: 9 });
    expect(parseStackLine('    at async run (file:///app/my%20dir/m.mjs:4:1)')).toEqual({ file: '/app/my dir/m.mjs', line: 4, column: 1 });
  });

  it('skips frames without a user file', () => {
    expect(parseStackLine('    at node:internal/process/task_queues:95:5')).toBeUndefined();
    expect(parseStackLine('    at Array.map (<anonymous>)')).toBeUndefined();
    expect(parseStackLine('Error: boom')).toBeUndefined();
  });
});

describe('captureCallSite', () => {
  it('returns the line that called the given SDK function', () => {
    function sdkEntry() {
      return captureCallSite(sdkEntry);
    }
    // One statement on one line: the call and the line it is expected to report.
    const [site, expectedLine] = [sdkEntry(), Number(new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1])];
    expect(site?.file).toBe(__filename);
    expect(site?.line).toBe(expectedLine);
  });
});
