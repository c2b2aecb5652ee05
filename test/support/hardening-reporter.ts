// Test support: after a run, merges what the hardening suites recorded (test/support/hardening-summary.ts)
// into test-results/hardening-summary.json and prints it in a few lines, so the README can quote one
// run's numbers: pages × checks passed, faults injected and survived, XSS payloads tried.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reporter } from 'vitest/node';
import { HARDENING_DIR, type SuiteRecord } from './hardening-summary.ts';

export const SUMMARY_FILE = resolve(HARDENING_DIR, '../hardening-summary.json');

export interface HardeningSummary {
  at: string;
  suites: string[];
  pages: number;
  checks: { total: number; passed: number; knownFailing: Array<{ page: string; check: string; reason: string }>; notJudged: Array<{ page: string; check: string; reason: string }> };
  faults: { injected: number; survived: number; list: SuiteRecord['faults'] };
  payloads: NonNullable<SuiteRecord['payloads']> | null;
  figures: Record<string, number | string>;
  byPage: Record<string, { checks: number; passed: number }>;
}

export function mergeSuites(records: SuiteRecord[]): HardeningSummary {
  const byPage: HardeningSummary['byPage'] = {};
  const known: HardeningSummary['checks']['knownFailing'] = [];
  const notJudged: HardeningSummary['checks']['notJudged'] = [];
  let passed = 0;
  let total = 0;
  for (const r of records) {
    for (const c of r.checks) {
      const row = (byPage[c.page] ??= { checks: 0, passed: 0 });
      row.checks++;
      total++;
      if (c.passed) {
        row.passed++;
        passed++;
      }
      if (c.knownFailing) known.push({ page: c.page, check: c.check, reason: c.knownFailing });
      if (c.notJudged) notJudged.push({ page: c.page, check: c.check, reason: c.notJudged });
    }
  }
  const faults = records.flatMap((r) => r.faults);
  return {
    at: new Date().toISOString(),
    suites: records.map((r) => r.suite),
    pages: Object.keys(byPage).length,
    checks: { total, passed, knownFailing: known, notJudged },
    faults: { injected: faults.length, survived: faults.filter((f) => f.survived).length, list: faults },
    payloads: records.find((r) => r.payloads)?.payloads ?? null,
    figures: Object.assign({}, ...records.map((r) => r.figures)) as Record<string, number | string>,
    byPage,
  };
}

export function summaryLines(s: HardeningSummary): string[] {
  const lines = [
    `hardening: ${s.pages} pages, ${s.checks.passed}/${s.checks.total} checks passed${s.checks.knownFailing.length ? ` (${s.checks.knownFailing.length} known failing)` : ''}${s.checks.notJudged.length ? ` (${s.checks.notJudged.length} not judged)` : ''}; ${s.faults.survived}/${s.faults.injected} injected faults survived`,
  ];
  if (s.payloads) {
    lines.push(`hardening: XSS corpus ${s.payloads.payloads} payloads × ${s.payloads.fields.length} places (${s.payloads.placements} placements): ${s.payloads.executed} executed, ${s.payloads.external} requests left 127.0.0.1`);
  }
  const figures = Object.entries(s.figures).map(([k, v]) => `${k} ${v}`);
  if (figures.length) lines.push(`hardening: ${figures.join(', ')}`);
  for (const k of s.checks.knownFailing) lines.push(`hardening: known failing: ${k.page} / ${k.check}: ${k.reason}`);
  for (const k of s.checks.notJudged) lines.push(`hardening: not judged: ${k.page} / ${k.check}: ${k.reason}`);
  lines.push(`hardening: written to ${SUMMARY_FILE}`);
  return lines;
}

export default class HardeningReporter implements Reporter {
  private started = Date.now();

  onInit(): void {
    this.started = Date.now();
  }

  onTestRunEnd(): void {
    if (!existsSync(HARDENING_DIR)) return;
    // Only what this run wrote: a subset run (one test file) must not quote an older run's numbers.
    const files = readdirSync(HARDENING_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(HARDENING_DIR, f))
      .filter((f) => statSync(f).mtimeMs >= this.started - 1000);
    if (files.length === 0) return;
    const records = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as SuiteRecord).sort((a, b) => a.suite.localeCompare(b.suite));
    const summary = mergeSuites(records);
    writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`\n${summaryLines(summary).join('\n')}\n`);
  }
}
