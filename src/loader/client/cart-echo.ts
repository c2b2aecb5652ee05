// Client (on the page): the widget's own add-to-cart, heard again from the shop. A card's "Add to cart"
// is tracked by the UI and announced as `aisle:add-to-cart`; the shop's handler adds the product to its
// cart and, like most shops with GA4, reports `add_to_cart` on its dataLayer, which event capture would
// record as a second cart event. That echo is recognised here and dropped: one add, one event.
import type { TrackEvent } from '../../protocol/events.ts';

/** How long after the widget's add the shop's report of it counts as the same add. */
const ECHO_MS = 10_000;

export interface CartEcho {
  /** The widget added this product (its UI tracks the add itself). */
  added(productId: string): void;
  /** Whether a captured page event is the shop reporting that add (each add is matched once). */
  isEcho(event: TrackEvent): boolean;
}

export function cartEcho(now: () => number = Date.now): CartEcho {
  const adds = new Map<string, number>();
  return {
    added(productId) {
      adds.set(productId, now());
    },
    isEcho(event) {
      if (event.type !== 'cart' || !event.productId) return false;
      const at = adds.get(event.productId);
      if (at === undefined) return false;
      adds.delete(event.productId);
      return now() - at <= ECHO_MS;
    },
  };
}
