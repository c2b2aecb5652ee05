// UI hook: one slot's (or the panel's) recommendations, from the page's shared request: the list now and
// each time an action changes it. Reports impressions to the page, lets a card be dismissed (recorded by
// the worker, removed here at once), and keeps a card the shopper added to the cart in its place for the
// rest of the visit (the worker leaves carted products out; the card says "Added" instead of vanishing).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecommendedProduct } from '../protocol/product.ts';
import type { SlotBasis } from '../protocol/recommend.ts';
import type { SlotRequest, SlotView } from './ui-deps.ts';
import { useUi } from './ui-context.ts';

export type RecState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; products: RecommendedProduct[]; basis: SlotBasis; popularIn?: string };

const DEFAULT_LIMIT = 8;

export function useRecommendations(request: SlotRequest, reloadKey: number) {
  const { page, api, emit } = useUi();
  const [state, setState] = useState<RecState>({ status: 'loading' });
  const kept = useRef(new Map<string, { product: RecommendedProduct; index: number }>());
  const handle = useRef<{ retry(): void } | null>(null);
  const { strategy, productId, limit, panel, allowRepeats } = request;

  useEffect(() => {
    const slot: SlotRequest = { strategy };
    if (productId) slot.productId = productId;
    if (limit) slot.limit = limit;
    if (panel) slot.panel = true;
    if (allowRepeats) slot.allowRepeats = true;
    const watch = page.watch(slot, (view: SlotView | null) => {
      // A failed refresh leaves what is shown; only a slot with nothing yet says so.
      if (!view) return setState((s) => (s.status === 'ready' ? s : { status: 'failed' }));
      const products = withKept(view.products, kept.current, limit ?? DEFAULT_LIMIT);
      const next: RecState = { status: 'ready', products, basis: view.basis };
      if (view.popularIn) next.popularIn = view.popularIn;
      setState(next);
      if (products.length) emit('impression', { strategy, productIds: products.map((p) => p.id), variant: 'default' });
    });
    handle.current = watch;
    return () => {
      watch.unwatch();
      handle.current = null;
    };
  }, [strategy, productId, limit, panel, allowRepeats, reloadKey]);

  const dismiss = (product: RecommendedProduct) => {
    kept.current.delete(product.id);
    setState((s) => (s.status === 'ready' ? { ...s, products: s.products.filter((p) => p.id !== product.id) } : s));
    void api.track({ type: 'dismiss', productId: product.id }).catch(() => undefined);
  };

  /** Called before the cart event is tracked, so the answer that follows already keeps the card. */
  const added = (product: RecommendedProduct) => {
    if (state.status !== 'ready') return;
    const index = state.products.findIndex((p) => p.id === product.id);
    if (index >= 0) kept.current.set(product.id, { product, index });
  };

  const retry = () => {
    setState({ status: 'loading' });
    handle.current?.retry();
  };

  return { state, dismiss, added, retry };
}

/** The new list with the kept cards back at their places, cut to the limit. */
function withKept(products: RecommendedProduct[], kept: Map<string, { product: RecommendedProduct; index: number }>, limit: number): RecommendedProduct[] {
  if (kept.size === 0) return products;
  const out = products.filter((p) => !kept.has(p.id));
  for (const { product, index } of [...kept.values()].sort((a, b) => a.index - b.index)) out.splice(Math.min(index, out.length), 0, product);
  return out.slice(0, Math.max(limit, kept.size));
}
