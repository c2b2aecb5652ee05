// Protocol: what the widget tells the merchant's page. Each is a DOM CustomEvent on `window` named
// `aisle:<name>` and a call of the handlers registered with `Aisle.on(name, handler)`. The page acts
// (calls its cart API, navigates); the widget never does the shop's work itself.

export interface HostEventMap {
  /** The shopper clicked "add to cart" on a product card. */
  'add-to-cart': { productId: string; quantity: number; source: 'panel' | 'chat' | 'slot' };
  /** The shopper chose "view" on a product card (the default action also follows `url`). */
  'open-product': { productId: string; url?: string; source: 'panel' | 'chat' | 'slot' };
  /** The shopper asked for a person; `transcript` is the chat so far, for the merchant's help desk. */
  'contact-human': { transcript: Array<{ role: string; text: string }>; url?: string };
  'open': Record<string, never>;
  'close': Record<string, never>;
  /** The widget is ready (index loaded). */
  'ready': { products: number };
  /** The widget degraded (storage in memory, model off); the page keeps working. */
  'degraded': { reason: string };
  /** A recommendation was shown / clicked (anonymous, for the merchant's own analytics). */
  'impression': { strategy: string; productIds: string[]; variant: string };
  'recommendation-click': { strategy: string; productId: string; variant: string };
}
export type HostEventName = keyof HostEventMap;
