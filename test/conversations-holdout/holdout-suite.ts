// Held-out conversations: the measurement suite every held-out set runs (holdout.test.ts, and the second
// set's holdout2.test.ts): its conversations through the built widget in real Chromium, wrong answers
// counted in the table (printed, and written to the set's JSON report), never failed. What fails is the
// harness: a conversation that could not run to its end (a crashed tab, a stuck turn, a script that does
// not fit the shop's files) or an exception on the merchant's page. Two conversations that must break the
// harness run with the others, to show such failures are caught.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Conversation, ShopName } from '../conversations/conversation.ts';
import * as E from '../conversations/expect/index.ts';
import { startEvalSession } from '../conversations/runner/eval-session.ts';
import { about, after, conversationsFor, turn, visit } from '../conversations/script.ts';
import { holdoutReport, writeHoldoutReport } from './holdout-report.ts';
import { harnessProblems, runHoldout, type HoldoutRun } from './run-holdout.ts';

export interface HoldoutSuite {
  /** "held-out", "second held-out": the suite's name and its log lines' prefix. */
  name: string;
  shop: ShopName;
  conversations: Conversation[];
  /** Where the JSON report goes (bench-results/…). */
  report: string;
  /** A search the shop sells something for, sent on the page without the widget (it never gets an answer). */
  probe: string;
}

/** Scripts the harness cannot play: each must come back as a harness error, never as a wrong answer. */
function mustBreak(shop: ShopName, probe: string): Conversation[] {
  return conversationsFor(shop, [
    // A page without the widget (the shop has no such product page): waiting for the chat times out.
    ['harness-check-page-without-widget', 'ui',
      after([visit({ label: 'a page the shop does not have', resolve: (ctx) => ({ ...ctx.facts.products[0]!, id: 'no-such-product' }) })], turn('search', probe, E.showsProducts(1)))],
    // A script that names a product the catalog lacks.
    ['harness-check-unknown-product', 'api',
      turn('product-question', about('how much is the {title}?', E.byTitle('A Product This Shop Does Not Sell')), E.nonEmptyText())],
  ]);
}

export function describeHoldout(suite: HoldoutSuite): void {
  const breaking = mustBreak(suite.shop, suite.probe);
  const breakIds = new Set(breaking.map((c) => c.id));
  const withoutBreaking = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).filter(([id]) => !breakIds.has(id)));
  let run: HoldoutRun;
  const log = (line: string) => process.stdout.write(`${suite.name}: ${line}\n`);

  beforeAll(async () => {
    run = await runHoldout([...suite.conversations, ...breaking], { start: () => startEvalSession([suite.shop]), log });
  }, 2_400_000);

  describe(`${suite.name} conversations (a measurement: wrong answers are reported, not failed)`, () => {
    for (const conv of suite.conversations) {
      it(`${conv.id} runs to its end`, () => {
        expect(run.harnessErrors[conv.id], `${conv.id} did not run to its end`).toBeUndefined();
        const r = run.results.find((x) => x.id === conv.id)!;
        expect(r.turns).toHaveLength(conv.turns.length);
      });
    }

    it('ran every conversation to its end, with no exception on the merchant page', () => {
      expect(harnessProblems({ ...run, harnessErrors: withoutBreaking(run.harnessErrors) })).toEqual([]);
    });

    it('reports a conversation the harness could not play as a harness error (a timeout, a broken script)', () => {
      expect(Object.keys(run.harnessErrors).filter((id) => breakIds.has(id)).sort()).toEqual([...breakIds].sort());
      expect(run.harnessErrors[`${suite.shop}-harness-check-page-without-widget`]).toMatch(/timeout|exceeded/i);
      expect(run.harnessErrors[`${suite.shop}-harness-check-unknown-product`]).toMatch(/conversation script/);
      expect(harnessProblems(run).length).toBeGreaterThanOrEqual(2);
    });

    it(`prints the right/wrong table and writes ${suite.report.split('/').slice(-2).join('/')}`, () => {
      const measured = { ...run, results: run.results.filter((r) => !breakIds.has(r.id)), harnessErrors: withoutBreaking(run.harnessErrors) };
      const report = holdoutReport(measured);
      writeHoldoutReport(suite.report, report);
      const turns = suite.conversations.reduce((n, c) => n + c.turns.length, 0);
      const { right, wrong } = report.scores.turns;
      log(`\n${report.table}\n\n${suite.conversations.length} ${suite.name} conversations, ${right} of ${turns} turns right (${((100 * right) / turns).toFixed(0)}%), ${report.scores.conversations.right} conversations right, in ${run.seconds.toFixed(0)} s; wrote ${suite.report}`);
      expect(right + wrong).toBe(turns);
      expect(report.conversations).toHaveLength(suite.conversations.length);
    });
  });
}
