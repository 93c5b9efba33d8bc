/** Errors are bounded: ≤ ~20 diagnostics with "and N more", a ~8 KB message, a ~64 KB DETAIL. */
import { MAX_DETAIL_BYTES, MAX_DIAGNOSTICS, MAX_MESSAGE_BYTES, WH } from '../support/expectations';
import type { Case } from '../support/harness';
import type { DatabaseError } from 'pg';

const bounded = (e: DatabaseError) => {
  expect(Buffer.byteLength(e.message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
  expect(Buffer.byteLength(e.detail ?? '')).toBeLessThanOrEqual(MAX_DETAIL_BYTES);
  const detail = JSON.parse(e.detail ?? '{}');
  expect(Array.isArray(detail.diagnostics)).toBe(true);
  expect(detail.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS);
  expect(e.message).toMatch(/and \d+ more/);
};

// ~95 KB of violations of several rules (under the 100,000-character policy limit).
const manyViolations = (unit: string, bytes = 95_000) => `(db) => { ${unit.repeat(Math.floor(bytes / unit.length))} }`;
const install = (src: string) => ({ sql: 'SELECT wormhole.install($1)', params: [src] });

export const cases: Case[] = [
  ['free variables', 'aVeryLongFreeVariableNameThatIsNotDefinedAnywhereAtAll;'],
  ['eval calls', "eval('1');"],
  ['plv8 references', 'plv8.execute("x");'],
  ['globalThis and prototype access', 'globalThis.x = ({}).__proto__;'],
  ['long identifiers in each diagnostic', `${'q'.repeat(2000)};`],
]
  .map(([what, unit]): Case => ({
    name: `a 95 KB source full of ${what}`,
    steps: [{ ...install(manyViolations(unit)), expect: { code: WH.validation, check: bounded } }],
  }))
  .concat([
    {
      name: 'the same flood through wormhole.call (first call installs)',
      steps: [{ fn: manyViolations('undefinedThing;'), expect: { code: WH.validation, check: bounded } }],
    },
    {
      name: 'a rejected flood writes at most a bounded audit row',
      steps: [
        { ...install(manyViolations('anotherUndefinedThing;')), expect: { code: WH.validation } },
        {
          sql: `SELECT coalesce(max(length(coalesce(detail, ''))), 0) <= ${MAX_DETAIL_BYTES} AS ok FROM wormhole.audit WHERE action = 'reject'`,
          expect: { ok: true, value: true },
        },
      ],
    },
    {
      name: 'a thrown error with a 10 MB message is bounded',
      steps: [
        {
          fn: `(db) => { throw new Error('m'.repeat(10e6)); }`,
          expect: {
            code: WH.threw,
            check: (e: DatabaseError) => {
              expect(Buffer.byteLength(e.message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
              expect(Buffer.byteLength(e.detail ?? '')).toBeLessThanOrEqual(MAX_DETAIL_BYTES);
            },
          },
        },
      ],
    },
    {
      name: 'a thrown error with a huge detail and hint is bounded',
      steps: [
        {
          fn: `(db) => { throw { message: 'x', detail: 'd'.repeat(10e6), hint: 'h'.repeat(10e6) }; }`,
          expect: {
            code: WH.threw,
            check: (e: DatabaseError) => {
              expect(Buffer.byteLength(e.detail ?? '')).toBeLessThanOrEqual(MAX_DETAIL_BYTES);
              expect(Buffer.byteLength(e.hint ?? '')).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
            },
          },
        },
      ],
    },
  ]);
