// Test support: the hardening suites' record of what they checked, for the summary `npm test` prints
// and writes as JSON (test/support/hardening-reporter.ts merges one file per suite). A check counts as
// passed only when its assertions ran without throwing; a failing one is recorded and rethrown.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const HARDENING_DIR = resolve(import.meta.dirname, '../../test-results/hardening');

export interface HardeningCheck {
  page: string;
  check: string;
  passed: boolean;
  /** Set when the check is expected to fail today (it.fails), with the reason. */
  knownFailing?: string;
  /** Set when the check could not be judged in this run (e.g. the machine was too loaded), with why. */
  notJudged?: string;
}

export interface HardeningFault {
  fault: string;
  survived: boolean;
}

export interface SuiteRecord {
  suite: string;
  checks: HardeningCheck[];
  faults: HardeningFault[];
  /** XSS corpus: payloads tried, where, and what came of them. */
  payloads?: { payloads: number; fields: string[]; placements: number; executed: number; external: number };
  /** Named figures (longest host task, axe violations, ...). */
  figures: Record<string, number | string>;
}

export interface Recorder {
  /** Runs `assertions` as one named check on `page`; records whether it passed. */
  check(page: string, check: string, assertions: () => unknown): Promise<void>;
  /** A fault injected into the widget's environment, and whether the widget came through it. */
  fault(fault: string, survived: boolean): void;
  knownFailing(page: string, check: string, reason: string): void;
  notJudged(page: string, check: string, reason: string): void;
  payloads(value: NonNullable<SuiteRecord['payloads']>): void;
  figure(name: string, value: number | string): void;
  /** Writes test-results/hardening/<suite>.json (call in afterAll). */
  write(): void;
}

export function recorder(suite: string): Recorder {
  const record: SuiteRecord = { suite, checks: [], faults: [], figures: {} };
  return {
    async check(page, check, assertions) {
      try {
        await assertions();
        record.checks.push({ page, check, passed: true });
      } catch (err) {
        record.checks.push({ page, check, passed: false });
        throw err;
      }
    },
    fault(fault, survived) {
      record.faults.push({ fault, survived });
    },
    knownFailing(page, check, reason) {
      record.checks.push({ page, check, passed: false, knownFailing: reason });
    },
    notJudged(page, check, reason) {
      record.checks.push({ page, check, passed: false, notJudged: reason });
    },
    payloads(value) {
      record.payloads = value;
    },
    figure(name, value) {
      record.figures[name] = value;
    },
    write() {
      mkdirSync(HARDENING_DIR, { recursive: true });
      writeFileSync(join(HARDENING_DIR, `${suite}.json`), `${JSON.stringify(record, null, 2)}\n`);
    },
  };
}
