/**
 * Sends calls to the server (docs/protocol.md). The first call of a function on this Wormhole
 * instance uses the installing form, `wormhole.call(hash, args, source, name)`, so it costs one
 * round trip; later calls send only `wormhole.call(hash, args)`. If the server answers NULL (it lost
 * the function, e.g. after `DELETE FROM wormhole.functions`, or the install was rolled back with a
 * transaction) nothing ran, and the SDK re-sends the source at once.
 */
import type { CallerStack } from './call-site';
import type { FunctionDefinition } from './definition';
import { ArgumentError, ProtocolError, UnknownFunctionError } from './errors';
import { mapCallError } from './error-mapping';
import type { PgResult, Queryable } from './local-db';
import { decodeValue, encodeArgs } from './wire-codec';

// Named statements: node-postgres prepares each once per connection, so a warm call is Bind+Execute.
const CALL = { name: 'wormhole_call_2', text: 'SELECT wormhole.call($1, $2) AS result' };
const CALL_AND_INSTALL = { name: 'wormhole_call_4', text: 'SELECT wormhole.call($1, $2, $3, $4) AS result' };

/** Counters for observability and tests: how much talking to the server the calls took. */
export interface CallStats {
  /** Calls made (each one a `wormhole.call` round trip, plus one when re-teaching). */
  calls: number;
  /** Statements sent for calls: equals `calls` unless the server had to be re-taught. */
  roundTrips: number;
  /** Calls that carried the source (first call of a function, or re-teaching). */
  installs: number;
  /** Times the server answered "unknown hash" and the source was sent again. */
  reteaches: number;
}

export class CallEngine {
  /** Hashes this instance has seen the server accept. */
  private readonly known = new Set<string>();
  readonly stats: CallStats = { calls: 0, roundTrips: 0, installs: 0, reteaches: 0 };

  /** Checks and encodes arguments; throws before any network when they cannot be sent. */
  prepareArgs(def: FunctionDefinition, args: unknown[]): string {
    // The server wants exactly the declared parameters after db (default values included), so we check the same;
    // info.arity is the validator's count of them, the same number the server stores and checks.
    const expected = def.info.arity;
    if (!def.hasRestParameter && args.length !== expected) {
      const names = def.info.params.slice(1).join(', ');
      throw new ArgumentError(`${def.name} takes ${expected} argument${expected === 1 ? '' : 's'}${names ? ` (${names})` : ''} after db, ` +
        `but was called with ${args.length}. Pass exactly the parameters the function declares after db (db is supplied by wormhole).`);
    }
    return encodeArgs(args, def.name);
  }

  /** One call on `q`; `callStack` is the user's call site, for error stacks. */
  async call(q: Queryable, def: FunctionDefinition, argsText: string, callStack?: CallerStack): Promise<unknown> {
    this.stats.calls++;
    let text: string | null;
    try {
      if (this.known.has(def.hash)) {
        text = await this.send(q, CALL, [def.hash, argsText]);
        if (text === null) {
          this.known.delete(def.hash);
          this.stats.reteaches++;
          text = await this.install(q, def, argsText);
        }
      } else {
        text = await this.install(q, def, argsText);
      }
    } catch (error) {
      throw mapCallError(error, def, callStack);
    }
    if (text === null) {
      throw new ProtocolError(`The server answered NULL to the installing call of ${def.name}; the extension does not follow the protocol this SDK speaks.`);
    }
    this.known.add(def.hash);
    return decodeValue(text);
  }

  /** A call by hash only, for functions installed elsewhere; fails if the server does not know it. */
  async callByHash(q: Queryable, hash: string, argsText: string): Promise<unknown> {
    this.stats.calls++;
    const text = await this.send(q, CALL, [hash, argsText]);
    if (text === null) throw new UnknownFunctionError(hash);
    return decodeValue(text);
  }

  private install(q: Queryable, def: FunctionDefinition, argsText: string): Promise<string | null> {
    this.stats.installs++;
    return this.send(q, CALL_AND_INSTALL, [def.hash, argsText, def.source, def.name]);
  }

  private async send(q: Queryable, statement: { name: string; text: string }, values: unknown[]): Promise<string | null> {
    this.stats.roundTrips++;
    const result = (await q.query({ ...statement, values })) as PgResult; // one statement, one result
    return (result.rows[0]?.result ?? null) as string | null;
  }
}
