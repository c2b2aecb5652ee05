// Conversations through the built widget in real Chromium, on the demo shop, the outdoor fixture shop
// and (where ../shared/data has it) DummyJSON: one test per conversation, each answer checked against
// the shop's own files. Conversations in KNOWN_FAILING run with `it.fails` (see known-failing.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CONVERSATIONS, SHOPS } from './all-conversations.ts';
import { KNOWN_FAILING } from './known-failing.ts';
import { startEvalSession, type EvalSession } from './runner/eval-session.ts';
import { formatResult } from './runner/format-result.ts';
import { shopUnavailable } from './runner/start-shop.ts';

const available = SHOPS.filter((s) => {
  const why = shopUnavailable(s);
  if (why) console.warn(`conversations on the ${s} shop: skipped, ${why}`);
  return !why;
});

let session: EvalSession;
/** A conversation that could not run to its end is the harness's failure, never an expected one. */
const brokenRuns: string[] = [];

beforeAll(async () => {
  session = await startEvalSession(available);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

for (const shop of SHOPS) {
  describe.skipIf(!available.includes(shop))(`conversations on the ${shop} shop`, () => {
    for (const conv of ALL_CONVERSATIONS.filter((c) => c.shop === shop)) {
      const known = KNOWN_FAILING[conv.id];
      const test = known ? it.fails : it;
      test(`${conv.id}${known ? ` (known failing: ${known})` : ''}`, async () => {
        let result;
        try {
          result = await session.run(conv);
        } catch (err) {
          brokenRuns.push(`${conv.id}: ${(err as Error).message}`);
          throw err;
        }
        if (!result.ok) throw new Error(formatResult(result, session.shop(shop).facts));
        // it.fails reports only "expected to fail"; say what to do about it.
        if (known) console.warn(`${conv.id} is right now: take it off KNOWN_FAILING in test/conversations/known-failing.ts`);
      }, 180_000);
    }
  });
}

describe('the conversation harness', () => {
  it('ran every conversation to its end, with no error on the merchant page', () => {
    expect(brokenRuns).toEqual([]);
    expect(session.pageErrors()).toEqual([]);
  });
  it('lists only conversations that exist as known failing', () => {
    const ids = new Set(ALL_CONVERSATIONS.map((c) => c.id));
    expect(Object.keys(KNOWN_FAILING).filter((id) => !ids.has(id))).toEqual([]);
  });
});
