// How scripts/run-tests.mjs reads pg_prove's totals (tested by scripts/test/pg-prove-totals.test.mjs).

/**
 * Totals from pg_prove's output. "Files=N, Tests=M" counts the tests that ran; the summary report
 * has a line per failing file, "(Wstat: … Tests: R Failed: F)", and for a file that died part-way
 * "You planned P tests but ran R": its P - R tests that never ran count as failed (a dead file
 * must not shrink the total), and a file that died before its plan ("No plan found") counts one.
 */
export function countPgProve(out, status) {
  const ran = Number((out.match(/^Files=\d+, Tests=(\d+)/m) ?? [])[1] ?? 0);
  let failedRan = 0;
  for (const m of out.matchAll(/\(Wstat: [^)]*Tests: \d+ Failed: (\d+)\)/g)) failedRan += Number(m[1]);
  let unrun = 0;
  for (const m of out.matchAll(/You planned (\d+) tests? but ran (\d+)/g)) unrun += Math.max(1, Number(m[1]) - Number(m[2]));
  const noPlan = [...out.matchAll(/No plan found/g)].length;
  let failed = failedRan + unrun + noPlan;
  if (status !== 0 && failed === 0) failed = 1;
  return { passed: Math.max(0, ran - failedRan), failed };
}
