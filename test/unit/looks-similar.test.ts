// The "looks similar" table (aisle build --images) offered to the recommender's `similar` strategy:
// a visual neighbour the text tables do not know comes back, saying why; without the table nothing changes.
import { describe, expect, it } from 'vitest';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';
import { looksSimilarTo } from '../../src/worker/vision/looks-similar.ts';
import { fixtureCatalog } from '../eval/rec-fixture.ts';

describe('looks-similar in `similar`', () => {
  it('blends visual neighbours in below the text table, with their own reason', () => {
    const plain = new RecommendationEngine(fixtureCatalog()).recommend({ strategy: 'similar', productId: 'tr2', limit: 20 }, Date.UTC(2025, 0, 10));
    const catalog = fixtureCatalog();
    // The weakest of the plain answers (a same-category filler): a strong visual match lifts it.
    const lonely = catalog.byId.get(plain[plain.length - 1]!.productId);
    expect(plain.length).toBeGreaterThan(2);
    catalog.looksSimilar = { measure: 'cosine:image', pairs: { tr2: [[lonely!.id, 0.9]] } };
    expect(looksSimilarTo(catalog, 'tr2')).toEqual([[lonely!.id, 0.9]]);
    const withLooks = new RecommendationEngine(catalog).recommend({ strategy: 'similar', productId: 'tr2', limit: 20 }, Date.UTC(2025, 0, 10));
    const hit = withLooks.find((c) => c.productId === lonely!.id);
    expect(hit?.reason).toBe('Looks like Trail Runner 2');
    expect(withLooks.indexOf(hit!)).toBeLessThan(plain.length - 1);
    // The text table's best answer still leads.
    expect(withLooks[0]?.productId).toBe(plain[0]?.productId);
  });
});
