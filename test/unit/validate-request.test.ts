import { describe, expect, it } from 'vitest';
import { validateRecommend, validateTrack } from '../../src/worker/validate-request.ts';

describe('public API argument checks', () => {
  it('accepts the documented event shapes and normalises ids to strings', () => {
    expect(validateTrack({ type: 'view', productId: 42 })).toEqual({ type: 'view', productId: '42' });
    expect(validateTrack({ type: 'cart', productId: 'a', quantity: 2 })).toEqual({ type: 'cart', productId: 'a', quantity: 2 });
    expect(validateTrack({ type: 'search', query: 'boots' })).toEqual({ type: 'search', query: 'boots' });
  });

  it('names the bad value and the valid ones', () => {
    expect(() => validateTrack({ type: 'like', productId: '1' })).toThrow('Aisle.track: type "like" is not one of view, click, cart, purchase, search, dismiss');
    expect(() => validateTrack({ type: 'view' })).toThrow("Aisle.track: a 'view' event needs a productId");
    expect(() => validateTrack({ type: 'cart', productId: '1', quantity: -1 })).toThrow('Aisle.track: quantity must be a positive number, got -1');
    expect(() => validateTrack('view')).toThrow(/expects an object/);
    expect(() => validateRecommend({ strategy: 'popular' })).toThrow('Aisle.recommend: strategy "popular" is not one of for-you, similar, bought-together, trending, recently-viewed, cart');
    expect(() => validateRecommend({ strategy: 'similar' })).toThrow("Aisle.recommend: strategy 'similar' needs a productId");
    expect(() => validateRecommend({ strategy: 'trending', limit: 0 })).toThrow('limit must be a whole number ≥ 1, got 0');
  });

  it('defaults and caps the limit', () => {
    expect(validateRecommend({ strategy: 'trending' }).limit).toBe(8);
    expect(validateRecommend({ strategy: 'trending', limit: 500 }).limit).toBe(50);
  });
});
