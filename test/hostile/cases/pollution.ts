/**
 * Prototype pollution across calls and roles, and cross-role contexts: whatever one call or role
 * manages to do stays out of the next call and the other role's calls.
 */
import { WH } from '../support/expectations';
import type { Case, Step, Role } from '../support/harness';
import { doJs } from './helpers';

const clean = (as?: Role): Step => ({
  as,
  fn: `(db) => [({}).polluted === undefined, [].polluted === undefined, ''.polluted === undefined, (() => 0).polluted === undefined, String({}), JSON.stringify({ a: [1] })]`,
  expect: { ok: true, value: [true, true, true, true, '[object Object]', '{"a":[1]}'] },
});
const attempt = (code: string, as?: Role): Step => ({ as, fn: `(db) => { ${code}; return 1; }`, expect: { code: [WH.validation, WH.threw] } });
const rawAttempt = (code: string, as?: Role): Step => ({
  as,
  sql: doJs(`try { ${code} } catch (e) {}`),
  expect: { contained: 'raw PL/v8 may pollute its own context' },
});

const POLLUTE = [
  `Object.prototype.polluted = 1`,
  `Array.prototype.polluted = 1`,
  `String.prototype.polluted = 1`,
  `Function.prototype.polluted = 1`,
  `Object.prototype.toString = () => 'x'`,
  `JSON.stringify = () => 'x'`,
];

export const cases: Case[] = [
  ...POLLUTE.map((p): Case => ({ name: `a remote function: ${p}, then the next call`, steps: [attempt(p), clean()] })),
  ...POLLUTE.map((p): Case => ({ name: `raw PL/v8: ${p}, then a remote call on the same connection`, steps: [clean(), rawAttempt(p), clean()] })),
  {
    name: "mallory pollutes raw PL/v8, alice's remote call on her connection is clean",
    steps: [rawAttempt(POLLUTE[0]), rawAttempt(POLLUTE[5]), clean('alice')],
  },
  {
    name: "SET ROLE within one backend: mallory's pollution is not seen by alice's calls",
    role: 'postgres',
    steps: [
      { sql: 'SET ROLE mallory', expect: { ok: true } },
      rawAttempt(POLLUTE[0], 'postgres'),
      rawAttempt(POLLUTE[4], 'postgres'),
      { sql: 'RESET ROLE; SET ROLE alice', expect: { ok: true } },
      clean('postgres'),
      { sql: 'RESET ROLE', expect: { ok: true } },
    ],
  },
  {
    name: 'a pooled app role: a polluting request, then a clean one',
    role: 'app',
    steps: [
      clean(),
      attempt(POLLUTE[0]),
      rawAttempt(POLLUTE[1]),
      {
        fn: `async (db) => { await db.query(${JSON.stringify(doJs(`try { ${POLLUTE[2]} } catch (e) {}`))}); return 1; }`,
        expect: { contained: 'raw PL/v8 via db.query' },
      },
      clean(),
    ],
  },
  {
    name: 'a function cached by one role and called by another is compiled apart (no shared closure state)',
    steps: [
      { fn: `(db) => { const s = (globalThis_counter => 0); return 1; }`, expect: { ok: true, value: 1 } },
      { as: 'alice', fn: `(db) => { const s = (globalThis_counter => 0); return 1; }`, expect: { ok: true, value: 1 } },
      clean('alice'),
    ],
  },
];
