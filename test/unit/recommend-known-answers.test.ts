// Unit (recommender): known answers on the fixture shop (tents sell with pegs, Trail Runner 2 buyers
// take socks next, Trail Runner 3 is the obvious look-alike), reasons included.
import { describe, expect, it } from 'vitest';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';
import { fixtureCatalog } from '../eval/rec-fixture.ts';

const NOW = Date.UTC(2025, 0, 10, 12);
const first = (engine: RecommendationEngine, strategy: Parameters<RecommendationEngine['recommend']>[0]['strategy'], productId?: string) =>
  engine.recommend(productId ? { strategy, productId } : { strategy }, NOW)[0];

describe('RecommendationEngine known answers', () => {
  it('bought-together: pegs with the tent, saying why', () => {
    const c = first(new RecommendationEngine(fixtureCatalog()), 'bought-together', 'tent');
    expect(c?.productId).toBe('pegs');
    expect(c?.reason).toBe('Often bought with 2-Person Tent');
  });

  it('similar: the next model, skipping the sold-out one', () => {
    const c = first(new RecommendationEngine(fixtureCatalog()), 'similar', 'tr2');
    expect(c?.productId).toBe('tr3');
    expect(c?.reason).toBe('Similar to Trail Runner 2');
  });

  it('trending: the best seller, with its category in the reason; the page category first', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    const top = first(engine, 'trending');
    expect(['tent', 'pegs']).toContain(top?.productId);
    expect(top?.reason).toMatch(/^Trending in (Tents|Tent Accessories)$/);
    expect(first(engine, 'trending', 'road')?.reason).toBe('Trending in Running');
  });

  it('for-you: cold start is trending; one view changes the next answer at once', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    const cold = engine.recommend({ strategy: 'for-you', limit: 3 }, NOW);
    expect(cold.map((c) => c.source)).toEqual(['trending', 'trending', 'trending']);
    engine.observe({ type: 'view', productId: 'tr2', at: NOW - 1000 });
    const warm = engine.recommend({ strategy: 'for-you', limit: 3 }, NOW);
    expect(warm[0]?.productId).toBe('socks');
    // Trail Runner 2's buyers took socks next: the transitions term is the largest, and the reason says so.
    expect(warm[0]?.source).toBe('went-on-to-buy');
    expect(warm[0]?.reason).toBe('Customers who bought Trail Runner 2 went on to buy this');
  });

  it('for-you: recent searches pull in matching products', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    engine.observe({ type: 'search', query: 'camping lamp', at: NOW - 1000 });
    const out = engine.recommend({ strategy: 'for-you', limit: 3 }, NOW);
    expect(out[0]?.productId).toBe('lamp');
    expect(out[0]?.reason).toBe('Matches your search “camping lamp”');
  });

  it('cart: complements of the cart, never the cart itself', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    engine.observe({ type: 'cart', productId: 'tent', quantity: 1, at: NOW - 1000 });
    const out = engine.recommend({ strategy: 'cart' }, NOW);
    expect(out[0]?.productId).toBe('pegs');
    expect(out[0]?.reason).toBe('Goes with 2-Person Tent in your cart');
    expect(out.map((c) => c.productId)).not.toContain('tent');
    engine.observe({ type: 'cart', productId: 'tent', quantity: 0, at: NOW - 500 });
    expect(engine.profileSummary().cart).toEqual([]);
  });

  it('recently-viewed: newest first, without the page product', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    for (const [i, id] of ['tent', 'tr2', 'road', 'tent'].entries()) engine.observe({ type: 'view', productId: id, at: NOW - 10_000 + i });
    expect(engine.recommend({ strategy: 'recently-viewed', productId: 'road' }, NOW).map((c) => c.productId)).toEqual(['tent', 'tr2']);
  });

  it('a dismissed product is gone from every slot', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    engine.observe({ type: 'dismiss', productId: 'pegs', at: NOW - 1000 });
    expect(first(engine, 'bought-together', 'tent')?.productId).not.toBe('pegs');
    expect(engine.profileSummary().dismissed).toEqual(['pegs']);
  });

  it('merchant rules: a pin takes its position, a boost lifts, a bury sinks', () => {
    const pinned = new RecommendationEngine(fixtureCatalog({ pin: [{ productId: 'lamp', position: 1, strategy: 'similar' }] }));
    const out = pinned.recommend({ strategy: 'similar', productId: 'tr2' }, NOW);
    expect(out[0]?.productId).toBe('tr3');
    expect(out[1]?.productId).toBe('lamp');
    expect(out[1]?.pinned).toBe(true);
    // The pin names `similar`: other slots do not get it.
    expect(pinned.recommend({ strategy: 'bought-together', productId: 'tent' }, NOW).some((c) => c.pinned)).toBe(false);

    const plain = new RecommendationEngine(fixtureCatalog()).recommend({ strategy: 'similar', productId: 'tr2' }, NOW);
    expect(plain[0]?.productId).toBe('tr3');
    const buried = new RecommendationEngine(fixtureCatalog({ bury: [{ attribute: 'colour', value: 'red', factor: 10 }] }));
    const buriedIds = buried.recommend({ strategy: 'similar', productId: 'tr2' }, NOW).map((c) => c.productId);
    expect(buriedIds.indexOf('tr3')).toBeGreaterThan(buriedIds.indexOf('road'));
    const boosted = new RecommendationEngine(fixtureCatalog({ boost: [{ attribute: 'brand', value: 'Swift', factor: 10 }] }));
    expect(boosted.recommend({ strategy: 'similar', productId: 'tr2' }, NOW)[0]?.productId).toBe('road');
  });

  it('profile summary: affinities from what the shopper did, searches newest first', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    engine.observe({ type: 'view', productId: 'tr2', at: NOW - 3000 });
    engine.observe({ type: 'cart', productId: 'road', quantity: 1, at: NOW - 2000 });
    engine.observe({ type: 'view', productId: 'tent', at: NOW - 1500 });
    engine.observe({ type: 'search', query: 'socks', at: NOW - 1000 });
    engine.observe({ type: 'search', query: 'lamp', at: NOW - 500 });
    const s = engine.profileSummary();
    expect(s.categories[0]).toEqual({ name: 'Running', weight: 1 });
    expect(s.categories[1]?.name).toBe('Tents');
    // Swift was carted (strongest); Peak and Camp were each viewed once, Camp more recently.
    expect(s.brands.map((b) => b.name)).toEqual(['Swift', 'Camp', 'Peak']);
    expect(s.recentSearches).toEqual(['lamp', 'socks']);
    expect(s.cart).toEqual(['road']);
  });

  it('scoreCandidates ranks a given list with the same scores for-you uses', () => {
    const engine = new RecommendationEngine(fixtureCatalog(), { diversity: 1 });
    engine.observe({ type: 'view', productId: 'tr2', at: NOW - 1000 });
    const ids = engine.recommend({ strategy: 'for-you', limit: 5 }, NOW).map((c) => c.productId);
    const scores = engine.scoreCandidates([...ids].reverse(), NOW).reverse();
    expect(scores.every((s, i) => i === 0 || s <= scores[i - 1]!)).toBe(true);
    expect(engine.scoreCandidates(['socks', 'lamp'], NOW)[0]).toBeGreaterThan(engine.scoreCandidates(['socks', 'lamp'], NOW)[1]!);
  });
});
