/** Runs an example's main() when its file is run directly (tests import the examples instead); an error exits 1. */
export function runMain(mod: NodeModule, main: () => Promise<void>): void {
  if (require.main !== mod) return;
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
