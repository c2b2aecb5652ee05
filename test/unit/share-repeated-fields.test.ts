// Unit: products that repeat a breadcrumb, tag list or attributes share one copy, and read the same.
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/protocol/product.ts';
import { shareRepeatedFields } from '../../src/worker/catalog/share-repeated-fields.ts';

function product(id: string, over: Partial<Product> = {}): Product {
  return { id, title: id, price: 1, currency: 'USD', categories: ['Shoes', 'Running'], inStock: true, tags: ['road'], attributes: { colour: 'blue' }, brand: 'Kinetica', ...over };
}

describe('shareRepeatedFields', () => {
  it('shares equal fields and leaves every product reading as before', () => {
    const products = [product('a'), product('b'), product('c', { categories: ['Shoes'], tags: ['Shoes', 'Running'], attributes: { colour: 'red' } })];
    const before = structuredClone(products);
    shareRepeatedFields(products);
    expect(products).toEqual(before);
    expect(products[1]!.categories).toBe(products[0]!.categories);
    expect(products[1]!.tags).toBe(products[0]!.tags);
    expect(products[1]!.attributes).toBe(products[0]!.attributes);
    // A tag list equal to another product's breadcrumb stays its own.
    expect(products[2]!.tags).not.toBe(products[0]!.categories);
    expect(products[2]!.attributes).not.toBe(products[0]!.attributes);
  });
});
