/**
 * The hard limits on what Wormhole says and carries: the one owner of these numbers. They are
 * documented in docs/protocol.md ("Limits"); change them there and here together.
 *
 * Why they exist: an error is copied into the client's exception, the server log and (for a
 * rejected install) the audit table, so output proportional to the input lets one request write
 * megabytes several times over. Every error Wormhole raises is cut to these sizes, whatever the
 * input, with a marker saying that it was cut. The wire limits stop a single argument from
 * costing more memory and time than the engine's limits can take back (see WIRE_LIMITS).
 *
 * The validator, the runtime and the SDK import them from @wormhole/protocol, which has no
 * dependencies, so importing them does not pull acorn into the call path's bundle.
 */

export const ERROR_LIMITS = Object.freeze({
  /** Diagnostics listed in a validation error (MESSAGE and DETAIL); the rest are counted as "… and N more". */
  maxDiagnostics: 20,
  /** MESSAGE of any error, in UTF-8 bytes (PostgreSQL counts bytes). */
  maxMessageBytes: 8 * 1024,
  /** DETAIL of any error, in UTF-8 bytes; a DETAIL is still valid JSON after cutting, with "truncated": true. */
  maxDetailBytes: 64 * 1024,
  /** HINT of any error, in UTF-8 bytes (a thrown object may carry its own hint). */
  maxHintBytes: 2 * 1024,
  /** One diagnostic's message, in characters: it quotes names from the source, which can be that long. */
  maxDiagnosticMessageChars: 400,
  /** One code frame, in characters (5 lines of at most 160 characters fit). */
  maxFrameChars: 1200,
  /** The `stack` field of a DETAIL, in characters. */
  maxStackChars: 8 * 1024,
  /** Any one string inside the user-supplied part of a DETAIL (a thrown object's `detail`), in characters. */
  maxDetailStringChars: 4 * 1024,
  /** Nesting kept of a thrown object's `detail` before it is replaced by a marker. */
  maxDetailDepth: 8,
  /** Values (array items and object properties, all levels) kept of a thrown object's `detail`. */
  maxDetailValues: 500,
});

/**
 * Wire text: what `wormhole.call` accepts as arguments and sends back as a result.
 *
 * - maxTextLength: 64 Mi characters (JavaScript string length). PostgreSQL's own ceiling for a text
 *   value is 1 GB, but decoding needs several times the text's size in the V8 heap, and
 *   plv8.memory_limit defaults to 256 MB: beyond this the call could only end in an out-of-memory
 *   error after a long time, so it is refused before any work. Large data belongs in a table
 *   (COPY, unnest of an array parameter) or in several calls.
 * - maxDepth: 512 levels of arrays/objects. JSON.parse and the decoder walk nesting with memory
 *   (and stack) proportional to depth; no real data needs more, and hostile text with millions
 *   of `[` is refused by a linear pre-scan before JSON.parse sees it.
 */
export const WIRE_LIMITS = Object.freeze({
  maxTextLength: 64 * 1024 * 1024,
  maxDepth: 512,
});

/**
 * Usage reports (`wormhole.report_use(hashes)`, sent by the SDK on upstream PL/v8 for prune): the
 * most hashes one call takes. An app calls far fewer distinct functions between two reports; the
 * bound keeps one report's statement (and its row locks) small, and the SDK sends more in several.
 */
export const USAGE_REPORT_LIMITS = Object.freeze({
  maxHashes: 1000,
});
