import { describe, expect, it } from 'vitest';
import { eventsFromDataLayer } from '../../src/loader/client/capture-page.ts';

describe('dataLayer capture', () => {
  it('maps GA4 ecommerce events to Aisle events', () => {
    expect(eventsFromDataLayer({ event: 'view_item', ecommerce: { items: [{ item_id: 'A1' }] } })).toEqual([{ type: 'view', productId: 'A1' }]);
    expect(eventsFromDataLayer({ event: 'add_to_cart', ecommerce: { items: [{ item_id: 5, quantity: 2 }] } })).toEqual([{ type: 'cart', productId: '5', quantity: 2 }]);
    expect(eventsFromDataLayer({ event: 'purchase', ecommerce: { items: [{ item_id: 'a' }, { item_id: 'b', quantity: 3 }] } })).toEqual([
      { type: 'purchase', productId: 'a' },
      { type: 'purchase', productId: 'b', quantity: 3 },
    ]);
    expect(eventsFromDataLayer({ event: 'search', search_term: ' red shoes ' })).toEqual([{ type: 'search', query: 'red shoes' }]);
  });

  it("understands gtag's arguments form", () => {
    const args = ['event', 'view_item', { items: [{ item_id: 'Z' }] }];
    expect(eventsFromDataLayer(args)).toEqual([{ type: 'view', productId: 'Z' }]);
  });

  it('ignores what it does not understand', () => {
    expect(eventsFromDataLayer({ event: 'page_view' })).toEqual([]);
    expect(eventsFromDataLayer({ event: 'view_item', ecommerce: { items: [{ name: 'no id' }] } })).toEqual([]);
    expect(eventsFromDataLayer(null)).toEqual([]);
    expect(eventsFromDataLayer('gtm.js')).toEqual([]);
  });
});
