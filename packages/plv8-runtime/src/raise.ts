/**
 * The value the runtime and the installer throw to make PL/v8 raise an ERROR with a chosen
 * SQLSTATE, MESSAGE, DETAIL and HINT — one shape that both engines read:
 *   - plv8-compat reads `sqlerrcode` (the five-character SQLSTATE), `message`, `detail`, `hint`
 *     and the object fields (`schema_name`, `table_name`…) off a thrown object;
 *   - upstream PL/v8 (3.2) reads `code` as PostgreSQL's packed integer SQLSTATE, `detail` and
 *     `hint`, and takes the MESSAGE from the value's toString(), dropping a leading "Error: ". A
 *     plain object would read "[object Object]" with XX000 there, so the value is an Error there.
 * No SPI round trip. Upstream cannot raise the object fields at all: wormhole.call returns errors as
 * data to a PL/pgSQL wrapper there (raisedFieldsOf below, extension/sql).
 */
import { OBJECT_FIELDS } from '@wormhole/protocol';
import { engine } from './engine';

/** PostgreSQL's MAKE_SQLSTATE (utils/elog.h): five characters, six bits each, first character lowest. */
export function packSqlState(sqlstate: string): number {
  let packed = 0;
  for (let i = 4; i >= 0; i--) packed = packed * 64 + ((sqlstate.charCodeAt(i) - 48) & 0x3f);
  return packed;
}

export interface RaisedFields {
  sqlerrcode: string;
  message: string;
  detail?: string;
  hint?: string;
}

/**
 * The value to throw for `fields` (plus any object fields such as `constraint_name`): on upstream an
 * Error (its toString() is the MESSAGE there), on plv8-compat a plain object, which it reads alike
 * and which skips the Error's stack capture (measured a few µs of the ~30 µs an error costs there).
 */
export function raisable(fields: RaisedFields, extra?: Record<string, unknown>): object {
  const error = (engine().kind === 'upstream' ? new Error(fields.message) : { message: fields.message }) as Record<string, unknown>;
  error.sqlerrcode = fields.sqlerrcode;
  error.code = packSqlState(fields.sqlerrcode);
  if (fields.detail !== undefined) error.detail = fields.detail;
  if (fields.hint !== undefined) error.hint = fields.hint;
  if (extra !== undefined) Object.assign(error, extra);
  return error;
}

/** The names PostgreSQL's object fields have on an error PL/v8 made from a PostgreSQL error. */
const OBJECT_FIELD_NAMES = Object.values(OBJECT_FIELDS);

/**
 * The fields to raise for `error` as data (the PL/pgSQL wrapper on upstream raises them:
 * wormhole._raise), or null for a value that is not an error with a SQLSTATE (thrown on as it is).
 * Only string fields are kept: the wrapper tells an absent field from a present one by its key.
 */
export function raisedFieldsOf(error: unknown): (RaisedFields & Record<string, string>) | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as Record<string, unknown>;
  if (typeof e.sqlerrcode !== 'string') return null;
  const out: RaisedFields & Record<string, string> = { sqlerrcode: e.sqlerrcode, message: String(e.message) };
  // internalposition: a failed statement's position, which a batch's per-call error carries as data
  // (plv8-compat sets it on the raised error; the upstream wrapper has no use for it).
  for (const key of ['detail', 'hint', ...OBJECT_FIELD_NAMES, 'internalposition']) {
    if (typeof e[key] === 'string' && e[key] !== '') out[key] = e[key] as string;
  }
  return out;
}
