// Workload E, fan-out: ten independent small calls issued together (Promise.all), e.g. a page that
// reads ten widgets. Client-side pipelining sends all ten at once; Wormhole calls each go in their
// own round trip unless batched (`wh.batch`, when the SDK has it).
import { ACCOUNTS } from '../db/server-functions.mjs';

export const FANOUT = 10;
const BALANCE = 'SELECT balance FROM accounts WHERE id = $1';

const remoteBalance = async (db, id) => db.queryValue('SELECT balance FROM accounts WHERE id = $1', [id]);

/** @type {import('./types.mjs').Workload} */
export const fanoutWorkload = {
  id: 'fanout',
  title: `E. fan-out (${FANOUT} independent small calls issued together)`,
  baseline: 'pg-seq',
  floor: 'pg-pipeline',
  makeInput: () => ({ ids: Array.from({ length: FANOUT }, () => 1 + Math.floor(Math.random() * ACCOUNTS)) }),
  check(input, result) {
    if (!Array.isArray(result) || result.length !== FANOUT || result.some((b) => typeof b !== 'number')) {
      throw new Error(`expected ${FANOUT} balances, got ${JSON.stringify(result).slice(0, 200)}`);
    }
  },
  variants: [
    {
      id: 'pg-seq', label: `pg, ${FANOUT} sequential awaits`, driver: 'pg', expectedRoundTrips: FANOUT,
      async run(c, _s, { ids }) {
        const out = [];
        for (const id of ids) out.push((await c.query(BALANCE, [id])).rows[0].balance);
        return out;
      },
    },
    {
      id: 'pg-pipeline', label: 'pg pipeline mode, Promise.all', driver: 'pg-pipeline', expectedRoundTrips: 1,
      run: async (c, _s, { ids }) => (await Promise.all(ids.map((id) => c.query(BALANCE, [id])))).map((r) => r.rows[0].balance),
    },
    {
      id: 'postgresjs-pipeline', label: 'postgres.js pipelined, Promise.all', driver: 'postgres.js', expectedRoundTrips: 1,
      run: async (sql, _s, { ids }) => (await Promise.all(ids.map((id) => sql`SELECT balance FROM accounts WHERE id = ${id}`))).map((r) => r[0].balance),
    },
    {
      id: 'wormhole', label: `Wormhole, ${FANOUT} calls with Promise.all (no batch)`, driver: 'wormhole', needs: 'wormhole', expectedRoundTrips: FANOUT,
      prepare: (wh) => wh.remote(remoteBalance),
      run: (_wh, balance, { ids }) => Promise.all(ids.map((id) => balance(id))),
    },
    {
      id: 'wormhole-batch', label: `Wormhole, ${FANOUT} calls in one wh.batch`, driver: 'wormhole', needs: 'wormhole', expectedRoundTrips: 1,
      needsSdk: 'batch',
      prepare: (wh) => ({ wh, balance: wh.remote(remoteBalance) }),
      run: (_wh, { wh, balance }, { ids }) => wh.batch((b) => ids.map((id) => b(balance, id))),
    },
  ],
};
