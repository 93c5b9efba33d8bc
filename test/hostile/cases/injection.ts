/** SQL injection through names, hashes and arguments: everything is a parameter or refused cleanly. */
import { WH } from '../support/expectations';
import type { Case } from '../support/harness';
import { sqlCase, fnCase } from './helpers';
import { sha256 } from '../support/harness';

const SRC = '(db, x) => x';
const canary: Case['steps'] = [{ sql: 'SELECT count(*)::int FROM app_data', expect: { ok: true, value: 1 } }];

export const cases: Case[] = [
  // A hash that is not 64 lower-case hex digits is a bad argument (WH004); a well-formed hash of
  // another source is a mismatch (WH003); a well-formed unknown hash alone is SQL NULL (not installed).
  sqlCase('a hash with quotes', `SELECT wormhole.call($1, '[]')`, { code: WH.badArguments }, { params: ["' OR 1=1; DROP TABLE app_data; --"] }),
  sqlCase(
    'a hash with quotes and a source',
    `SELECT wormhole.call($1, '[]', $2)`,
    { code: [WH.badArguments, WH.hashMismatch] },
    { params: ["'; DROP TABLE app_data; --", SRC] },
  ),
  sqlCase(
    'an upper-case hash of the right source',
    `SELECT wormhole.call($1, '[1]', $2)`,
    { code: [WH.badArguments, WH.hashMismatch] },
    { params: [sha256(SRC).toUpperCase(), SRC] },
  ),
  sqlCase('a 1 MB hash', `SELECT wormhole.call(repeat('a', 1000000), '[]')`, { code: WH.badArguments }),
  sqlCase(
    'a well-formed hash of another source',
    `SELECT wormhole.call($1, '[1]', $2)`,
    { code: WH.hashMismatch },
    { params: [sha256('(db) => 0'), SRC] },
  ),
  sqlCase(
    'a well-formed unknown hash alone is NULL (nothing ran)',
    `SELECT wormhole.call($1, '[]')`,
    { ok: true, value: null },
    { params: ['f'.repeat(64)] },
  ),
  sqlCase('a NULL hash', `SELECT wormhole.call(NULL, '[]', $1)`, { code: [WH.hashMismatch, WH.badArguments, '22004', '39004'] }, { params: [SRC] }),
  sqlCase(
    "a name with '; DROP",
    `SELECT wormhole.install($1, $2) IS NOT NULL`,
    { ok: true, value: true },
    { params: ['(db) => "named"', "x'; DROP TABLE app_data; --"] },
  ),
  sqlCase('a 100 KB name is stored as data or refused', `SELECT wormhole.install('(db) => "bigname"', repeat('n', 100000)) IS NOT NULL`, {
    okOrCode: [WH.policy, WH.validation, '22001'],
  }),
  sqlCase('a source that is SQL', `SELECT wormhole.install($1)`, { code: WH.validation }, { params: ["'); DROP TABLE app_data; --"] }),
  sqlCase(
    'a source with a dollar-quote terminator',
    `SELECT wormhole.install($1)`,
    { code: WH.validation },
    { params: ['(db) => 1 $$; DROP TABLE app_data; $$'] },
  ),
  fnCase('args that are not wire format (SQL)', SRC, { code: WH.badArguments }, { args: "'); DROP TABLE app_data; --" }),
  fnCase('args that are an object, not an array', SRC, { code: WH.badArguments }, { args: '{"a":1}' }),
  fnCase('args with trailing garbage', SRC, { code: WH.badArguments }, { args: '[1] ; DROP TABLE app_data' }),
  fnCase('args of the wrong count', SRC, { code: WH.badArguments }, { args: '[1, 2, 3]' }),
  fnCase(
    'an escaped tag comes back escaped (data, not a Date)',
    SRC,
    { ok: true, value: { $esc: { $date: 'not a date' } } },
    { args: '[{"$esc":{"$date":"not a date"}}]' },
  ),
  fnCase('args with a bad $big tag', SRC, { code: WH.badArguments }, { args: '[{"$big":"1; DROP TABLE app_data"}]' }),
  fnCase('args with a bad $bytes tag', SRC, { code: WH.badArguments }, { args: '[{"$bytes":"!!!not base64"}]' }),
  fnCase('args with a lone surrogate and NUL escape', SRC, { ok: true }, { args: '["\\ud800\\u0000"]' }),
  fnCase(
    'a string argument that is SQL is only ever a parameter',
    `async (db, s) => db.queryValue('SELECT $1::text', [s])`,
    { ok: true, value: "x'); DROP TABLE app_data; --" },
    { args: JSON.stringify(["x'); DROP TABLE app_data; --"]) },
  ),
  fnCase(
    'a __proto__ key in args does not pollute',
    `(db, o) => [({}).polluted === undefined, Object.keys(o)]`,
    { ok: true, value: [true, ['__proto__']] },
    { args: '[{"__proto__":{"polluted":1}}]' },
  ),
  fnCase(
    'a constructor.prototype key in args does not pollute',
    `(db, o) => ({}).polluted === undefined`,
    { ok: true, value: true },
    { args: '[{"constructor":{"prototype":{"polluted":1}}}]' },
  ),
  { name: 'after all injections, app_data is intact', steps: canary },
];
