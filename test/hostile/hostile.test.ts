/**
 * The hostile suite (issue 7): every case as an unprivileged role holding only wormhole_user,
 * against a throwaway cluster (support/global-setup.js). Each case asserts its exact safe outcome
 * and that the backend is usable afterwards; the last tests assert the case count and that the
 * server log shows no backend killed by a signal and no crash recovery during the whole run.
 */
import { ALL_CASES, CLASS_NAMES } from './cases';
import { clusterLog, runCase } from './support/harness';
import { MIN_CASES } from './support/expectations';
const { crashLines } = require('./support/crash-log');

// Many cases are quick; a few wait on a timeout or an allocation bomb.
jest.setTimeout(20_000);

const ONLY = process.env.WH_HOSTILE_ONLY ? new RegExp(process.env.WH_HOSTILE_ONLY, 'i') : undefined;

for (const cls of CLASS_NAMES) {
  describe(cls, () => {
    for (const c of ALL_CASES.filter((x) => x.cls === cls)) {
      const t = ONLY && !ONLY.test(`${cls} ${c.name}`) ? it.skip : c.concurrent ? it.concurrent : it;
      t(c.name, () => runCase(c), c.timeoutMs ?? 20_000);
    }
  });
}

describe('the suite as a whole', () => {
  it(`has at least ${MIN_CASES} cases (printed by class)`, () => {
    const counts = CLASS_NAMES.map((cls) => [cls, ALL_CASES.filter((c) => c.cls === cls).length] as const);
    const lines = counts.map(([cls, n]) => `  ${String(n).padStart(4)}  ${cls}`);
    console.log(`hostile cases by class:\n${lines.join('\n')}\n  ${String(ALL_CASES.length).padStart(4)}  total`);
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(MIN_CASES);
    const names = new Set(ALL_CASES.map((c) => `${c.cls}/${c.name}`));
    expect(names.size).toBe(ALL_CASES.length); // unique names, so a report names exactly one case
  });

  it('the throwaway cluster log shows no backend killed by a signal and no crash recovery', () => {
    const crashes: string[] = crashLines(clusterLog());
    expect(crashes).toEqual([]);
  });
});
