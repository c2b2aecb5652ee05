// Worker: the page request the worker keeps answering (AisleWorkerApi.recommendPage with a callback).
// After every action, whoever tracked it (the page, the chat, the panel), and when the full catalog
// replaces the light one, the request is answered again and only the slots whose list changed are sent.
import { releaseProxy } from 'comlink';
import type { RecommendedProduct } from '../protocol/product.ts';
import type { PageRequest, PageSlotResult } from '../protocol/recommend.ts';

export type PageResults = Array<PageSlotResult<RecommendedProduct>>;

interface Watched {
  request: PageRequest;
  onChange: (changed: PageResults) => void;
  /** What each slot last showed (ids and reasons), so only changed slots are sent. */
  shown: Map<string, string>;
}

export class PageWatch {
  private watched: Watched | null = null;
  private refreshing: ReturnType<typeof setTimeout> | null = null;

  /** `answer`: the page request's results now (the worker's engine, light or full). */
  constructor(private readonly answer: (request: PageRequest) => Promise<PageResults>) {}

  /** Watches this request from now on, as answered with `results`; the page's previous one is let go. */
  watch(request: PageRequest, onChange: (changed: PageResults) => void, results: PageResults): void {
    // The previous callback is a comlink proxy holding a MessagePort.
    (this.watched?.onChange as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
    this.watched = { request, onChange, shown: new Map(results.map((r) => [r.key, signature(r)])) };
  }

  /**
   * Answers the watched page again, soon. A burst of events in one turn (a page's view and its search, the
   * full catalog arriving with an event) is answered once.
   */
  refresh(): void {
    if (!this.watched || this.refreshing) return;
    this.refreshing = setTimeout(() => {
      this.refreshing = null;
      const watched = this.watched;
      if (watched) void this.recompute(watched).catch(() => undefined);
    }, 0);
  }

  private async recompute(watched: Watched): Promise<void> {
    const results = await this.answer(watched.request);
    if (this.watched !== watched) return;
    const changed = results.filter((r) => {
      const sig = signature(r);
      if (watched.shown.get(r.key) === sig) return false;
      watched.shown.set(r.key, sig);
      return true;
    });
    if (changed.length > 0) await watched.onChange(changed);
  }
}

/** A slot's list as the shopper sees it: which products, in which order, for which reasons. */
function signature(r: PageSlotResult<RecommendedProduct>): string {
  return `${r.basis}|${r.popularIn ?? ''}|${r.products.map((p) => `${p.id}:${p.reason}`).join('|')}`;
}
