import { createHash } from 'crypto';

/**
 * A remote function's identity (docs/protocol.md): the SHA-256 of its source text, UTF-8, lower-case
 * hex. The server recomputes it from the source and uses a client-sent hash only for lookup.
 */
export function hashSource(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex');
}
