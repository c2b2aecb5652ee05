// For-you reacts to the very last action, even when a long history outweighs it.
import { describe, expect, it } from 'vitest';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';
import type { Product } from '../../src/protocol/product.ts';

const product = (id: string, category: string): Product => ({ id, title: `Item ${id}`, price: 10, currency: 'EUR', categories: [category], inStock: true, tags: [], attributes: {} });

describe('for-you after one more view', () => {
  it('changes on the next call when the newest item has only content neighbours', () => {
    const games = Array.from({ length: 30 }, (_, i) => product(`g${i}`, 'Games'));
    const kitchen = [product('x', 'Kitchen'), product('y', 'Kitchen'), product('z', 'Kitchen')];
    // Dense behaviour tables among the games, nothing but a content table for the kitchen items.
    const dense: Record<string, Array<[string, number]>> = {};
    for (let i = 0; i < 30; i++) dense[`g${i}`] = Array.from({ length: 10 }, (_, k) => [`g${(i + k + 1) % 30}`, 1 - k * 0.05] as [string, number]);
    const catalog = catalogData([...games, ...kitchen], {
      transitions: { measure: 'test', pairs: dense },
      coview: { measure: 'test', pairs: dense },
      similar: { measure: 'test', pairs: { x: [['y', 0.6], ['z', 0.4]] } },
      popularity: { scores: Object.fromEntries(games.map((g, i) => [g.id, 1 - i / 40])), halfLifeDays: 30 },
    });
    const engine = new RecommendationEngine(catalog);
    const now = Date.now();
    for (let i = 0; i < 20; i++) engine.observe({ type: i % 5 === 0 ? 'cart' : 'view', productId: `g${i}`, at: now - (20 - i) * 60_000 });
    const before = engine.recommend({ strategy: 'for-you', limit: 8 }, now).map((c) => c.productId);
    expect(before).not.toContain('y');
    engine.observe({ type: 'view', productId: 'x', at: now });
    const after = engine.recommend({ strategy: 'for-you', limit: 8 }, now + 1);
    expect(after.map((c) => c.productId)).not.toEqual(before);
    expect(after[1]).toMatchObject({ productId: 'y', reason: 'Similar to Item x' });
    expect(after).toHaveLength(8);
  });
});
