/**
 * node-postgres type parsers that match PL/v8's type mapping (docs/protocol.md), so a function run
 * with `.local()` sees the same values it sees inside PostgreSQL:
 *
 *   int8, numeric           -> number   (pg's default is a string)
 *   float4                  -> the float4 value widened to a double, as PL/v8 does (Math.fround)
 *   date, timestamp         -> a date at UTC midnight, a timestamp's wall-clock time read as UTC, as
 *                              the engine converts them whatever the session TimeZone (pg's default
 *                              reads them in the client's time zone)
 *   interval, point, circle -> their text (pg's default builds objects PL/v8 does not)
 *   arrays of the above     -> arrays of the same
 *
 * The table itself is @wormhole/protocol's TYPE_MAPPING (shared with the engine's side by a test).
 *
 * They are passed per query (the `types` option), never installed globally: the application's own
 * use of node-postgres keeps its own settings.
 */
import { TYPE_MAPPING, type LocalReading } from '@wormhole/protocol';
import * as pgTypes from 'pg-types';
import { parse as parseArray } from 'postgres-array';

type Parser = (text: string) => unknown;

const asNumber: Parser = (text) => Number(text);
const asFloat4: Parser = (text) => Math.fround(Number(text));
const asText: Parser = (text) => text;
const asUtcDate: Parser = (text) => parseUtcDate(text);

/** `2024-01-02`, `2024-01-02 03:04:05.678`, `infinity`, BC dates: PostgreSQL's ISO output, read as UTC. */
export function parseUtcDate(text: string): Date {
  if (text === 'infinity') return new Date(Infinity);
  if (text === '-infinity') return new Date(-Infinity);
  const m = /^(\d{4,})-(\d\d)-(\d\d)(?: (\d\d):(\d\d):(\d\d)(\.\d+)?)?( BC)?$/.exec(text);
  if (!m) return new Date(NaN);
  let year = Number(m[1]);
  if (m[8]) year = 1 - year; // 1 BC is year 0 in the proleptic calendar JavaScript uses
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const date = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}

function arrayOf(parse: Parser): Parser {
  return (text) => parseArray(text, parse);
}

/** How local mode reads each kind of column (@wormhole/protocol's LocalReading); absent: node-postgres' default. */
const READERS: Partial<Record<LocalReading, Parser>> = { number: asNumber, float4: asFloat4, 'utc-date': asUtcDate, text: asText };

/** Type OIDs (pg_type.oid) whose parsing differs from node-postgres' defaults, from @wormhole/protocol's TYPE_MAPPING. */
const OVERRIDES: Record<number, Parser> = {};
for (const { oid, arrayOid, local } of TYPE_MAPPING) {
  const read = READERS[local];
  if (!read) continue;
  OVERRIDES[oid] = read;
  if (arrayOid) OVERRIDES[arrayOid] = arrayOf(read);
}

/** The `types` option for pg queries made on behalf of a remote function's `db` in local mode. */
export const plv8TypeParsers = {
  getTypeParser(oid: number, format?: string): Parser {
    if ((format ?? 'text') === 'text' && OVERRIDES[oid]) return OVERRIDES[oid];
    return pgTypes.getTypeParser(oid, (format ?? 'text') as 'text') as Parser;
  },
};
