// Client (on the page): automatic event capture with no merchant code. schema.org Product JSON-LD on
// the page is a `view`; GA4-style dataLayer ecommerce events map to the matching Aisle event.
import type { TrackEvent } from '../../protocol/events.ts';

type Track = (event: TrackEvent) => void;

/** Product ids from schema.org Product JSON-LD blocks (also inside @graph and arrays). */
export function productIdsFromJsonLd(doc: Document): string[] {
  const ids: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const type = o['@type'];
    if (type === 'Product' || (Array.isArray(type) && type.includes('Product'))) {
      const id = o.sku ?? o.productID ?? o.mpn ?? o.gtin;
      if (typeof id === 'string' || typeof id === 'number') ids.push(String(id));
    }
    if (o['@graph']) visit(o['@graph']);
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem, not a reason to stop capturing.
    }
  }
  return ids;
}

/** Maps one dataLayer entry (GA4 `{event, ecommerce}` or gtag's `['event', name, params]`) to Aisle events. */
export function eventsFromDataLayer(entry: unknown): TrackEvent[] {
  let name: unknown;
  let params: Record<string, unknown> | undefined;
  if (entry && typeof entry === 'object' && 'length' in entry && (entry as ArrayLike<unknown>)[0] === 'event') {
    const args = entry as ArrayLike<unknown>;
    name = args[1];
    params = args[2] as Record<string, unknown> | undefined;
  } else if (entry && typeof entry === 'object') {
    const o = entry as Record<string, unknown>;
    name = o.event;
    params = (o.ecommerce as Record<string, unknown> | undefined) ?? o;
  }
  if (typeof name !== 'string' || !params) return [];
  if (name === 'search') {
    const term = params.search_term ?? (entry as Record<string, unknown>).search_term;
    return typeof term === 'string' && term.trim() ? [{ type: 'search', query: term.trim() }] : [];
  }
  const type = ({ view_item: 'view', select_item: 'click', add_to_cart: 'cart', purchase: 'purchase' } as const)[name];
  if (!type) return [];
  const items = Array.isArray(params.items) ? (params.items as Array<Record<string, unknown>>) : [];
  return items.flatMap((item) => {
    const id = item.item_id ?? item.id;
    if (typeof id !== 'string' && typeof id !== 'number') return [];
    const event: TrackEvent = { type, productId: String(id) };
    if (typeof item.quantity === 'number' && item.quantity > 0 && (type === 'cart' || type === 'purchase')) event.quantity = item.quantity;
    return [event];
  });
}

/**
 * Calls `use` with the page's dataLayer: now if it exists, else when the page (GTM, gtag, a consent
 * manager loading them later) first assigns one. Creating `window.dataLayer` ourselves would add a
 * global to every page without analytics, so an invisible accessor waits for the assignment instead.
 */
function whenDataLayer(win: Window & { dataLayer?: unknown[] }, use: (layer: unknown[]) => void): void {
  if (Array.isArray(win.dataLayer)) return use(win.dataLayer);
  if (win.dataLayer !== undefined || Object.getOwnPropertyDescriptor(win, 'dataLayer')) return;
  Object.defineProperty(win, 'dataLayer', {
    configurable: true,
    enumerable: false,
    get: () => undefined,
    set(value: unknown) {
      // From now on a plain property, exactly as if we had never been here.
      Object.defineProperty(win, 'dataLayer', { configurable: true, enumerable: true, writable: true, value });
      if (Array.isArray(value)) use(value);
    },
  });
}

/** Starts capturing: replays what the page already pushed, then follows new pushes. Returns a stop function. */
export function capturePage(win: Window & { dataLayer?: unknown[] }, track: Track): () => void {
  const viewed = new Set<string>();
  const send = (event: TrackEvent) => {
    // JSON-LD and view_item usually describe the same view: count it once per page.
    if (event.type === 'view') {
      if (viewed.has(event.productId!)) return;
      viewed.add(event.productId!);
    }
    track(event);
  };
  for (const id of productIdsFromJsonLd(win.document)) send({ type: 'view', productId: id });
  let stop = () => {
    const waiting = Object.getOwnPropertyDescriptor(win, 'dataLayer');
    if (waiting?.get) delete win.dataLayer;
  };
  whenDataLayer(win, (layer) => {
    for (const entry of layer) eventsFromDataLayer(entry).forEach(send);
    const original = layer.push;
    const patched = function (this: unknown[], ...entries: unknown[]) {
      const result = original.apply(this, entries);
      for (const entry of entries) {
        try {
          eventsFromDataLayer(entry).forEach(send);
        } catch {
          // Never let our listener break the page's analytics.
        }
      }
      return result;
    };
    layer.push = patched;
    stop = () => {
      if (layer.push === patched) layer.push = original;
    };
  });
  return () => stop();
}
