// Vitest: unit tests run in Node; browser tests drive real Chromium through playwright-core from Node.
import { defineConfig } from 'vitest/config';

/**
 * Suites that assert how fast the widget answers on the page (a slot's refresh within 100 ms of an
 * add-to-cart, no long task on the host page). They run last, one file at a time, once every other suite
 * has finished: on two cores another suite's Chromium beside them tripled their timings (load 7-14) and
 * measured the machine, not the widget.
 */
const TIMED = ['test/e2e/demo-recommendations.test.ts', 'test/browser/hardening-a11y-perf.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: ['default', './test/support/hardening-reporter.ts', './test/support/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: TIMED,
          // Browser suites each start Chromium; two cores do not gain from running many at once.
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
