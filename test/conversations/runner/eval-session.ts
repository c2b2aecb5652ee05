// Conversation runner: one Chromium and one tab for every conversation (storage cleared between them),
// the shops started once each, as the vitest suite and `npm run eval:chat` both use them.
import { launch, type Session } from '../../support/chromium.ts';
import type { Conversation, ShopName } from '../conversation.ts';
import { ChatPage } from './chat-page.ts';
import { runConversation, type ConversationResult } from './run-conversation.ts';
import { startShop, type RunningShop } from './start-shop.ts';

export interface EvalSession {
  shop(name: ShopName): RunningShop;
  run(conv: Conversation): Promise<ConversationResult>;
  /** Page errors seen so far (a widget that throws on the merchant's page). */
  pageErrors(): string[];
  close(): Promise<void>;
}

/**
 * Exceptions on every page the session's context opens: the chat tabs are opened with
 * `context.newPage()`, which `launch()`'s own listener (on `session.newPage()` pages) does not see.
 */
export function watchPageErrors(session: Session): void {
  session.context.on('page', (page) => page.on('pageerror', (e) => session.pageErrors.push(String(e))));
}

export async function startEvalSession(shopNames: ShopName[]): Promise<EvalSession> {
  const shops = new Map<ShopName, RunningShop>();
  let browser: Session | undefined;
  try {
    for (const name of shopNames) shops.set(name, await startShop(name));
    browser = await launch();
  } catch (err) {
    await Promise.all([...shops.values()].map((s) => s.close()));
    throw err;
  }
  const session = browser;
  watchPageErrors(session);
  let chat = await ChatPage.open(session.context);
  const shop = (name: ShopName): RunningShop => {
    const s = shops.get(name);
    if (!s) throw new Error(`shop "${name}" was not started; start the session with it`);
    return s;
  };
  return {
    shop,
    async run(conv) {
      try {
        return await runConversation(conv, shop(conv.shop), chat);
      } catch (err) {
        // A crashed or stuck tab must not take the next conversations with it.
        await chat.close().catch(() => undefined);
        chat = await ChatPage.open(session.context);
        throw err;
      }
    },
    pageErrors: () => [...session.pageErrors],
    async close() {
      await session.dispose();
      await Promise.all([...shops.values()].map((s) => s.close()));
    },
  };
}
