/**
 * The public shapes shared by every part of the SDK: the `db` API a remote function receives, the
 * result of a query, and the typed function that `remote()` hands back.
 *
 * The `db` API is the contract of docs/protocol.md: the same three methods exist inside PostgreSQL
 * (PL/v8 runtime) and on the client (local mode), so one function runs unchanged in both places.
 * Its owner is @wormhole/protocol (src/db.ts); build.mjs writes its declarations into the published
 * dist/index.d.ts.
 */

export type { Db, FieldInfo, QueryConfig, QueryResult } from '@wormhole/protocol';
import type { Db } from '@wormhole/protocol';

/** Any function usable with `remote()`: `db` first, then the call's own arguments. */
export type RemotableFunction = (db: Db, ...args: any[]) => unknown;

/**
 * The call's arguments: the function's parameters without the leading `db`, each one required.
 * The server takes exactly the parameters the function declares (the validator's arity): a default
 * value (`b = 5`) or TypeScript's `b?:` does not make an argument optional on the wire, so the call
 * type does not either (`-?` also removes the `undefined` that `?` adds). A rest parameter takes
 * any number, as at run time.
 */
export type RemoteArgs<F> = F extends (db: Db, ...args: infer A) => unknown ? { [K in keyof A]-?: A[K] } : never;

/**
 * What remote() accepts: a function whose first parameter is `db`. A function without parameters
 * type-checks as a RemotableFunction (TypeScript lets fewer parameters through), but the validator
 * refuses it, so it is refused here too, with the reason as the error.
 */
export type NeedsDbParameter<F> = F extends () => unknown
  ? F extends (db: never, ...rest: never[]) => unknown
    ? Parameters<F> extends []
      ? { 'a remote function takes db as its first parameter: async (db, …) => …': never }
      : unknown
    : unknown
  : unknown;

/** What a call resolves to: the function's (awaited) return value. */
export type RemoteResult<F> = F extends (...args: any[]) => infer R ? Awaited<R> : never;
