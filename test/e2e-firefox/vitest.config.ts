import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Firefox ESR against the simulator, with the production Firefox build (`npm run
// build:firefox`): one browser at a time, as in the Chromium suite (two cores), with timeouts
// that allow for a cold start.
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    // The package's own checks (manifest, web-ext lint) live here too.
    include: ['test/e2e-firefox/**/*.e2e.ts', 'test/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
