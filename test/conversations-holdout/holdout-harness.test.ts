// Held-out conversations: the harness fails the run for what is its own fault, and only for that. With
// stand-in sessions: a conversation whose run rejects (a crashed tab), one that never finishes (a stuck
// turn: its session is closed and a fresh one plays on), an exception on the page; a wrong answer is none
// of these. In real Chromium: an exception thrown on a tab opened the way the chat tabs are is recorded.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../conversations/conversation.ts';
import type { EvalSession } from '../conversations/runner/eval-session.ts';
import { watchPageErrors } from '../conversations/runner/eval-session.ts';
import type { ConversationResult } from '../conversations/runner/run-conversation.ts';
import { launch } from '../support/chromium.ts';
import { harnessProblems, runHoldout } from './run-holdout.ts';

const conv = (id: string, turns = 1): Conversation => ({ id, shop: 'homeware', via: 'api', turns: Array.from({ length: turns }, () => ({ say: 'kettles', kind: 'search' as const, expect: [] })) });
const result = (c: Conversation, ok: boolean, turns = c.turns.length): ConversationResult => ({
  id: c.id,
  shop: c.shop,
  via: c.via,
  ok,
  turns: Array.from({ length: turns }, (_, index) => ({ index, kind: 'search' as const, message: 'kettles', ok, verdicts: [], answer: { text: '', seen: '', productIds: [], reasons: [], actions: [] }, ms: 1 })),
});

/** A session whose conversations behave as `play` says; records what the runner did to it. */
function standIn(play: (c: Conversation) => Promise<ConversationResult>, pageErrors: string[] = []) {
  const log = { started: 0, closed: 0 };
  const start = async (): Promise<EvalSession> => {
    log.started++;
    return { shop: () => { throw new Error('not used'); }, run: play, pageErrors: () => pageErrors, close: async () => void log.closed++ };
  };
  return { start, log };
}

describe('the held-out harness', () => {
  it('counts wrong answers as a measurement, not as a harness problem', async () => {
    const a = conv('a', 2);
    const b = conv('b');
    const { start } = standIn(async (c) => result(c, c.id === 'a'));
    const run = await runHoldout([a, b], { start });
    expect(run.results.map((r) => [r.id, r.ok])).toEqual([['a', true], ['b', false]]);
    expect(harnessProblems(run)).toEqual([]);
  });

  it('fails a conversation whose run rejects (a crashed tab) and goes on with the next', async () => {
    const { start } = standIn(async (c) => (c.id === 'crash' ? Promise.reject(new Error('page.evaluate: Target crashed')) : result(c, true)));
    const run = await runHoldout([conv('crash'), conv('next')], { start });
    expect(harnessProblems(run)).toEqual(['crash did not run to its end: page.evaluate: Target crashed']);
    expect(run.results.map((r) => r.id)).toEqual(['next']);
  });

  it('fails a stuck conversation after its time limit, and plays the rest in a fresh session', async () => {
    const { start, log } = standIn((c) => (c.id === 'stuck' ? new Promise<never>(() => undefined) : Promise.resolve(result(c, true))));
    const run = await runHoldout([conv('stuck'), conv('next')], { start, timeoutMs: () => 50 });
    expect(harnessProblems(run)).toEqual(['stuck did not run to its end: conversation stuck did not finish within 0 s']);
    expect(run.results.map((r) => r.id)).toEqual(['next']);
    expect(log).toEqual({ started: 2, closed: 2 });
  });

  it('fails a run that came back short of its turns', async () => {
    const { start } = standIn(async (c) => result(c, true, 1));
    const run = await runHoldout([conv('short', 3)], { start });
    expect(harnessProblems(run)).toEqual(['short did not run to its end: the run came back with 1 of 3 turns']);
  });

  it("fails the run on an exception on the merchant's page", async () => {
    const { start } = standIn(async (c) => result(c, true), ['Error: boom']);
    const run = await runHoldout([conv('fine')], { start });
    expect(harnessProblems(run)).toEqual(["an exception on the merchant's page: Error: boom"]);
  });

  it('records an exception thrown on a tab opened with context.newPage(), as the chat tabs are (real Chromium)', async () => {
    const session = await launch();
    try {
      watchPageErrors(session);
      const page = await session.context.newPage();
      await page.setContent('<p>shop</p>');
      await page.evaluate(() => setTimeout(() => { throw new Error('thrown by the widget'); }, 0));
      await expect.poll(() => session.pageErrors.join('\n')).toMatch(/thrown by the widget/);
    } finally {
      await session.dispose();
    }
  });
});
