// A session = one connection through the proxy plus the variant's per-connection state
// (e.g. the Wormhole function handle). Opening and closing them is never timed.
import { openConnection } from '../db/drivers.mjs';

/**
 * @param {import('../workloads/types.mjs').Variant} variant
 * @param {number} count
 * @param {{ proxyPort: number, sdk: any }} env
 */
export async function openSessions(variant, count, env) {
  const settled = await Promise.allSettled(
    Array.from({ length: count }, async () => {
      const conn = await openConnection(variant.driver, env.proxyPort, env.sdk);
      try {
        const state = variant.prepare ? await variant.prepare(conn.raw) : undefined;
        return { conn, state };
      } catch (err) {
        await conn.close().catch(() => {});
        throw err;
      }
    }),
  );
  const sessions = settled.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    await closeSessions(sessions);
    throw failed.reason;
  }
  return sessions;
}

export async function closeSessions(sessions) {
  await Promise.allSettled(sessions.map((s) => s.conn.close()));
}
