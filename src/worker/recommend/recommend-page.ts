// Worker recommender: a page's slots as one request. Slots are served one after another, most specific
// first (bought-together, similar, cart, for-you, recently-viewed, trending; the panel after the page), and
// each leaves out what the slots before it took and what the page itself shows, unless it allows repeats.
// A slot served later never changes an earlier one, so the panel opening repaints nothing on the page.
import type { Candidate, PageContext, PageRequest, PageSlot, PageSlotResult, SlotBasis, Strategy } from '../../protocol/recommend.ts';

const PRIORITY: Record<Strategy, number> = { 'bought-together': 0, similar: 1, cart: 2, 'for-you': 3, 'recently-viewed': 4, trending: 5 };

export interface PageEngine {
  recommend(slot: PageSlot, exclude: ReadonlySet<string>, context: PageContext): Candidate[];
  /** Whether the shopper has any history of their own (else a list can only rest on the page or popularity). */
  hasHistory(): boolean;
  categoryOf(id: string): string | undefined;
}

export function recommendPage(req: PageRequest, engine: PageEngine): Array<PageSlotResult<Candidate>> {
  const order = req.slots.map((slot, i) => ({ slot, i })).sort((a, b) => Number(!!a.slot.panel) - Number(!!b.slot.panel) || PRIORITY[a.slot.strategy] - PRIORITY[b.slot.strategy] || a.i - b.i);
  const taken = new Set<string>(req.shown ?? []);
  const context = req.context ?? {};
  const results = new Map<string, PageSlotResult<Candidate>>();
  for (const { slot } of order) {
    const products = engine.recommend(slot, slot.allowRepeats ? new Set() : taken, context);
    // A slot that allows repeats neither avoids the others nor keeps its products from them.
    if (!slot.allowRepeats) for (const c of products) taken.add(c.productId);
    results.set(slot.key, { key: slot.key, products, ...basisOf(products, engine) });
  }
  return req.slots.map((s) => results.get(s.key)!);
}

/** Honest titles: a list of best sellers says it is one, whatever the slot was asked for. */
function basisOf(products: Candidate[], engine: PageEngine): { basis: SlotBasis; popularIn?: string } {
  if (products.length > 0 && products.every((c) => c.source === 'trending')) {
    const cats = new Set(products.map((c) => engine.categoryOf(c.productId)));
    const [only] = cats;
    return cats.size === 1 && only ? { basis: 'popular', popularIn: only } : { basis: 'popular' };
  }
  return { basis: engine.hasHistory() ? 'personal' : 'context' };
}
