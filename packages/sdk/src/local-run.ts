/**
 * Local mode: runs a remote function on the client, against the `db` API implemented over
 * node-postgres, with the same guarantees the server gives: arguments and result go through the
 * wire format (so what cannot travel fails here too), the function is atomic (its own
 * transaction, or a savepoint inside the caller's transaction), and a failed query rolls back only
 * itself (a savepoint per query, as a subtransaction per statement inside PostgreSQL).
 */
import type { CallEngine } from './call-engine';
import type { FunctionDefinition } from './definition';
import { createLocalDb, Queryable } from './local-db';
import { decodeValue, encodeResult } from './wire-codec';

export async function runLocal(
  engine: CallEngine,
  def: FunctionDefinition,
  args: unknown[],
  client: Queryable,
  insideTransaction: boolean,
): Promise<unknown> {
  const localArgs = decodeValue(engine.prepareArgs(def, args)) as unknown[];
  const [begin, commit, rollback] = insideTransaction
    ? ['SAVEPOINT wormhole_local', 'RELEASE SAVEPOINT wormhole_local', 'ROLLBACK TO SAVEPOINT wormhole_local']
    : ['BEGIN', 'COMMIT', 'ROLLBACK'];
  await client.query({ text: begin });
  let resultText: string;
  try {
    const result = await def.fn(createLocalDb(client, { statementSavepoints: true, server: engine.server }), ...localArgs);
    resultText = encodeResult(result, def.name);
  } catch (error) {
    await client.query({ text: rollback }).catch(() => undefined);
    if (insideTransaction) await client.query({ text: commit }).catch(() => undefined);
    throw error;
  }
  await client.query({ text: commit });
  return decodeValue(resultText);
}
