// UI: the panel's "For you" tab: a grid of recommended cards with reasons and "not interested".
import { useRef, useState } from 'preact/hooks';
import type { RecommendedProduct } from '../protocol/product.ts';
import { ProductCard } from './product-card.tsx';
import { format } from './strings.ts';
import { useRecommendations } from './use-recommendations.ts';
import { useUi } from './ui-context.ts';

export function ForYouView({ reloadKey }: { reloadKey: number }) {
  const { t } = useUi();
  const { state, dismiss, added, retry } = useRecommendations({ strategy: 'for-you', limit: 8, panel: true }, reloadKey);
  const [notice, setNotice] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  const onDismiss = (product: RecommendedProduct) => {
    // Keep keyboard users in place: focus moves to the next card's first control (or the previous one).
    const items = Array.from(listRef.current?.children ?? []);
    const at = items.findIndex((li) => li.getAttribute('data-id') === product.id);
    const neighbour = items[at + 1] ?? items[at - 1];
    dismiss(product);
    setNotice(format(t.dismissed, { title: product.title }));
    neighbour?.querySelector<HTMLElement>('button, a')?.focus();
  };

  return (
    <div class="view">
      <p class="sr-only" role="status">
        {notice}
      </p>
      {state.status === 'loading' && <div class="skeleton-grid" aria-label={t.loading} role="status">{[0, 1, 2, 3].map((i) => <div key={i} class="skeleton" />)}</div>}
      {state.status === 'failed' && (
        <div class="empty">
          <p>{t.loadFailed}</p>
          <button type="button" class="btn btn-ghost" onClick={retry}>
            {t.retry}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.products.length === 0 && <p class="empty">{t.forYouEmpty}</p>}
      {state.status === 'ready' && state.products.length > 0 && state.basis === 'popular' && <p class="view-note">{t.forYouPopular}</p>}
      {state.status === 'ready' && state.products.length > 0 && (
        <ul class="grid" ref={listRef}>
          {state.products.map((p) => (
            <li key={p.id} data-id={p.id}>
              <ProductCard product={p} source="panel" strategy="for-you" layout="grid" onDismiss={onDismiss} onAdded={added} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
