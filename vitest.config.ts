// Vitest: unit tests run in Node; browser tests drive real Chromium through playwright-core from Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Browser suites each start Chromium; two cores do not gain from running many at once.
    maxWorkers: 2,
    fileParallelism: true,
    reporters: ['default', './test/support/hardening-reporter.ts', './test/support/closing-line-reporter.ts'],
  },
});
