// vitest (esbuild under the hood); `--coverage` uses the Istanbul provider, which instruments the source.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['fixture/*.spec.ts'],
    globals: true,
    coverage: { provider: 'istanbul', include: ['fixture/functions.ts'], reportsDirectory: 'build/coverage-vitest' },
  },
});
