/** SQL injection through names, hashes and arguments: everything is a parameter or refused cleanly. */
import { WH } from '../support/expectations';
import type { Case } from '../support/harness';
import { sqlCase, fnCase } from './helpers';
import { sha256 } from '../support/harness';

const SRC = '(db, x) => x';
const canary: Case['steps'] = [{ sql: 'SELECT count(*)::int FROM app_data', expect: { ok: true, value: 1 } }];

export const cases: Case[] = [
  sqlCase('a hash with quotes', `SELECT wormhole.call($1, '[]')`, { ok: true, value: null }, { params: ["' OR 1=1; DROP TABLE app_data; --"], steps: [] }),
  sqlCase('a hash with quotes and a source (mismatch)', `SELECT wormhole.call($1, '[]', $2)`, { code: WH.hashMismatch }, { params: ["'; DROP TABLE app_data; --", SRC] }),
  sqlCase('an upper-case hash of the right source', `SELECT wormhole.call($1, '[1]', $2)`, { code: WH.hashMismatch }, { params: [sha256(SRC).toUpperCase(), SRC] }),
  sqlCase('a 1 MB hash', `SELECT wormhole.call(repeat('a', 1000000), '[]')`, { ok: true, value: null }),
  sqlCase('a NULL hash', `SELECT wormhole.call(NULL, '[]', $1)`, { code: [WH.hashMismatch, WH.badArguments, '22004', '39004'] }, { params: [SRC] }),
  sqlCase("a name with '; DROP", `SELECT wormhole.install($1, $2) IS NOT NULL`, { ok: true, value: true }, { params: ['(db) => "named"', "x'; DROP TABLE app_data; --"] }),
  sqlCase('a name with a NUL-like escape and 100 KB', `SELECT wormhole.install('(db) => "bigname"', repeat('n', 100000)) IS NOT NULL`, { code: [WH.policy, WH.validation, '22001'] }),
  sqlCase('a source that is SQL', `SELECT wormhole.install($1)`, { code: WH.validation }, { params: ["'); DROP TABLE app_data; --"] }),
  sqlCase('a source with a dollar-quote terminator', `SELECT wormhole.install($1)`, { code: WH.validation }, { params: ['(db) => 1 $$; DROP TABLE app_data; $$'] }),
  fnCase('args that are not wire format (SQL)', SRC, { code: WH.badArguments }, { args: "'); DROP TABLE app_data; --" }),
  fnCase('args that are an object, not an array', SRC, { code: WH.badArguments }, { args: '{"a":1}' }),
  fnCase('args with trailing garbage', SRC, { code: WH.badArguments }, { args: '[1] ; DROP TABLE app_data' }),
  fnCase('args of the wrong count', SRC, { code: WH.badArguments }, { args: '[1, 2, 3]' }),
  fnCase('args with an unknown tag shape', SRC, { ok: true, value: { $date: 'not a date' } }, { args: '[{"$esc":{"$date":"not a date"}}]' }),
  fnCase('args with a bad $big tag', SRC, { code: WH.badArguments }, { args: '[{"$big":"1; DROP TABLE app_data"}]' }),
  fnCase('args with a bad $bytes tag', SRC, { code: WH.badArguments }, { args: '[{"$bytes":"!!!not base64"}]' }),
  fnCase('args with a lone surrogate and NUL escape', SRC, { ok: true }, { args: '["\\ud800\\u0000"]' }),
  fnCase('a string argument that is SQL is only ever a parameter', `async (db, s) => db.queryValue('SELECT $1::text', [s])`, { ok: true, value: "x'); DROP TABLE app_data; --" }, { args: JSON.stringify(["x'); DROP TABLE app_data; --"]) }),
  fnCase('a __proto__ key in args does not pollute', `(db, o) => [({}).polluted === undefined, Object.keys(o)]`, { ok: true, value: [true, ['__proto__']] }, { args: '[{"__proto__":{"polluted":1}}]' }),
  fnCase('a constructor.prototype key in args does not pollute', `(db, o) => ({}).polluted === undefined`, { ok: true, value: true }, { args: '[{"constructor":{"prototype":{"polluted":1}}}]' }),
  { name: 'after all injections, app_data is intact', steps: canary },
];
