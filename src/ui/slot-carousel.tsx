// UI: an inline recommendation slot the merchant placed (data-aisle-slot): a titled carousel with
// scroll-snap, prev/next buttons and arrow keys. With no results it renders nothing (onEmpty hides the host).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strategy } from '../protocol/recommend.ts';
import { Icon } from './icons.tsx';
import { ProductCard } from './product-card.tsx';
import { format, type Strings } from './strings.ts';
import type { SlotOptions } from './ui-deps.ts';
import { useRecommendations } from './use-recommendations.ts';
import { useUi } from './ui-context.ts';

const TITLE: Record<Strategy, keyof Strings> = {
  'for-you': 'slotFor',
  similar: 'slotSimilar',
  'bought-together': 'slotBoughtTogether',
  trending: 'slotTrending',
  'recently-viewed': 'slotRecentlyViewed',
  cart: 'slotCart',
};

export function SlotCarousel({ slot, reloadKey, onEmpty }: { slot: SlotOptions; reloadKey: number; onEmpty: (empty: boolean) => void }) {
  const { t, config } = useUi();
  const { state, added } = useRecommendations(slot, reloadKey);
  const trackRef = useRef<HTMLUListElement>(null);
  const [edges, setEdges] = useState({ start: true, end: false });
  const products = state.status === 'ready' ? state.products : [];
  // Loading and failure show nothing too: a slot never leaves a hole or an error on the shop's page.
  const empty = products.length === 0;

  const measure = () => {
    const el = trackRef.current;
    if (!el) return;
    const max = el.scrollWidth - el.clientWidth;
    const x = Math.abs(el.scrollLeft);
    const start = x <= 1;
    const end = x >= max - 1;
    setEdges((prev) => (prev.start === start && prev.end === end ? prev : { start, end }));
  };

  useEffect(() => onEmpty(empty), [empty]);
  useEffect(measure, [products]);

  if (empty) return null;

  const page = (dir: 1 | -1) => {
    const el = trackRef.current;
    if (!el) return;
    const rtl = getComputedStyle(el).direction === 'rtl' ? -1 : 1;
    el.scrollBy({ left: dir * rtl * el.clientWidth * 0.9, behavior: 'smooth' });
  };

  // Arrow keys move between cards (focus follows, the browser scrolls it into view).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const items = Array.from(trackRef.current?.children ?? []);
    const at = items.findIndex((li) => li.contains(e.target as Node));
    const target = items[at + (e.key === 'ArrowRight' ? 1 : -1)];
    if (at < 0 || !target) return;
    e.preventDefault();
    target.querySelector<HTMLElement>('.btn')?.focus();
  };

  // A list of best sellers says so, whatever the slot was asked for (or the merchant titled it).
  const popular = state.status === 'ready' && state.basis === 'popular' && slot.strategy !== 'trending';
  const popularIn = state.status === 'ready' ? state.popularIn : undefined;
  const title = popular ? (popularIn ? format(t.slotPopularIn, { category: popularIn }) : t.slotPopular) : slot.title || t[TITLE[slot.strategy]];
  return (
    <section class="aisle slot" data-theme={config.theme} aria-label={title}>
      <div class="slot-head">
        <h2 class="slot-title">{title}</h2>
        <div class="slot-nav">
          <button type="button" class="icon-btn" aria-label={t.previous} disabled={edges.start} onClick={() => page(-1)}>
            <Icon name="prev" size={20} />
          </button>
          <button type="button" class="icon-btn" aria-label={t.next} disabled={edges.end} onClick={() => page(1)}>
            <Icon name="next" size={20} />
          </button>
        </div>
      </div>
      <ul class="slot-track" ref={trackRef} onScroll={measure} onKeyDown={onKeyDown}>
        {products.map((p) => (
          <li key={p.id} class="slot-item">
            <ProductCard product={p} source="slot" strategy={slot.strategy} layout="grid" onAdded={added} />
          </li>
        ))}
      </ul>
    </section>
  );
}
