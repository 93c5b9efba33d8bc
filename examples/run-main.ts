import { connect, Wormhole } from 'pg-wormhole';

/**
 * Runs an example's main() when its file is run directly (tests import the examples instead): it
 * connects to DATABASE_URL, hands main the Wormhole and closes it afterwards, even when main fails;
 * an error exits 1.
 */
export function runMain(mod: NodeModule, main: (wh: Wormhole) => Promise<void>): void {
  if (require.main !== mod) return;
  const run = async () => {
    const wh = await connect(process.env.DATABASE_URL);
    try {
      await main(wh);
    } finally {
      await wh.close();
    }
  };
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
