/**
 * Local mode of a stream (`fn.local(…)` of an async generator): the same generator runs on the
 * client against the `db` API over node-postgres, in a transaction of its own, and is read with
 * `for await` as on the server. Each value goes through the wire format (what could not travel
 * fails here too). Ending mirrors the server: done or stopped early commits (the generator's
 * finally blocks have run), an error rolls back.
 */
import type { CallEngine } from './call-engine';
import type { FunctionDefinition } from './definition';
import type { Executor } from './executor';
import { createLocalDb, type Queryable } from './local-db';
import { holdLease } from './stream';
import { decodeValue, encodeResult } from './wire-codec';

export function openLocalStream(
  engine: CallEngine,
  executor: Executor,
  def: FunctionDefinition,
  localArgs: unknown[],
): AsyncIterableIterator<unknown> {
  let started: Promise<void> | null = null;
  let generator: AsyncGenerator<unknown, unknown, unknown> | null = null;
  let client: Queryable | null = null;
  let release: () => void = () => undefined;
  let released: Promise<void> = Promise.resolve();
  let ended = false;

  async function start(): Promise<void> {
    const held = await holdLease(executor);
    release = held.release;
    released = held.released;
    client = held.lease.client;
    try {
      await client.query({ text: 'BEGIN' });
      generator = (def.fn as (...args: unknown[]) => AsyncGenerator<unknown, unknown, unknown>)(
        createLocalDb(client, { statementSavepoints: true, server: engine.server }),
        ...localArgs,
      );
    } catch (error) {
      await end(false);
      throw error;
    }
  }

  async function end(commit: boolean): Promise<void> {
    if (ended) return;
    ended = true;
    try {
      if (client) await client.query({ text: commit ? 'COMMIT' : 'ROLLBACK' });
    } finally {
      release();
      await released.catch(() => undefined);
    }
  }

  async function fail(error: unknown): Promise<never> {
    await end(false).catch(() => undefined);
    throw error;
  }

  const iterator: AsyncIterableIterator<unknown> = {
    async next() {
      started ??= start();
      await started;
      if (ended) return { done: true, value: undefined };
      let step: IteratorResult<unknown, unknown>;
      try {
        step = await generator!.next();
      } catch (error) {
        return fail(error);
      }
      if (step.done) {
        await end(true);
        return { done: true, value: undefined };
      }
      try {
        return { done: false, value: decodeValue(encodeResult(step.value, def.name)) };
      } catch (error) {
        await generator!.return(undefined).catch(() => undefined);
        return fail(error);
      }
    },
    async return() {
      if (started === null || ended) return { done: true, value: undefined };
      await started;
      try {
        await generator!.return(undefined);
      } catch (error) {
        return fail(error);
      }
      await end(true);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
