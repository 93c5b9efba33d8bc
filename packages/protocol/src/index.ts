/**
 * @wormhole/protocol: the contract of docs/protocol.md as code, the one home of every rule that the
 * SDK (Node), the runtime (inside PL/v8) and the validator (both) must agree on. Isomorphic and
 * without dependencies: it is bundled into each of them.
 */
export { ERROR_LIMITS, USAGE_REPORT_LIMITS, WIRE_LIMITS } from './limits';
export { clipBytes, clipChars, clipMiddle, utf8Length } from './clip';
export {
  TAGS,
  WireError,
  encode,
  checkEncodedLength,
  decode,
  toWire,
  fromWire,
  tooDeepAt,
  bytesToBase64,
  base64ToBytes,
  type DecodeOptions,
} from './wire';
export { OBJECT_FIELDS } from './error-fields';
export { FUNCTION_HASH } from './identity';
export { PARSER_OPTIONS } from './parser';
export { TYPE_MAPPING, type LocalReading, type TypeMapping } from './type-mapping';
export { OUR_ENGINE_MARKER, engineKindOf, type EngineKind } from './engine';
export {
  DETAIL_VERSION,
  type Diagnostic,
  type ErrorDetail,
  type ErrorDetailBody,
  type SqlDetail,
  type ThrowDetail,
  type ValidationDetail,
} from './error-detail';
export { ALWAYS_FORBIDDEN_GLOBALS, DEFAULT_ALLOWED_GLOBALS, SHADOWED_GLOBALS, STANDARD_GLOBALS } from './globals';
export type { Db, FieldInfo, QueryConfig, QueryResult } from './db';
export { LineIndex, offsetOf, positionOf, type Position } from './positions';
export { codeFrame, type CodeFrameOptions } from './code-frame';
export { RESERVED_SQLSTATE_CLASSES, SQLSTATES, THROWN_SQLSTATE, chooseSqlState, requestedSqlState, type ChosenSqlState } from './sqlstate';
