/**
 * Which PL/v8 this Wormhole's server runs, for local mode's value mapping (type-parsers.ts): the `db`
 * of `.local()`, `wh.db` and a transaction's queries read values as the server's engine gives them
 * to a function (upstream PL/v8 flattens multi-dimensional arrays, plv8-compat keeps them nested).
 *
 * connect() learns it from plv8_version() in the round trip that checks the extension; without that
 * check (skipExtensionCheck) the first local query asks the server, once per Wormhole. Remote calls
 * never need it (the server maps its own values), so the call path makes no round trip for it.
 */
import type { EngineKind } from '@wormhole/protocol';
import { ENGINE_QUERY, engineKindFromPlv8Version } from './engine-level';
import type { Queryable } from './local-db';

export class ServerKind {
  private kind?: Promise<EngineKind>;
  /** The answer once there is one, for those who must not wait (usage-report.ts). */
  private answer?: EngineKind;

  /** What connect() read from plv8_version() (null: the server did not say). */
  learn(plv8Version: string | null | undefined): void {
    this.answer = engineKindFromPlv8Version(plv8Version);
    this.kind = Promise.resolve(this.answer);
  }

  /** The server's engine if already known (learned at connect(), or asked before), else undefined. */
  known(): EngineKind | undefined {
    return this.answer;
  }

  /** The server's engine, asked on `client` the first time when connect() did not learn it. */
  of(client: Queryable): Promise<EngineKind> {
    if (this.kind) return this.kind;
    const asking = client.query({ text: `SELECT (${ENGINE_QUERY}) AS plv8_version` }).then((answer) => {
      const result = Array.isArray(answer) ? answer[answer.length - 1] : answer;
      return (this.answer = engineKindFromPlv8Version(result.rows[0]?.plv8_version as string | null | undefined));
    });
    this.kind = asking;
    // A question that failed (a lost connection, an aborted transaction) is asked again next time.
    asking.catch(() => {
      if (this.kind === asking) this.kind = undefined;
    });
    return asking;
  }
}
