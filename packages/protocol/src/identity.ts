/**
 * A remote function's identity (docs/protocol.md "Identity of a function"): the SHA-256 of its source
 * text (UTF-8), written as 64 lower-case hex digits. The SDK computes it with Node's crypto, the
 * server with sha256() in SQL; both check a hash they are given against this form.
 */
export const FUNCTION_HASH = /^[0-9a-f]{64}$/;
