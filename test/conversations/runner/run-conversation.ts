// Conversation runner: plays one conversation against a running shop, turn by turn (setup steps first:
// views, a product page, a reload), and checks every answer against the shop's facts.
import { UnresolvedReference, type Answer, type Conversation, type Kind, type Message, type TurnContext, type Verdict } from '../conversation.ts';
import type { ChatPage } from './chat-page.ts';
import type { RunningShop } from './start-shop.ts';

export interface TurnResult {
  index: number;
  kind: Kind;
  message: string;
  ok: boolean;
  verdicts: Verdict[];
  answer: Answer;
  ms: number;
}

export interface ConversationResult {
  id: string;
  shop: string;
  via: 'ui' | 'api';
  ok: boolean;
  turns: TurnResult[];
}

const NO_ANSWER: Answer = { text: '', seen: '', productIds: [], reasons: [], actions: [] };

function messageOf(say: Message, ctx: Omit<TurnContext, 'message'>): string {
  if (typeof say === 'string') return say;
  const p = say.product.resolve(ctx);
  return say.template.replaceAll('{title}', p.title).replaceAll('{brand}', p.brand);
}

export async function runConversation(conv: Conversation, shop: RunningShop, chat: ChatPage): Promise<ConversationResult> {
  if (conv.shop !== shop.name) throw new Error(`conversation ${conv.id} is for shop "${conv.shop}", not "${shop.name}"`);
  await chat.newShopper(shop.home);
  const ctx: Omit<TurnContext, 'message'> = { facts: shop.facts, previous: [], viewed: [] };
  const turns: TurnResult[] = [];
  for (const [index, turn] of conv.turns.entries()) {
    for (const step of turn.before ?? []) {
      if ('view' in step) {
        const products = step.view.map((r) => r.resolve(ctx));
        await chat.track(products.map((p) => p.id));
        ctx.viewed.push(...products);
      } else if ('visit' in step) {
        ctx.focus = step.visit.resolve(ctx);
        await chat.goto(shop.productPage(ctx.focus.id));
      } else {
        await chat.reload();
      }
    }
    let message: string;
    try {
      message = messageOf(turn.say, ctx);
    } catch (err) {
      if (!(err instanceof UnresolvedReference)) throw err;
      // The shopper cannot even say "the second one" if there was no second one: this turn is wrong.
      turns.push({ index, kind: turn.kind, message: `(${err.message})`, ok: false, verdicts: [{ expected: 'a message about an earlier answer', ok: false, got: err.message }], answer: NO_ANSWER, ms: 0 });
      ctx.previous.push(NO_ANSWER);
      continue;
    }
    const started = Date.now();
    const answer = await chat.ask(message, conv.via);
    const ms = Date.now() - started;
    const verdicts = turn.expect.map((e) => e.evaluate(answer, { ...ctx, message }));
    turns.push({ index, kind: turn.kind, message, ok: verdicts.every((v) => v.ok), verdicts, answer, ms });
    ctx.previous.push(answer);
  }
  return { id: conv.id, shop: conv.shop, via: conv.via, ok: turns.every((t) => t.ok), turns };
}
