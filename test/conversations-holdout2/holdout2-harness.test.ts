// Second held-out conversations: the harness plays every script to its end against a stand-in chat
// (no browser), and no turn is right by default: an empty answer is wrong on every turn, and an answer
// that says "Yes", shows the whole catalog and pastes the whole help centre is wrong on every turn that
// checks products, so the figure holdout2.test.ts prints comes from answers that state the shop's facts.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../conversations/conversation.ts';
import type { ChatPage } from '../conversations/runner/chat-page.ts';
import { runConversation } from '../conversations/runner/run-conversation.ts';
import type { RunningShop } from '../conversations/runner/start-shop.ts';
import { petsCatalog } from '../fixtures/shops/pets/pets-catalog.ts';
import { HOLDOUT2_CONVERSATIONS } from './holdout2-conversations.ts';
import { petsFacts } from './pets-facts.ts';

const facts = petsFacts(petsCatalog());
const shop: RunningShop = { name: 'pets', facts, home: 'http://shop.invalid/', productPage: (id) => `http://shop.invalid/product/${id}.html`, close: async () => undefined };

/** A chat that answers every message with `answer` and records what the runner did. */
function standInChat(answer: (message: string) => Answer) {
  const log: string[] = [];
  const chat = {
    newShopper: async () => void log.push('new shopper'),
    track: async (ids: string[]) => void log.push(`track ${ids.join(' ')}`),
    goto: async (url: string) => void log.push(`goto ${url}`),
    reload: async () => void log.push('reload'),
    ask: async (message: string) => answer(message),
  } as unknown as ChatPage;
  return { chat, log };
}

async function playAll(answer: (message: string) => Answer) {
  const results = [];
  for (const conv of HOLDOUT2_CONVERSATIONS) results.push(await runConversation(conv, shop, standInChat(answer).chat));
  return results.flatMap((r) => r.turns);
}

describe('the second held-out harness', () => {
  it('plays every script to its end and finds an empty answer wrong on every turn', async () => {
    const turns = await playAll(() => ({ text: '', seen: '', productIds: [], reasons: [], actions: [] }));
    expect(turns).toHaveLength(HOLDOUT2_CONVERSATIONS.reduce((n, c) => n + c.turns.length, 0));
    expect(turns.filter((t) => t.ok).map((t) => t.message)).toEqual([]);
  });

  it('finds "Yes" with the whole catalog and the whole help centre wrong on every turn that checks products', async () => {
    const everything = facts.helpCentre.sections.flatMap((s) => s.sentences).join(' ');
    const turns = await playAll(() => ({ text: `Yes. ${everything}`, seen: everything, productIds: facts.products.map((p) => p.id), reasons: facts.products.map(() => 'because'), actions: ['contact-human'] }));
    const right = turns.filter((t) => t.ok);
    // Such an answer passes only turns checked by their text alone: a policy value the help centre holds, a
    // yes, a product's own number. Every search, compare, recommendation and language turn fails it, since
    // those check which products are shown (the same checks as the first held-out set and the development
    // shops, so the figures compare).
    expect(right.filter((t) => ['search', 'compare', 'recommendation', 'language', 'out-of-scope'].includes(t.kind)).map((t) => t.message)).toEqual([]);
    expect(right.length / turns.length).toBeLessThan(0.4);
  });

  it('opens the product page, records views and reloads where a script says so', async () => {
    const { chat, log } = standInChat(() => ({ text: '', seen: '', productIds: [], reasons: [], actions: [] }));
    for (const conv of HOLDOUT2_CONVERSATIONS.filter((c) => c.turns.some((t) => t.before?.length))) await runConversation(conv, shop, chat);
    expect(log.some((l) => l.startsWith('goto http://shop.invalid/product/'))).toBe(true);
    expect(log.some((l) => l.startsWith('track '))).toBe(true);
    expect(log).toContain('reload');
  });
});
