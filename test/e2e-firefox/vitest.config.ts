import { defineConfig } from 'vitest/config';
import chromiumSuite from '../e2e/vitest.config';

// Real Firefox ESR against the simulator, with the production Firefox build (`npm run
// build:firefox`), run as the Chromium suite is (one browser at a time, the same timeouts and
// reporter); the package's own checks (manifest, web-ext lint) live here too.
export default defineConfig({
  test: {
    ...chromiumSuite.test,
    name: 'e2e-firefox',
    include: ['test/e2e-firefox/**/*.e2e.ts', 'test/e2e-firefox/**/*.test.ts'],
  },
});
