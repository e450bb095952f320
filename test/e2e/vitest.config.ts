import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Chromium against the simulator: one browser at a time (the suite's machines have two
// cores and each spec file starts its own browser), with timeouts that allow for a cold start.
export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    // Plain tests of the harness live here too: they are not extension code.
    include: ['test/e2e/**/*.e2e.ts', 'test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every scenario is named in the output, not only the slow ones.
    reporters: ['verbose'],
  },
});
