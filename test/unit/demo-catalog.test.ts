// The demo shop's seeded catalog: deterministic, big and varied enough to exercise the index, and with
// order history whose co-purchase structure a recommender can find.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../demo/catalog/catalog-categories.ts';
import { generateCatalog } from '../../demo/catalog/generate-catalog.ts';

const catalog = generateCatalog({ products: 1200, orders: 4000, seed: 42 });
const byId = new Map(catalog.products.map((p) => [p.id, p]));
const leaf = (id: string): string => byId.get(id)!.category.split(' > ').pop()!;

describe('generateCatalog', () => {
  it('gives the same shop for the same seed and a different one for another seed', () => {
    const again = generateCatalog({ products: 1200, orders: 4000, seed: 42 });
    expect(again).toEqual(catalog);
    const other = generateCatalog({ products: 1200, orders: 4000, seed: 7 });
    expect(other.products.map((p) => p.title)).not.toEqual(catalog.products.map((p) => p.title));
  });

  it('makes at least 1000 products over at least 8 categories, each with the attributes the feed promises', () => {
    expect(catalog.products.length).toBe(1200);
    expect(new Set(catalog.products.map((p) => p.id)).size).toBe(1200);
    const categories = new Set(catalog.products.map((p) => p.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    for (const p of catalog.products) {
      expect(p.colour && p.size && p.material && p.brand && p.title && p.description, p.id).toBeTruthy();
      expect(p.price).toBeGreaterThan(0);
      expect(Number.isInteger(p.stock) && p.stock >= 0).toBe(true);
      expect(p.url).toBe(`/product/${p.id}.html`);
      expect(p.image).toBe(`/img/${p.id}.svg`);
    }
    const outOfStock = catalog.products.filter((p) => p.stock === 0).length;
    expect(outOfStock).toBeGreaterThan(0);
    expect(outOfStock).toBeLessThan(catalog.products.length / 4);
    expect(new Set(catalog.products.map((p) => p.description)).size).toBeGreaterThan(1000);
  });

  it('prices each category within its own sensible range (socks cost less than boots)', () => {
    for (const spec of CATEGORIES) {
      const prices = catalog.products.filter((p) => p.category === spec.breadcrumb).map((p) => p.price);
      expect(Math.min(...prices), spec.slug).toBeGreaterThanOrEqual(spec.price[0] - 1);
      expect(Math.max(...prices), spec.slug).toBeLessThanOrEqual(spec.price[1] + 1);
    }
    const mean = (leafName: string) => {
      const prices = catalog.products.filter((p) => p.category.endsWith(leafName)).map((p) => p.price);
      return prices.reduce((a, b) => a + b, 0) / prices.length;
    };
    expect(mean('Socks')).toBeLessThan(mean('Boots') / 3);
  });

  it('writes orders that reference existing products, with quantities and timestamps over the last 90 days', () => {
    const orderIds = new Set(catalog.orders.map((o) => o.order_id));
    expect(orderIds.size).toBe(4000);
    const now = Date.UTC(2026, 10, 28);
    for (const o of catalog.orders) {
      expect(byId.has(o.product_id), o.product_id).toBe(true);
      expect(o.quantity).toBeGreaterThanOrEqual(1);
      const t = Date.parse(o.timestamp);
      expect(t).toBeLessThanOrEqual(now);
      expect(t).toBeGreaterThan(now - 91 * 86_400_000);
    }
  });

  it('buys complements together far more often than chance (running shoes with socks, coffee makers with beans)', () => {
    const baskets = new Map<string, Set<string>>();
    for (const o of catalog.orders) baskets.set(o.order_id, (baskets.get(o.order_id) ?? new Set()).add(leaf(o.product_id)));
    const share = (name: string) => [...baskets.values()].filter((b) => b.has(name)).length / baskets.size;
    const lift = (a: string, b: string) => {
      const withA = [...baskets.values()].filter((basket) => basket.has(a));
      return withA.filter((basket) => basket.has(b)).length / withA.length / share(b);
    };
    expect(lift('Running Shoes', 'Socks')).toBeGreaterThan(1.5);
    expect(lift('Coffee Makers', 'Coffee Beans')).toBeGreaterThan(3);
    // And not for pairs that are no one's complement.
    expect(lift('Coffee Makers', 'Boots')).toBeLessThan(1);
  });

  it('gives customers favourite categories: most of a repeat customer\'s orders fall in a few categories', () => {
    const perCustomer = new Map<string, string[]>();
    for (const o of catalog.orders) perCustomer.set(o.customer_id, [...(perCustomer.get(o.customer_id) ?? []), leaf(o.product_id)]);
    const repeat = [...perCustomer.values()].filter((c) => c.length >= 6);
    expect(repeat.length).toBeGreaterThan(20);
    const distinctShare = repeat.map((c) => new Set(c).size / CATEGORIES.length);
    const mean = distinctShare.reduce((a, b) => a + b, 0) / distinctShare.length;
    // A customer buying at random over 12 categories would touch most of them in 6+ lines.
    expect(mean).toBeLessThan(0.5);
  });

  it('rejects a catalog too small to cover every category, naming the value', () => {
    expect(() => generateCatalog({ products: 3, orders: 10, seed: 1 })).toThrow(/products must be .* got 3/);
  });
});
