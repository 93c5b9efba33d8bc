// Runs in a temp directory where only the packed pg-wormhole and `pg` are resolvable (pack.test.ts).
// Prints one JSON line with what it saw, for the test to check.
const { connect, ValidationError, hashSource } = require('pg-wormhole');

async function main() {
  const seen = { resolvedFrom: require.resolve('pg-wormhole') };
  const wh = await connect(process.argv[2]);
  try {
    // The bundled validator: a bad function fails at remote() time, with the rule id.
    try {
      wh.remote(async (db) => eval('1'));
    } catch (error) {
      seen.validation = error instanceof ValidationError ? error.diagnostics.map((d) => d.rule) : String(error);
    }
    // The bundled wire codec, both ways, in a real call (installs on first use).
    const add = wh.remote(async (db, a, b) => ({ sum: a + b, when: new Date(0), big: 2n ** 70n }));
    const result = await add(40, 2);
    seen.result = { sum: result.sum, when: result.when.toISOString(), big: String(result.big), bigType: typeof result.big };
    seen.hashMatches = add.hash === hashSource(add.source);
  } finally {
    await wh.close();
  }
  process.stdout.write(JSON.stringify(seen));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
