/**
 * A thrown object may choose only user classes of SQLSTATE. Connection, operator-intervention,
 * resource, system and internal classes (08, 57, 53, 58, XX) become WH010 with the requested code in
 * DETAIL, so poolers and retry logic are not misled. User classes pass through.
 */
import { WH } from '../support/expectations';
import type { Case } from '../support/harness';
import type { DatabaseError } from 'pg';
import { fnCase, doJs, sqlCase } from './helpers';

// docs/protocol.md "Chosen SQLSTATEs": 00/01/02, 08, 40 (the SDK retries 40001/40P01), 53, 57, 58,
// XX and WH are reserved.
const RESERVED = [
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '08006',
  '08003',
  '53200',
  '53100',
  '58030',
  'XX000',
  'XX001',
  '40001',
  '40P01',
  'WH002',
  '00000',
  '01000',
];
const PASS = ['23505', '22012', 'P0001', '42P01', 'U0001'];
const detailHas = (code: string) => (e: DatabaseError) => expect(JSON.parse(e.detail ?? '{}').requestedCode).toBe(code);

export const cases: Case[] = [
  ...RESERVED.map((code) =>
    fnCase(`throw { code: '${code}' } becomes WH010`, `(db) => { throw { code: '${code}', message: 'chosen' }; }`, {
      code: WH.threw,
      check: detailHas(code),
    }),
  ),
  fnCase("throw { sqlerrcode: '57P01' } becomes WH010", `(db) => { throw { sqlerrcode: '57P01', message: 'chosen' }; }`, {
    code: WH.threw,
    check: detailHas('57P01'),
  }),
  fnCase("an Error with code '08006' assigned becomes WH010", `(db) => { const e = new Error('x'); e.code = '08006'; throw e; }`, {
    code: WH.threw,
    check: detailHas('08006'),
  }),
  fnCase("a lower-case 'xx000' is not an internal error either", `(db) => { throw { code: 'xx000', message: 'x' }; }`, { code: WH.threw }),
  fnCase('a malformed code is ignored (WH010)', `(db) => { throw { code: "57P01'; --", message: 'x' }; }`, { code: WH.threw }),
  fnCase('an async rejection with 57P01 becomes WH010', `async (db) => { await null; throw { code: '57P01', message: 'x' }; }`, {
    code: WH.threw,
    check: detailHas('57P01'),
  }),
  ...PASS.map((code) =>
    fnCase(`throw { code: '${code}' } passes through`, `(db) => { throw { code: '${code}', message: 'user class' }; }`, { code }),
  ),
  fnCase('a real SQL error keeps its own SQLSTATE (23505)', `async (db) => { await db.query("SELECT 1/0"); }`, { code: '22012' }),
  sqlCase('raw PL/v8 throwing 57P01 does not end the session', doJs(`throw { sqlerrcode: '57P01', message: 'fake shutdown' };`), {
    code: ['57P01', 'XX000', WH.threw],
  }),
];
