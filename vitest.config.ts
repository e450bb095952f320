import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: pure logic and the simulator run in Node; React components run in jsdom.
// The e2e suite (test/e2e) drives real Chromium and has its own config.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // WXT's mock of `wxt/browser` imports the fake browser from `wxt/testing`, whose index also
    // loads WXT's build tools (esbuild), which refuse to load under jsdom: the fake browser alone.
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    // Every test, property and scenario is named in the output (CI logs are read by people).
    reporters: ['verbose'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'test/simulator/**/*.test.ts', 'test/bench/**/*.test.ts', 'entrypoints/**/*.test.ts'],
          setupFiles: ['test/setup-store-owner.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['components/**/*.test.tsx', 'entrypoints/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts', 'test/setup-store-owner.ts'],
        },
      },
    ],
  },
});
