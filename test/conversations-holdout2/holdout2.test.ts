// Second held-out conversations through the built widget in real Chromium, on a shop nobody developing
// the assistant has run against (Maple & Mutt, test/fixtures/shops/pets/). A measurement, not a regression
// test: a wrong answer is counted in the table (printed, and written to bench-results/eval-chat-holdout2.json),
// never a failure. What fails is the harness: a conversation that could not run to its end (a crashed
// tab, a stuck turn, a script that does not fit the shop's files) or an exception on the merchant's page.
// The runner and the report are the first held-out set's (test/conversations-holdout/), imported.
// Two conversations that must break the harness run with the others, to show such failures are caught here too.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../conversations/conversation.ts';
import * as E from '../conversations/expect/index.ts';
import { startEvalSession } from '../conversations/runner/eval-session.ts';
import { ROOT } from '../conversations/runner/start-shop.ts';
import { about, after, conversationsFor, turn, visit } from '../conversations/script.ts';
import { holdoutReport, writeHoldoutReport } from '../conversations-holdout/holdout-report.ts';
import { harnessProblems, runHoldout, type HoldoutRun } from '../conversations-holdout/run-holdout.ts';
import { HOLDOUT2_CONVERSATIONS, HOLDOUT2_SHOPS } from './holdout2-conversations.ts';

const REPORT = join(ROOT, 'bench-results/eval-chat-holdout2.json');

/** Scripts the harness cannot play: each must come back as a harness error, never as a wrong answer. */
const MUST_BREAK: Conversation[] = conversationsFor('pets', [
  // A page without the widget (the shop has no such product page): waiting for the chat times out.
  ['harness-check-page-without-widget', 'ui',
    after([visit({ label: 'a page the shop does not have', resolve: (ctx) => ({ ...ctx.facts.products[0]!, id: 'no-such-product' }) })], turn('search', 'dog food', E.showsProducts(1)))],
  // A script that names a product the catalog lacks.
  ['harness-check-unknown-product', 'api',
    turn('product-question', about('how much is the {title}?', E.byTitle('A Product This Shop Does Not Sell')), E.nonEmptyText())],
]);
const mustBreak = new Set(MUST_BREAK.map((c) => c.id));

let run: HoldoutRun;
const log = (line: string) => process.stdout.write(`held-out 2: ${line}\n`);

beforeAll(async () => {
  run = await runHoldout([...HOLDOUT2_CONVERSATIONS, ...MUST_BREAK], { start: () => startEvalSession(HOLDOUT2_SHOPS), log });
}, 2_400_000);

describe('second held-out conversations (a measurement: wrong answers are reported, not failed)', () => {
  for (const conv of HOLDOUT2_CONVERSATIONS) {
    it(`${conv.id} runs to its end`, () => {
      expect(run.harnessErrors[conv.id], `${conv.id} did not run to its end`).toBeUndefined();
      const r = run.results.find((x) => x.id === conv.id)!;
      expect(r.turns).toHaveLength(conv.turns.length);
    });
  }

  it('ran every conversation to its end, with no exception on the merchant page', () => {
    const real = { ...run, harnessErrors: Object.fromEntries(Object.entries(run.harnessErrors).filter(([id]) => !mustBreak.has(id))) };
    expect(harnessProblems(real)).toEqual([]);
  });

  it('reports a conversation the harness could not play as a harness error (a timeout, a broken script)', () => {
    expect(Object.keys(run.harnessErrors).filter((id) => mustBreak.has(id)).sort()).toEqual([...mustBreak].sort());
    expect(run.harnessErrors['pets-harness-check-page-without-widget']).toMatch(/timeout|exceeded/i);
    expect(run.harnessErrors['pets-harness-check-unknown-product']).toMatch(/conversation script/);
  });

  it('prints the right/wrong table and writes bench-results/eval-chat-holdout2.json', () => {
    const measured = { ...run, results: run.results.filter((r) => !mustBreak.has(r.id)), harnessErrors: Object.fromEntries(Object.entries(run.harnessErrors).filter(([id]) => !mustBreak.has(id))) };
    const report = holdoutReport(measured);
    writeHoldoutReport(REPORT, report);
    const turns = HOLDOUT2_CONVERSATIONS.reduce((n, c) => n + c.turns.length, 0);
    const { right, wrong } = report.scores.turns;
    log(`\n${report.table}\n\n${HOLDOUT2_CONVERSATIONS.length} second held-out conversations, ${right} of ${turns} turns right (${((100 * right) / turns).toFixed(0)}%), ${report.scores.conversations.right} conversations right, in ${run.seconds.toFixed(0)} s; wrote ${REPORT}`);
    expect(right + wrong).toBe(turns);
    expect(report.conversations).toHaveLength(HOLDOUT2_CONVERSATIONS.length);
  });
});
