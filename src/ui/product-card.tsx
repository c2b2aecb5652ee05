// UI: one product card (panel grid, chat answer rows, slot carousel). Every text is rendered as text;
// the only link and image are the catalog's. Actions go to the page (emit) and to the worker (track).
import { useState } from 'preact/hooks';
import type { RecommendedProduct } from '../protocol/product.ts';
import { formatPrice } from './format-price.ts';
import { Icon } from './icons.tsx';
import { ProductImage } from './product-image.tsx';
import { safeUrl } from './safe-url.ts';
import { format } from './strings.ts';
import { useUi } from './ui-context.ts';
import { whyText } from './why-text.ts';

export type CardSource = 'panel' | 'chat' | 'slot';

export interface ProductCardProps {
  product: RecommendedProduct;
  source: CardSource;
  /** Strategy name for the page's analytics events ('chat' for answers). */
  strategy: string;
  layout: 'grid' | 'row';
  onDismiss?: (product: RecommendedProduct) => void;
  /** Told before the cart event is tracked (a slot keeps the card in place). */
  onAdded?: (product: RecommendedProduct) => void;
}

/** Navigation waits this long at most for the click to be recorded: the worker dies with the page. */
const TRACK_BEFORE_NAVIGATE_MS = 300;

export function ProductCard({ product, source, strategy, layout, onDismiss, onAdded }: ProductCardProps) {
  const { api, emit, t, config } = useUi();
  const [whyOpen, setWhyOpen] = useState(false);
  const [added, setAdded] = useState(false);
  const url = safeUrl(product.url);
  const whyId = `why-${source}-${product.id}`;

  const addToCart = () => {
    onAdded?.(product);
    emit('add-to-cart', { productId: product.id, quantity: 1, source });
    emit('recommendation-click', { strategy, productId: product.id, variant: 'default' });
    void api.track({ type: 'cart', productId: product.id, quantity: 1 }).catch(() => undefined);
    setAdded(true);
  };

  const view = (e: MouseEvent) => {
    const detail: { productId: string; url?: string; source: CardSource } = { productId: product.id, source };
    if (url) detail.url = url;
    emit('open-product', detail);
    emit('recommendation-click', { strategy, productId: product.id, variant: 'default' });
    const tracked = api.track({ type: 'click', productId: product.id }).catch(() => undefined);
    // New-tab clicks keep the browser's own behaviour; a plain click waits briefly for the record.
    if (!url || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const go = () => location.assign(url);
    void Promise.race([tracked, new Promise((r) => setTimeout(r, TRACK_BEFORE_NAVIGATE_MS))]).then(go);
  };

  const viewLabel = format(t.viewLabel, { title: product.title });
  return (
    <article class={`card card-${layout}`} aria-label={product.title} data-product-id={product.id}>
      <div class="card-media">
        <ProductImage title={product.title} image={product.image} category={product.category} />
        {onDismiss && (
          <button type="button" class="card-dismiss" aria-label={format(t.dismiss, { title: product.title })} title={t.dismiss.replace(/\s*\{title\}/, '')} onClick={() => onDismiss(product)}>
            <Icon name="close" size={14} />
          </button>
        )}
      </div>
      <div class="card-body">
        <h3 class="card-title">{product.title}</h3>
        <p class="card-price">{product.priceText ?? formatPrice(product.price, product.currency, config.lang)}</p>
        {product.reason && (
          <p class="card-reason">
            <span>{product.reason}</span>
            <button type="button" class="card-why" aria-label={t.why} aria-expanded={whyOpen} aria-controls={whyId} onClick={() => setWhyOpen(!whyOpen)}>
              <Icon name="info" size={14} />
            </button>
          </p>
        )}
        {whyOpen && (
          <p class="card-why-detail" id={whyId}>
            <strong>{t.why}</strong> {whyText(t, product.why)}
          </p>
        )}
        <div class="card-actions">
          <button type="button" class="btn btn-primary" aria-label={format(added ? t.addedLabel : t.addToCartLabel, { title: product.title })} onClick={addToCart}>
            {added ? t.added : t.addToCart}
          </button>
          {url ? (
            <a class="btn btn-ghost" href={url} aria-label={viewLabel} onClick={view}>
              {t.view}
            </a>
          ) : (
            <button type="button" class="btn btn-ghost" aria-label={viewLabel} onClick={view}>
              {t.view}
            </button>
          )}
        </div>
      </div>
    </article>
  );
}
