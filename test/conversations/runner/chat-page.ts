// Conversation runner: one browser tab driving the widget as a shopper does: opens the panel's chat,
// types the message into the real input (or calls `Aisle.ask` on the page), waits for the answer to
// settle and reads its text, product cards and actions from the DOM (shadow roots are open).
import type { BrowserContext, Page } from 'playwright-core';
import type { AisleApi } from '../../../src/protocol/public-api.ts';
import type { Answer } from '../conversation.ts';

type AisleWindow = Window & { Aisle: AisleApi; __convHandoffs: string[][] };

const ANSWER_TIMEOUT_MS = 30_000;
const WARM_TIMEOUT_MS = 30_000;

/** Requests that would leave the machine (catalog images on a CDN): refused at once, as offline. */
const isLocal = (url: string) => /^(?:data:|blob:|about:)/.test(url) || /^https?:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(url);

export class ChatPage {
  private constructor(readonly page: Page, private readonly context: BrowserContext) {}

  static async open(context: BrowserContext): Promise<ChatPage> {
    const page = await context.newPage();
    await page.route((url) => !isLocal(url.href), (route) => route.abort('internetdisconnected'));
    // The merchant's side of the handoff: what the page receives when the shopper asks for a person.
    await page.addInitScript(() => {
      const w = window as unknown as AisleWindow;
      w.__convHandoffs = [];
      addEventListener('aisle:contact-human', (e) => {
        const detail = (e as CustomEvent<{ transcript?: Array<{ text: string }> }>).detail;
        w.__convHandoffs.push((detail?.transcript ?? []).map((m) => m.text));
      });
    });
    return new ChatPage(page, context);
  }

  /**
   * A new shopper on `url`. Already there: `Aisle.forget()` erases the last one (the documented "erase
   * everything", checked empty after), keeping the warm worker, so conversations do not each pay for a
   * model start. Elsewhere: the origin's storage is cleared (the model stays in the Cache API) and the page opened.
   */
  async newShopper(url: string): Promise<void> {
    if (this.page.url() === url) {
      const left = await this.page.evaluate(async () => {
        const aisle = (window as unknown as AisleWindow).Aisle;
        await aisle.forget();
        const p = await aisle.profile();
        return p.events.length + p.chat.length;
      });
      if (left !== 0) throw new Error(`Aisle.forget() left ${left} events or chat messages behind; conversations cannot start clean`);
      return;
    }
    await this.startFresh(url);
  }

  private async startFresh(url: string): Promise<void> {
    await this.page.goto('about:blank');
    const cdp = await this.context.newCDPSession(this.page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'indexeddb,local_storage,session_storage' });
    await cdp.detach();
    await this.goto(url);
  }

  /** Opens a page of the shop and the chat on it, with the encoder warmed as a shopper's focus warms it. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.openChat();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.openChat();
  }

  private async openChat(): Promise<void> {
    await this.page.waitForFunction(() => 'Aisle' in window);
    await this.page.evaluate(() => (window as unknown as AisleWindow).Aisle.ready);
    await this.page.evaluate(() => (window as unknown as AisleWindow).Aisle.open());
    await this.page.getByRole('tab', { name: 'Chat' }).click();
    await this.input().focus();
    // Focus starts the model download; the status line's loading state ends when it is ready (or failed).
    await this.page.locator('p.warm-loading').waitFor({ state: 'detached', timeout: WARM_TIMEOUT_MS }).catch(() => undefined);
  }

  private input() {
    return this.page.getByRole('textbox', { name: 'Your question' });
  }

  async track(productIds: string[]): Promise<void> {
    await this.page.evaluate(async (ids) => {
      for (const productId of ids) await (window as unknown as AisleWindow).Aisle.track({ type: 'view', productId });
    }, productIds);
  }

  async ask(message: string, via: 'ui' | 'api'): Promise<Answer> {
    return via === 'api' ? this.askApi(message) : this.askUi(message);
  }

  private async askApi(message: string): Promise<Answer> {
    const r = await this.page.evaluate(
      (q) =>
        (window as unknown as AisleWindow).Aisle.ask(q).then(
          (a) => {
            // Optional parts of the answer (a comparison table, the source section's name) as the shopper reads them.
            const extra = a as { comparison?: { products: Array<{ title: string }>; rows: Array<{ label: string; values: string[] }> }; source?: { section: string } };
            const table = extra.comparison ? [extra.comparison.products.map((p) => p.title).join(' | '), ...extra.comparison.rows.map((r) => `${r.label}: ${r.values.join(' | ')}`)] : [];
            const seen = [a.text, ...table, extra.source ? extra.source.section : ''].filter(Boolean).join('\n');
            return { text: a.text, seen, productIds: a.products.map((p) => p.id), reasons: a.products.map((p) => p.reason ?? ''), actions: (a.actions ?? []).map((x) => x.kind), intent: a.intent };
          },
          (e: Error) => ({ text: `[Aisle.ask rejected: ${e.message}]`, seen: '', productIds: [] as string[], reasons: [] as string[], actions: [] as Array<'contact-human' | 'open-url'>, intent: 'error' }),
        ),
      message,
    );
    return r;
  }

  private async askUi(message: string): Promise<Answer> {
    const answers = this.page.locator('[data-role="assistant"]');
    const before = await answers.count();
    const input = this.input();
    // fill() fires the input event the chat's onInput listens to (as typing does, in one step: typing
    // key by key costs a round trip per character); Enter submits the form as a shopper does.
    await input.fill(message);
    await input.press('Enter');
    await this.page.waitForFunction(
      (n) => {
        const host = document.querySelector('[data-aisle-root]');
        const root = host?.shadowRoot ?? document;
        const all = root.querySelectorAll('[data-role="assistant"]');
        const log = root.querySelector('[role="log"]');
        return all.length > n && log?.getAttribute('aria-busy') !== 'true' && !all[all.length - 1]!.querySelector('.typing');
      },
      before,
      { timeout: ANSWER_TIMEOUT_MS },
    );
    const last = answers.last();
    // innerText: what the shopper sees (a collapsed "whole section" is not part of the answer they read).
    const text = (await last.locator('.bubble').first().innerText()).trim();
    const seen = await last.evaluate((el) =>
      Array.from(el.children)
        .filter((c) => !c.matches('.sr-only, [data-product-id]') && !c.querySelector('[data-product-id]'))
        .map((c) => (c as HTMLElement).innerText.trim())
        .filter(Boolean)
        .join('\n'),
    );
    const cards = await last.locator('[data-product-id]').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-product-id')!, reason: e.querySelector('.card-reason > span')?.textContent?.trim() ?? '' })));
    const productIds = cards.map((c) => c.id);
    const reasons = cards.map((c) => c.reason);
    const actions: Answer['actions'] = [];
    let transcript: string[] | undefined;
    // Actions are the message's own buttons and links, outside its product cards.
    for (const button of await last.locator('button').all()) {
      if (await button.evaluate((b) => b.closest('article') !== null)) continue;
      const seen = await this.page.evaluate(() => (window as unknown as AisleWindow).__convHandoffs.length);
      await button.click();
      const handoffs = await this.page.evaluate(() => (window as unknown as AisleWindow).__convHandoffs);
      if (handoffs.length > seen) {
        actions.push('contact-human');
        transcript = handoffs[handoffs.length - 1];
      }
    }
    for (const link of await last.locator('a').all()) if (await link.evaluate((a) => a.closest('article') === null)) actions.push('open-url');
    return { text, seen, productIds, reasons, actions, ...(transcript ? { transcript } : {}) };
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
