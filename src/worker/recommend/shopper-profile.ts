// Worker recommender: what the engine knows about the shopper, updated one event at a time by
// RecommendationEngine.observe (the worker replays stored events at start-up, then each track()).
// Every update is O(1) amortised: affinities decay lazily, lists are capped.
import type { StoredEvent } from '../../protocol/events.ts';
import type { Product } from '../../protocol/product.ts';
import { DecayingCounter } from './decaying-counter.ts';

/** How much each kind of event says about taste; a purchase or cart add is a stronger signal than a view. */
export const EVENT_WEIGHT: Record<'view' | 'click' | 'cart' | 'purchase', number> = { view: 1, click: 1.2, cart: 2, purchase: 1.5 };

export interface Interaction {
  productId: string;
  type: 'view' | 'click' | 'cart' | 'purchase';
  at: number;
  /** Position in the shopper's item sequence (0 = first ever); recency by steps, not only by clock. */
  step: number;
}

const MAX_RECENT = 50;
const MAX_SEARCHES = 10;
/** Long-term category/brand affinity half-life. */
const AFFINITY_HALF_LIFE_MS = 30 * 86_400_000;

export class ShopperProfile {
  /** Latest interaction per product, oldest first, at most MAX_RECENT. */
  readonly recent: Interaction[] = [];
  readonly viewed: string[] = [];
  readonly cart = new Set<string>();
  readonly purchased = new Set<string>();
  readonly dismissed = new Set<string>();
  readonly searches: Array<{ query: string; at: number }> = [];
  readonly categories = new DecayingCounter(AFFINITY_HALF_LIFE_MS);
  readonly brands = new DecayingCounter(AFFINITY_HALF_LIFE_MS);
  lastAt = 0;
  private steps = 0;

  constructor(private readonly productOf: (id: string) => Product | undefined) {}

  observe(e: StoredEvent): void {
    if (e.at > this.lastAt) this.lastAt = e.at;
    if (e.type === 'search') {
      const query = (e.query ?? '').trim();
      if (!query) return;
      const i = this.searches.findIndex((s) => s.query.toLowerCase() === query.toLowerCase());
      if (i >= 0) this.searches.splice(i, 1);
      this.searches.push({ query, at: e.at });
      if (this.searches.length > MAX_SEARCHES) this.searches.shift();
      return;
    }
    const id = e.productId;
    if (!id) return;
    if (e.type === 'dismiss') {
      this.dismissed.add(id);
      return;
    }
    if (e.type === 'cart') {
      // A negative quantity is the page reporting a removal from the cart.
      if ((e.quantity ?? 1) <= 0) {
        this.cart.delete(id);
        return;
      }
      this.cart.add(id);
    }
    if (e.type === 'purchase') {
      this.purchased.add(id);
      this.cart.delete(id);
    }
    if (e.type === 'view') {
      const v = this.viewed.indexOf(id);
      if (v >= 0) this.viewed.splice(v, 1);
      this.viewed.push(id);
      if (this.viewed.length > MAX_RECENT) this.viewed.shift();
    }
    const r = this.recent.findIndex((x) => x.productId === id);
    // Keep the strongest kind seen for a product, at its latest time.
    const type = r >= 0 && EVENT_WEIGHT[this.recent[r]!.type] > EVENT_WEIGHT[e.type] ? this.recent[r]!.type : e.type;
    if (r >= 0) this.recent.splice(r, 1);
    this.recent.push({ productId: id, type, at: e.at, step: this.steps++ });
    if (this.recent.length > MAX_RECENT) this.recent.shift();
    const p = this.productOf(id);
    if (p) {
      const w = EVENT_WEIGHT[e.type];
      const cat = p.categories[p.categories.length - 1];
      if (cat) this.categories.add(cat, w, e.at);
      if (p.brand) this.brands.add(p.brand, w, e.at);
    }
  }

  /** Ids of everything bought, carted or dismissed: never recommended back. */
  excluded(): Set<string> {
    return new Set([...this.purchased, ...this.cart, ...this.dismissed]);
  }
}
