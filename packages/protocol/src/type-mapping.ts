/**
 * PL/v8's type mapping (docs/protocol.md, "The `db` API"), the one table for both sides: how the
 * engine converts each PostgreSQL type (plv8-compat/src/type_info.cc, `kind_for`: its TypeKind) and
 * how the SDK's local mode must read the same column from node-postgres so a function sees the
 * same value in both places (packages/sdk/src/type-parsers.ts builds its parsers from this).
 * packages/sdk/test/type-mapping.test.ts reads the C++ switch and fails when the two drift.
 */

/**
 * How local mode reads a column's text:
 *   node-postgres  its default parser already gives PL/v8's value
 *   number         Number(text)                  (node-postgres gives a string)
 *   float4         the float4 widened to a double, as PL/v8 does (Math.fround)
 *   utc-date       the wall-clock time read as UTC (node-postgres reads the client's zone)
 *   text           the text itself               (node-postgres builds an object PL/v8 does not)
 */
export type LocalReading = 'node-postgres' | 'number' | 'float4' | 'utc-date' | 'text';

export interface TypeMapping {
  /** The type's name (pg_type.typname). */
  type: string;
  /** pg_type.oid, and the oid of its array type. */
  oid: number;
  arrayOid: number;
  /** The engine's TypeKind for it; `Other` means through the type's text output. */
  engineKind:
    | 'Void'
    | 'Bool'
    | 'Int2'
    | 'Int4'
    | 'Int8'
    | 'Float4'
    | 'Float8'
    | 'Numeric'
    | 'Oid'
    | 'Text'
    | 'Json'
    | 'Jsonb'
    | 'Bytea'
    | 'Date'
    | 'Timestamp'
    | 'Timestamptz'
    | 'Other';
  local: LocalReading;
}

export const TYPE_MAPPING: readonly TypeMapping[] = Object.freeze<TypeMapping[]>([
  { type: 'bool', oid: 16, arrayOid: 1000, engineKind: 'Bool', local: 'node-postgres' },
  { type: 'int2', oid: 21, arrayOid: 1005, engineKind: 'Int2', local: 'node-postgres' },
  { type: 'int4', oid: 23, arrayOid: 1007, engineKind: 'Int4', local: 'node-postgres' },
  { type: 'int8', oid: 20, arrayOid: 1016, engineKind: 'Int8', local: 'number' },
  { type: 'float4', oid: 700, arrayOid: 1021, engineKind: 'Float4', local: 'float4' },
  { type: 'float8', oid: 701, arrayOid: 1022, engineKind: 'Float8', local: 'node-postgres' },
  { type: 'numeric', oid: 1700, arrayOid: 1231, engineKind: 'Numeric', local: 'number' },
  { type: 'oid', oid: 26, arrayOid: 1028, engineKind: 'Oid', local: 'node-postgres' },
  { type: 'text', oid: 25, arrayOid: 1009, engineKind: 'Text', local: 'node-postgres' },
  { type: 'varchar', oid: 1043, arrayOid: 1015, engineKind: 'Text', local: 'node-postgres' },
  { type: 'json', oid: 114, arrayOid: 199, engineKind: 'Json', local: 'node-postgres' },
  { type: 'jsonb', oid: 3802, arrayOid: 3807, engineKind: 'Jsonb', local: 'node-postgres' },
  { type: 'bytea', oid: 17, arrayOid: 1001, engineKind: 'Bytea', local: 'node-postgres' },
  { type: 'date', oid: 1082, arrayOid: 1182, engineKind: 'Date', local: 'utc-date' },
  { type: 'timestamp', oid: 1114, arrayOid: 1115, engineKind: 'Timestamp', local: 'utc-date' },
  { type: 'timestamptz', oid: 1184, arrayOid: 1185, engineKind: 'Timestamptz', local: 'node-postgres' },
  { type: 'void', oid: 2278, arrayOid: 0, engineKind: 'Void', local: 'node-postgres' },
  { type: 'interval', oid: 1186, arrayOid: 1187, engineKind: 'Other', local: 'text' },
  { type: 'point', oid: 600, arrayOid: 1017, engineKind: 'Other', local: 'text' },
  { type: 'circle', oid: 718, arrayOid: 719, engineKind: 'Other', local: 'text' },
]);
