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
 * Multi-dimensional arrays follow the server's engine (upstreamTypeParsers, typeParsersFor): nested
 * as plv8-compat gives them, or flattened as upstream PL/v8 does.
 *
 * The table itself is @wormhole/protocol's TYPE_MAPPING (shared with the engine's side by a test).
 *
 * They are passed per query (the `types` option), never installed globally: the application's own
 * use of node-postgres keeps its own settings.
 */
import { TYPE_MAPPING, type EngineKind, type LocalReading } from '@wormhole/protocol';
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

/**
 * Upstream PL/v8 (3.1.x and 3.2.x alike: plv8_type.cc, ToArrayValue) reads an array with PostgreSQL's
 * deconstruct_array, which yields every element of every dimension in storage order: a
 * multi-dimensional array arrives flattened (`ARRAY[[1,2],[3,4]]` as `[1,2,3,4]`), its NULL elements
 * as null where they stood, its bounds dropped; each element is converted as in a one-dimensional
 * array, so an element that is itself an array (a json value) stays whole. plv8-compat keeps the
 * dimensions, as node-postgres parses them.
 */
export function flattenDimensions(text: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const dimensions = dimensionsOf(text);
  return dimensions > 1 ? value.flat(dimensions - 1) : value;
}

/** The dimensions of an array's text output: optional bounds (`[0:1][1:2]=`), then one `{` per dimension. */
function dimensionsOf(text: string): number {
  // array_out quotes any element holding a brace, so only the structure opens with unquoted braces;
  // other types' text (a json array's `[[1,2]]`, a json object's `{…}`) counts as none or one.
  const bounds = /^(?:\[-?\d+:-?\d+\])+=/.exec(text);
  let at = bounds ? bounds[0].length : 0;
  const start = at;
  while (text[at] === '{') at++;
  return at - start;
}

/** The `types` option for local mode against upstream PL/v8: plv8TypeParsers, with arrays flattened as upstream does. */
export const upstreamTypeParsers = {
  getTypeParser(oid: number, format?: string): Parser {
    const parse = plv8TypeParsers.getTypeParser(oid, format);
    if ((format ?? 'text') !== 'text') return parse;
    return (text) => flattenDimensions(text, parse(text));
  },
};

/** Local mode's parsers for the engine the server runs (server-kind.ts tells which). */
export function typeParsersFor(kind: EngineKind): typeof plv8TypeParsers {
  return kind === 'upstream' ? upstreamTypeParsers : plv8TypeParsers;
}
