// Held-out conversations: every script fits its shop's files (each product it names, each selection it
// makes and each help-centre sentence it quotes is there), checked without running the assistant: each
// turn's expectations are judged against a stand-in answer and must not throw (a broken script throws; a
// wrong answer is only a verdict). Used by each held-out shop's fixture test.
import { expect } from 'vitest';
import type { Answer, Conversation, TurnContext } from '../conversations/conversation.ts';
import type { ShopFacts } from '../conversations/facts/shop-facts.ts';

export function expectScriptsFit(conversations: Conversation[], facts: ShopFacts): void {
  // A stand-in answer showing a few products, so "the second one" resolves; right or wrong does not matter here.
  const answer: Answer = { text: '', seen: '', productIds: facts.products.slice(0, 6).map((p) => p.id), reasons: [], actions: [] };
  for (const conv of conversations) {
    const ctx: Omit<TurnContext, 'message'> = { facts, previous: [], viewed: [] };
    for (const t of conv.turns) {
      for (const step of t.before ?? []) {
        if ('view' in step) ctx.viewed.push(...step.view.map((r) => r.resolve(ctx)));
        else if ('visit' in step) ctx.focus = step.visit.resolve(ctx);
      }
      const message = typeof t.say === 'string' ? t.say : t.say.template.replace('{title}', t.say.product.resolve(ctx).title);
      for (const e of t.expect) expect(() => e.evaluate(answer, { ...ctx, message }), `${conv.id}: "${message}"`).not.toThrow();
      ctx.previous.push(answer);
    }
  }
}
