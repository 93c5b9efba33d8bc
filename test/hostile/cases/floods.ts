/** Install floods hit the per-role quota (WH002) for the role that really installs; giant and deeply
 * nested sources are refused by policy (WH002) or validation (WH001). */
import { FORGE_CODES, INSTALL_QUOTA, WH } from '../support/expectations';
import type { Case } from '../support/harness';
import { sqlCase, fnCase } from './helpers';

const nested = (n: number) => `(db) => ${'['.repeat(n)}0${']'.repeat(n)}`;
const nestedFns = (n: number) => `(db) => ${'(() => '.repeat(n)}0${')'.repeat(n)}`;

export const cases: Case[] = [
  {
    name: `installing ${INSTALL_QUOTA + 5} distinct functions stops at the quota with WH002`,
    role: 'flooder',
    timeoutMs: 60_000,
    steps: [
      // Sources no other case installs: a source someone already installed is not a new install.
      {
        sql: `SELECT count(wormhole.install(format('(db) => %s /* flood */', i))) FROM generate_series(1, ${INSTALL_QUOTA - 1}) i`,
        expect: { ok: true },
      },
      { sql: `SELECT wormhole.install('(db) => ${INSTALL_QUOTA} /* flood */')`, expect: { ok: true } },
      { sql: `SELECT wormhole.install('(db) => ${INSTALL_QUOTA + 1} /* flood */')`, expect: { code: WH.policy } },
      { fn: `(db) => 'one more through call /* flood */'`, expect: { code: WH.policy } },
      // The quota cannot be dodged by crediting a group role.
      { sql: `SELECT wormhole._install('(db) => ${INSTALL_QUOTA + 2} /* flood */', NULL, 'wormhole_user')`, expect: { code: FORGE_CODES } },
      { sql: `SELECT count(*)::int FROM wormhole.functions WHERE installed_by = 'flooder'`, expect: { ok: true, value: INSTALL_QUOTA } },
      // Another role's quota is its own.
      { as: 'alice', sql: `SELECT wormhole.install('(db) => ${INSTALL_QUOTA + 3} /* flood */') IS NOT NULL`, expect: { ok: true, value: true } },
    ],
  },
  sqlCase('a source over the policy size limit', `SELECT wormhole.install('(db) => "' || repeat('x', 200000) || '"')`, { code: WH.policy }),
  sqlCase('a 10 MB source', `SELECT wormhole.install('(db) => "' || repeat('x', 10000000) || '"')`, { code: WH.policy }, { timeoutMs: 30_000 }),
  sqlCase('a source nested 10,000 arrays deep', 'SELECT wormhole.install($1)', { code: WH.validation }, { params: [nested(10_000)] }),
  sqlCase(
    'a source nested 40,000 arrow functions deep',
    'SELECT wormhole.install($1)',
    { code: [WH.validation, WH.policy] },
    { params: [nestedFns(40_000)] },
  ),
  sqlCase(
    'a source nested 30,000 parentheses deep',
    'SELECT wormhole.install($1)',
    { code: WH.validation },
    { params: [`(db) => ${'('.repeat(30_000)}0${')'.repeat(30_000)}`] },
  ),
  fnCase('a deeply nested source through wormhole.call', nested(20_000), { code: WH.validation }),
  sqlCase(
    'a source of 90,000 unary operators',
    'SELECT wormhole.install($1)',
    { code: WH.validation },
    { params: [`(db) => ${'!'.repeat(90_000)}0`] },
  ),
  sqlCase(
    'a template literal nested 5,000 deep',
    'SELECT wormhole.install($1)',
    { code: WH.validation },
    { params: [`(db) => ${'`${'.repeat(5000)}0${'}`'.repeat(5000)}`] },
  ),
];
