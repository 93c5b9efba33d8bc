/** No client-callable path writes audit or statistics rows; quotas count the role that installs. */
import { FORGE_CODES, PERMISSION_DENIED } from '../support/expectations';
import type { Case } from '../support/harness';
import { sqlCase, doJs } from './helpers';

const H = 'a'.repeat(64);
const batch = (stats: object[], audit: object[] = []) => JSON.stringify({ stats, audit }).replace(/'/g, "''");

export const cases: Case[] = [
  sqlCase(
    '_flush_stats with a backdated audit row',
    `SELECT wormhole._flush_stats('${batch([], [{ at: '2001-01-01', hash: H, outcome: 'ok' }])}'::jsonb)`,
    { code: FORGE_CODES },
  ),
  sqlCase(
    '_flush_stats with negative counts',
    `SELECT wormhole._flush_stats('${batch([{ hash: H, calls: -1000, errors: -5, total_ms: -1 }])}'::jsonb)`,
    { code: FORGE_CODES },
  ),
  sqlCase(
    '_flush_stats credited to a group role',
    `SELECT wormhole._flush_stats('${batch([{ hash: H, calls: 1, errors: 0, total_ms: 1 }])}'::jsonb, 'wormhole_user')`,
    { code: FORGE_CODES },
  ),
  sqlCase(
    '_flush_stats with a 5 MB row',
    `SELECT wormhole._flush_stats(jsonb_build_object('audit', jsonb_build_array(jsonb_build_object('hash', repeat('x', 5000000), 'outcome', 'ok'))))`,
    { code: FORGE_CODES },
  ),
  sqlCase('_flush_stats through raw PL/v8', doJs(`plv8.execute("SELECT wormhole._flush_stats('{}'::jsonb)")`), { code: FORGE_CODES }),
  sqlCase(
    '_flush_stats through a remote function',
    `SELECT wormhole.call(encode(sha256(convert_to(s, 'UTF8')), 'hex'), '[]', s) FROM (VALUES ($$async (db) => db.query("SELECT wormhole._flush_stats('{}'::jsonb)")$$)) v(s)`,
    { code: FORGE_CODES },
  ),
  sqlCase("_install(src, NULL, 'wormhole_user') to a group role", `SELECT wormhole._install('(db) => 41', NULL, 'wormhole_user')`, {
    code: FORGE_CODES,
  }),
  sqlCase("_install(src, NULL, 'alice') on behalf of another role", `SELECT wormhole._install('(db) => 42', NULL, 'alice')`, { code: FORGE_CODES }),
  sqlCase("_revalidate(hash, 'alice') on behalf of another role", `SELECT wormhole._revalidate('${H}', 'alice')`, { code: FORGE_CODES }),
  ...['functions', 'call_stats', 'audit', 'policy'].flatMap((t): Case[] => [
    sqlCase(`INSERT INTO wormhole.${t}`, `INSERT INTO wormhole.${t} DEFAULT VALUES`, { code: PERMISSION_DENIED }),
    sqlCase(
      `UPDATE wormhole.${t}`,
      `UPDATE wormhole.${t} SET ${t === 'policy' ? 'max_functions_per_role = 1000000' : t === 'functions' ? "installed_by = 'alice'" : t === 'call_stats' ? 'calls = 0' : "outcome = 'ok'"}`,
      { code: PERMISSION_DENIED },
    ),
  ]),
  sqlCase('DELETE FROM wormhole.audit', 'DELETE FROM wormhole.audit', { code: PERMISSION_DENIED }),
  sqlCase('TRUNCATE wormhole.audit', 'TRUNCATE wormhole.audit', { code: PERMISSION_DENIED }),
  sqlCase('set_policy by a wormhole_user', 'SELECT wormhole.set_policy(max_functions_per_role => 100000)', { code: PERMISSION_DENIED }),
  sqlCase('nextval on the audit sequence', "SELECT nextval('wormhole.audit_id_seq')", { code: PERMISSION_DENIED }),
  {
    name: 'an install is credited to the installing role, not to one it names',
    steps: [
      { sql: `SELECT wormhole.install('(db) => 4242')`, expect: { ok: true } },
      { sql: `SELECT installed_by::text FROM wormhole.functions WHERE source = '(db) => 4242'`, expect: { ok: true, value: 'mallory' } },
    ],
  },
];
