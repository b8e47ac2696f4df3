import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // R (webR) for the whole run, shared by the test files: test/support/r.ts.
    globalSetup: ['test/support/r-global-setup.ts'],
  },
});
