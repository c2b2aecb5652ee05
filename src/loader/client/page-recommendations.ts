// Client (on the page): the page's one recommendation request. Every mounted slot and the panel's
// "For you" register here; the registrations of one turn go to the worker as one request (disjoint
// products), and the worker answers again after every action, whoever tracked it (the page, the chat,
// the panel). A slot hears only about its own list, and only when it changed.
import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import type { RecommendedProduct } from '../../protocol/product.ts';
import type { PageContext, PageSlot, PageSlotResult } from '../../protocol/recommend.ts';
import type { AisleWorkerApi } from '../../protocol/worker-api.ts';
import type { PageRecommendations, SlotListener, SlotRequest, SlotView } from '../../ui/ui-deps.ts';

type Result = PageSlotResult<RecommendedProduct>;

interface Registered {
  slot: SlotRequest;
  listener: SlotListener;
  /** What the slot shows now (ids, reasons, basis): an identical answer is not passed on. */
  shown?: string;
}

/** What the merchant's page shows: its product, category and search, and products it lists itself. */
export interface PageInfo {
  context: PageContext;
  shown: string[];
}

/**
 * What a slot shows, as one string: ids, reasons, basis. Built by hand, not with JSON.stringify, which
 * runs on the merchant's page and can be replaced or broken there (see test/browser/hardening-pages.test.ts).
 */
function signature(view: SlotView): string {
  let sig = `${view.basis}\u0000${view.popularIn ?? ''}`;
  for (const p of view.products) sig += `\u0001${p.id}\u0000${p.reason}\u0000${p.why ?? ''}`;
  return sig;
}

export function pageRecommendations(api: Remote<AisleWorkerApi>, readPage: () => PageInfo): PageRecommendations {
  const slots = new Map<string, Registered>();
  let counter = 0;
  let scheduled = false;
  let generation = 0;

  const deliver = (results: Result[], gen: number) => {
    if (gen !== generation) return;
    for (const r of results) {
      const entry = slots.get(r.key);
      if (!entry) continue;
      const view: SlotView = { products: r.products, basis: r.basis };
      if (r.popularIn) view.popularIn = r.popularIn;
      const sig = signature(view);
      if (sig === entry.shown) continue;
      entry.shown = sig;
      entry.listener(view);
    }
  };

  const send = async () => {
    scheduled = false;
    const gen = ++generation;
    const entries = [...slots];
    const page = readPage();
    const request = { slots: entries.map(([key, e]): PageSlot => ({ ...e.slot, key })), context: page.context, shown: page.shown };
    try {
      const results = await api.recommendPage(request, Comlink.proxy((changed: Result[]) => deliver(changed, gen)));
      deliver(results, gen);
    } catch {
      if (gen !== generation) return;
      for (const [, e] of entries) {
        e.shown = undefined;
        e.listener(null);
      }
    }
  };

  // One request for everything registered in the same turn (a page's slots mount together).
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => void send(), 0);
  };

  return {
    watch(slot, listener) {
      const key = `s${++counter}`;
      slots.set(key, { slot, listener });
      schedule();
      return {
        unwatch() {
          slots.delete(key);
        },
        retry() {
          const entry = slots.get(key);
          if (entry) entry.shown = undefined;
          schedule();
        },
      };
    },
  };
}
