// Workload D, micro: what one call costs when the function does nothing, and what the very first
// call on a fresh connection costs (PL/v8 context creation; for Wormhole also loading the runtime
// bundle, and for a never-seen function validating and compiling it).
//
// Cold variants are marked `fresh`: the runner opens a new connection (not timed), times exactly
// one call, closes it, and repeats.

export const remoteEmpty = async (db) => 1;

async function installEmpty(c) {
  return (await c.query('SELECT wormhole.install($1) AS hash', [remoteEmpty.toString()])).rows[0].hash;
}

/** A function whose source text (hence hash) the server has never seen: forces install + validate. */
function neverSeenFunction() {
  const nonce = `${Date.now()}${Math.floor(Math.random() * 1e9)}`;
  // Indirect eval gives a real function whose toString() is exactly this text, with a unique literal.
  return (0, eval)(`(async (db) => { const nonce = ${nonce}; return nonce > 0 ? 1 : 0; })`);
}

/** @type {import('./types.mjs').Workload} */
export const microWorkload = {
  id: 'micro',
  title: 'D. micro (empty call; first call on a fresh connection)',
  baseline: 'select1',
  floor: 'select1',
  makeInput: () => ({}),
  check(_input, result) {
    if (result !== 1) throw new Error(`expected 1, got ${JSON.stringify(result)}`);
  },
  variants: [
    {
      id: 'select1', label: 'pg, SELECT 1 (the wire floor)', driver: 'pg', expectedRoundTrips: 1,
      run: async (c) => (await c.query('SELECT 1 AS r')).rows[0].r,
    },
    {
      id: 'plpgsql', label: 'empty PL/pgSQL function', driver: 'pg', expectedRoundTrips: 1,
      run: async (c) => (await c.query('SELECT bench_empty_plpgsql() AS r')).rows[0].r,
    },
    {
      id: 'plv8', label: 'empty PL/v8 function', driver: 'pg', needs: 'plv8', expectedRoundTrips: 1,
      run: async (c) => (await c.query('SELECT bench_empty_plv8() AS r')).rows[0].r,
    },
    {
      id: 'wormhole', label: 'empty Wormhole remote function (warm)', driver: 'wormhole', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: (wh) => wh.remote(remoteEmpty),
      run: (_wh, empty) => empty(),
    },
    {
      // The SDK with named prepared statements (preparedStatements: true; not through transaction poolers).
      id: 'wormhole-named', label: 'empty Wormhole remote function, preparedStatements: true', driver: 'wormhole-prepared', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: (wh) => wh.remote(remoteEmpty),
      run: (_wh, empty) => empty(),
    },
    {
      // The same call without the SDK, in the SDK's default statement form (one simple-protocol
      // Query with the values as literals: no prepared statement, as transaction poolers need):
      // splits the SDK's client-side cost from the server's.
      id: 'wormhole-raw', label: "SELECT wormhole.call('<hash>', '[]') sent by hand with pg, the SDK's default form (no SDK)", driver: 'pg', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: installEmpty,
      run: async (c, hash) => {
        const { rows } = await c.query(`SELECT wormhole.call('${hash}', '[]') AS result`);
        return JSON.parse(rows[0].result);
      },
    },
    {
      // The other pooler-safe form: an unnamed extended-protocol statement with parameters.
      id: 'wormhole-raw-params', label: 'wormhole.call($1, $2) sent by hand with pg, unnamed statement with parameters (no SDK)', driver: 'pg', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: installEmpty,
      run: async (c, hash) => {
        const { rows } = await c.query({ text: 'SELECT wormhole.call($1, $2) AS result', values: [hash, '[]'] });
        return JSON.parse(rows[0].result);
      },
    },
    {
      id: 'wormhole-raw-named', label: 'wormhole.call($1, $2) sent by hand with pg, named statement (no SDK)', driver: 'pg', needs: 'wormhole', expectedRoundTrips: 1,
      prepare: installEmpty,
      run: async (c, hash) => {
        const { rows } = await c.query({ name: 'bench_wormhole_call', text: 'SELECT wormhole.call($1, $2) AS result', values: [hash, '[]'] });
        return JSON.parse(rows[0].result);
      },
    },
    {
      id: 'plv8-cold', label: 'first PL/v8 call on a fresh connection', driver: 'pg', needs: 'plv8', expectedRoundTrips: 1, fresh: true,
      run: async (c) => (await c.query('SELECT bench_empty_plv8() AS r')).rows[0].r,
    },
    {
      id: 'wormhole-cold', label: 'first Wormhole call on a fresh connection (function installed)', driver: 'wormhole', needs: 'wormhole',
      expectedRoundTrips: 1, fresh: true,
      prepare: (wh) => wh.remote(remoteEmpty),
      run: (_wh, empty) => empty(),
    },
    {
      // The SDK sends the source with the first call of each function, so installing costs no extra trip.
      id: 'wormhole-install', label: 'first call of a never-seen function (install, validate, compile)', driver: 'wormhole', needs: 'wormhole',
      expectedRoundTrips: 1, fresh: true,
      prepare: (wh) => wh.remote(neverSeenFunction()),
      run: (_wh, fn) => fn(),
    },
  ],
};
