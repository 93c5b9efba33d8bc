/**
 * All user JavaScript runs under the watchdog: the call, getters, toString/valueOf/toJSON during
 * result and error conversion, and the error description. statement_timeout, pg_cancel_backend and
 * pg_terminate_backend take effect within a bound.
 */
import { CANCELED, TERMINATED, TIMEOUT_MS, TIMEOUT_SLACK_MS, WH } from '../support/expectations';
import type { Case } from '../support/harness';
import { timeoutFn, timeoutSql, spin, doJs } from './helpers';

const S = spin();
export const cases: Case[] = [
  timeoutFn('a plain loop', `(db) => ${S}`),
  timeoutFn(
    'message getter of a thrown object thrown from a result getter',
    `(db) => { const bomb = { get message() { ${S} return 'x'; } }; return { get a() { throw bomb; } }; }`,
  ),
  timeoutFn('message getter of a thrown object', `(db) => { throw { get message() { ${S} return 'x'; } }; }`),
  timeoutFn('name getter of a thrown object', `(db) => { throw { message: 'm', get name() { ${S} return 'E'; } }; }`, undefined, [WH.threw]),
  timeoutFn('code getter of a thrown object', `(db) => { throw { message: 'm', get code() { ${S} return '22000'; } }; }`, undefined, [WH.threw]),
  timeoutFn('sqlerrcode getter of a thrown object', `(db) => { throw { message: 'm', get sqlerrcode() { ${S} return '22000'; } }; }`, undefined, [
    WH.threw,
  ]),
  timeoutFn('stack getter of a thrown object', `(db) => { throw { message: 'm', get stack() { ${S} return ''; } }; }`, undefined, [WH.threw]),
  timeoutFn(
    'detail/hint getters of a thrown object',
    `(db) => { throw { message: 'm', get detail() { ${S} return ''; }, get hint() { ${S} return ''; } }; }`,
    undefined,
    [WH.threw],
  ),
  timeoutFn('toString of a thrown non-error', `(db) => { throw { toString() { ${S} return 'x'; } }; }`),
  timeoutFn('a result getter', `(db) => ({ get a() { ${S} return 1; } })`, undefined, [WH.badResult]),
  timeoutFn('toJSON of a result', `(db) => ({ toJSON() { ${S} return 1; } })`, undefined, [WH.badResult]),
  timeoutFn('valueOf of a result', `(db) => ({ a: { valueOf() { ${S} return 1; } } })`, undefined, [WH.badResult]),
  timeoutFn('toString of a result key', `(db) => [{ toString() { ${S} return 'x'; } }]`, undefined, [WH.badResult]),
  timeoutFn('a Proxy result', `(db) => new Proxy({}, { ownKeys() { ${S} return []; } })`, undefined, [WH.badResult]),
  timeoutFn('a rejected promise with a message getter', `async (db) => { await null; throw { get message() { ${S} return 'x'; } }; }`),
  timeoutFn('a thenable result', `async (db) => ({ then(r) { ${S} r(1); } })`),
  timeoutFn(
    'an array result with a getter element',
    `(db) => { const a = [1]; Object.defineProperty(a, 0, { get() { ${S} return 1; }, enumerable: true }); return a; }`,
    undefined,
    [WH.badResult],
  ),
  timeoutFn('a regular expression with catastrophic backtracking', `(db) => /^(a+)+$/.test('a'.repeat(40) + '!')`),
  timeoutFn('a loop inside a SQL argument conversion', `async (db) => db.query('SELECT $1::text', [{ toString() { ${S} return 'x'; } }])`),
  timeoutSql('raw PL/v8: message getter of a thrown object', doJs(`throw { get message() { ${S} return 'x'; } };`)),
  timeoutSql('raw PL/v8: a plain loop', doJs(S)),
  timeoutSql(
    'raw PL/v8: toString of a returned value',
    `CREATE FUNCTION pg_temp.slow_text() RETURNS text LANGUAGE plv8 AS $$ return { toString() { ${S} return 'x'; } }; $$; SELECT pg_temp.slow_text()`,
  ),
  ...(['cancel', 'terminate'] as const).flatMap((how) =>
    [
      // Bounded at 8 s, so a missed signal costs seconds, not a core for the rest of the run.
      { fn: `(db) => ${spin(8000)}`, label: 'a long loop' },
      { fn: `(db) => { throw { get message() { ${spin(8000)} return 'x'; } }; }`, label: 'a long message getter' },
    ].map(({ fn, label }): Case => ({
      name: `pg_${how === 'cancel' ? 'cancel' : 'terminate'}_backend from a second connection stops ${label}`,
      timeoutMs: 15_000,
      run: async (ctx) => {
        const pid = await ctx.pid('mallory');
        // mallory may signal her own backends (same role), as any pooled app can.
        const stopper = setTimeout(() => {
          void ctx.client('mallory', 'second').then((c) => c.query(`SELECT pg_${how === 'cancel' ? 'cancel' : 'terminate'}_backend($1)`, [pid]));
        }, 300);
        const started = Date.now();
        try {
          if (how === 'cancel') {
            await ctx.step({ fn, expect: { code: CANCELED, withinMs: 300 + TIMEOUT_SLACK_MS } });
          } else {
            await ctx.step({ fn, expect: { fatal: TERMINATED, withinMs: 300 + TIMEOUT_SLACK_MS } });
          }
        } finally {
          clearTimeout(stopper);
        }
        expect(Date.now() - started).toBeLessThan(300 + TIMEOUT_SLACK_MS + TIMEOUT_MS);
      },
    })),
  ),
];
