// Held-out conversations: the report a run writes (bench-results/eval-chat-holdout.json): the right/wrong
// table per kind, every turn with its answer and its failed expectations, and what the harness could not run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatScores, scoreResults, type Scores } from '../conversations/runner/score-table.ts';
import type { HoldoutRun } from './run-holdout.ts';

export interface HoldoutReport {
  generatedAt: string;
  seconds: number;
  heldOut: true;
  scores: Scores;
  table: string;
  pageErrors: string[];
  conversations: unknown[];
}

export function holdoutReport(run: HoldoutRun): HoldoutReport {
  const scores = scoreResults(run.results, run.harnessErrors);
  return {
    generatedAt: new Date().toISOString(),
    seconds: run.seconds,
    heldOut: true,
    scores,
    table: formatScores(scores),
    pageErrors: run.pageErrors,
    conversations: run.results.map((r) => ({
      id: r.id,
      shop: r.shop,
      via: r.via,
      ok: r.ok,
      turns: r.turns.map((t) => ({ kind: t.kind, message: t.message, ok: t.ok, ms: t.ms, text: t.answer.text, products: t.answer.productIds, actions: t.answer.actions, failed: t.verdicts.filter((v) => !v.ok) })),
    })),
  };
}

export function writeHoldoutReport(path: string, report: HoldoutReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
