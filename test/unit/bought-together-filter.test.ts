// Unit (issue 11 item 4): "frequently bought together" is about the product. The build keeps a co-purchase
// pair only when it sells together more often than chance (lift) and its categories sell together across
// many customers, so one customer's odd baskets and a best seller that is in every basket do not decide it.
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/protocol/product.ts';
import { buildInteractionTables, type OrderLine } from '../../src/shared/interaction-tables.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';

const P = (id: string, category: string): Product => ({ id, title: id, price: 10, currency: 'EUR', categories: ['Shop', category], inStock: true, tags: [], attributes: {} });
const PRODUCTS = [
  P('shoe', 'Running Shoes'), P('shoe2', 'Running Shoes'), P('sock', 'Socks'), P('sock2', 'Socks'),
  P('tee', 'T-Shirts'), P('coffee', 'Coffee Makers'), P('grinder', 'Coffee Makers'), P('beans', 'Coffee Beans'), P('bag', 'Bags'),
];
const categoryOf = (id: string) => PRODUCTS.find((p) => p.id === id)?.categories.at(-1);

function orders(): OrderLine[] {
  const lines: OrderLine[] = [];
  let o = 0;
  const order = (customer: string, ...ids: string[]) => {
    o++;
    for (const id of ids) lines.push({ orderId: `o${o}`, productId: id, customerId: customer, at: o });
  };
  // Runners: shoes with socks (and a tee now and then), across many customers.
  for (let c = 0; c < 12; c++) order(`runner${c}`, c % 2 ? 'shoe' : 'shoe2', c % 3 ? 'sock' : 'sock2', ...(c % 4 === 0 ? ['tee'] : []));
  // Coffee people: a maker with beans.
  for (let c = 0; c < 10; c++) order(`brewer${c}`, 'coffee', 'beans');
  // One customer's odd habit: a running shoe with a coffee grinder, twice (support 2 and a high lift, one customer).
  order('odd', 'shoe', 'grinder');
  order('odd', 'shoe', 'grinder');
  // The best seller: in every kind of basket, so in none more than by chance.
  for (let c = 0; c < 6; c++) order(`bag${c}`, 'bag', c % 2 ? 'shoe' : 'coffee');
  for (let c = 0; c < 20; c++) order(`solo${c}`, 'bag');
  return lines;
}

describe('bought-together filters', () => {
  it('drops one customer’s odd pair and the best seller that goes with everything; keeps the real complements', () => {
    const t = buildInteractionTables(orders(), { categoryOf });
    const partners = (id: string) => (t.copurchase.pairs[id] ?? []).map(([p]) => p);
    expect(partners('shoe')).toContain('sock');
    expect(partners('shoe')).not.toContain('grinder');
    expect(partners('shoe')).not.toContain('bag');
    expect(partners('coffee')).toEqual(['beans']);
    expect(t.copurchase.measure).toMatch(/minLift=1\.5,categoryPairs/);
  });

  it('each filter is what drops its pair: without them, the odd pair and the best seller come back', () => {
    const noCategories = buildInteractionTables(orders(), { minLift: 1.5 });
    expect((noCategories.copurchase.pairs.shoe ?? []).map(([p]) => p)).toContain('grinder');
    const noLift = buildInteractionTables(orders(), { categoryOf, minLift: 0, minCategoryCustomers: 1, minCategoryShare: 0 });
    expect((noLift.copurchase.pairs.shoe ?? []).map(([p]) => p)).toContain('bag');
  });

  it('the slot shows the product’s complements, and categories bought with its category when it has none', () => {
    const catalog = catalogData(PRODUCTS, buildInteractionTables(orders(), { categoryOf }));
    const engine = new RecommendationEngine(catalog);
    const forShoe = engine.recommend({ strategy: 'bought-together', productId: 'shoe', limit: 8 });
    expect(forShoe.map((c) => categoryOf(c.productId))).toEqual(expect.arrayContaining(['Socks']));
    for (const c of forShoe) expect(['Socks', 'T-Shirts']).toContain(categoryOf(c.productId));
    expect(forShoe[0]!.reason).toBe('Often bought with shoe');
    // The tee has no partner of its own that passes: its slot shows best sellers of the categories runners buy with tees.
    for (const c of engine.recommend({ strategy: 'bought-together', productId: 'tee', limit: 8 })) expect(['Running Shoes', 'Socks']).toContain(categoryOf(c.productId));
  });
});
