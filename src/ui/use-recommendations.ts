// UI hook: fetches one strategy's recommendations from the worker, reports the impression to the page,
// and lets a card be dismissed (recorded by the worker, removed here at once).
import { useEffect, useState } from 'preact/hooks';
import type { RecommendedProduct } from '../protocol/product.ts';
import type { RecommendRequest } from '../protocol/recommend.ts';
import { useUi } from './ui-context.ts';

export type RecState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; products: RecommendedProduct[] };

export function useRecommendations(request: RecommendRequest, reloadKey: number) {
  const { api, emit } = useUi();
  const [state, setState] = useState<RecState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { strategy, productId, limit } = request;

  useEffect(() => {
    let live = true;
    const req: RecommendRequest = { strategy };
    if (productId) req.productId = productId;
    if (limit) req.limit = limit;
    api
      .recommend(req)
      .then((products) => {
        if (!live) return;
        setState({ status: 'ready', products });
        if (products.length) emit('impression', { strategy, productIds: products.map((p) => p.id), variant: 'default' });
      })
      .catch(() => live && setState({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [strategy, productId, limit, reloadKey, attempt]);

  const dismiss = (product: RecommendedProduct) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', products: s.products.filter((p) => p.id !== product.id) } : s));
    void api.track({ type: 'dismiss', productId: product.id }).catch(() => undefined);
  };

  return { state, dismiss, retry: () => setAttempt((a) => a + 1) };
}
