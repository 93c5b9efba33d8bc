// The variants that call a workload's hand-written server-side function (bench/src/db/server-functions.mjs)
// with pg: one statement, one round trip, the function's json result as the operation's result.
// Every workload with such functions has the same three: PL/pgSQL, PL/v8 with plv8.execute, and
// PL/v8 with plans prepared once per backend.

/**
 * @param {string} name          the functions are bench_<name>_plpgsql, bench_<name>_plv8_exec and bench_<name>_plv8_plan
 * @param {object} how
 * @param {string} how.plpgsqlLabel  the PL/pgSQL variant's label (what its function does differently)
 * @param {string} how.args          the call's argument list, e.g. '$1, $2, $3' or '$1::json'
 * @param {(input: any) => unknown[]} how.params  the statement's parameters for one operation's input
 * @returns {import('./types.mjs').Variant[]}
 */
export function serverFunctionVariants(name, { plpgsqlLabel, args, params }) {
  const variant = (id, label, fn, needs) => {
    const sql = `SELECT ${fn}(${args}) AS r`;
    return {
      id, label, driver: 'pg', ...(needs ? { needs } : {}), expectedRoundTrips: 1,
      async run(c, _s, input) {
        return (await c.query(sql, params(input))).rows[0].r;
      },
    };
  };
  return [
    variant('plpgsql', plpgsqlLabel, `bench_${name}_plpgsql`),
    variant('plv8-execute', 'PL/v8 function, plv8.execute', `bench_${name}_plv8_exec`, 'plv8'),
    variant('plv8-plan', 'PL/v8 function, prepared plans', `bench_${name}_plv8_plan`, 'plv8'),
  ];
}
