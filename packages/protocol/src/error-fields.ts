/**
 * PostgreSQL's error fields that name the object a statement failed on, under node-postgres's names
 * (what the SDK's errors and the client-side `db` report) mapped to the names PL/v8 reads off a
 * thrown object to fill the raised ERROR's own fields (and the upstream wrapper, wormhole._raise,
 * raises). So a constraint violation inside a remote function reaches the client with `constraint`,
 * `table`… set, exactly as the same statement sent by node-postgres would.
 */
export const OBJECT_FIELDS = Object.freeze({
  schema: 'schema_name',
  table: 'table_name',
  column: 'column_name',
  dataType: 'datatype_name',
  constraint: 'constraint_name',
} as const);
