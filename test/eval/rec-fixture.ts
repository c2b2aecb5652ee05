// Test fixture (recommender): a tiny shop where the right recommendation is obvious. Tables are built
// by the real buildInteractionTables from orders; the content table is written out by hand.
import type { MerchantRules } from '../../src/protocol/index-format.ts';
import type { Product } from '../../src/protocol/product.ts';
import { buildInteractionTables, type OrderLine } from '../../src/shared/interaction-tables.ts';
import { catalogData, type CatalogData } from '../../src/worker/catalog/catalog-data.ts';

const product = (id: string, title: string, categories: string[], price: number, extra: Partial<Product> = {}): Product => ({
  id, title, price, currency: 'EUR', categories, inStock: true, tags: [], attributes: {}, ...extra,
});

export const PRODUCTS: Product[] = [
  product('tr2', 'Trail Runner 2', ['Shoes', 'Running'], 120, { brand: 'Peak', attributes: { colour: 'blue' } }),
  product('tr3', 'Trail Runner 3', ['Shoes', 'Running'], 140, { brand: 'Peak', attributes: { colour: 'red' } }),
  product('road', 'Road Racer', ['Shoes', 'Running'], 110, { brand: 'Swift', attributes: { colour: 'blue' } }),
  product('socks', 'Running Socks', ['Clothing', 'Socks'], 12, { brand: 'Peak' }),
  product('wool', 'Wool Socks', ['Clothing', 'Socks'], 18),
  product('tent', '2-Person Tent', ['Outdoor', 'Tents'], 250, { brand: 'Camp' }),
  product('pegs', 'Tent Pegs', ['Outdoor', 'Tent Accessories'], 9, { brand: 'Camp' }),
  product('lamp', 'Camping Lamp', ['Outdoor', 'Lighting'], 30),
  product('soldout', 'Trail Runner 1', ['Shoes', 'Running'], 90, { brand: 'Peak', inStock: false }),
];

/** Tents sell most (and always with pegs); Trail Runner 2 buyers take socks next; nobody pairs the lamp. */
export function fixtureOrders(): OrderLine[] {
  const lines: OrderLine[] = [];
  const day = 86_400_000;
  for (let i = 0; i < 6; i++) {
    lines.push({ orderId: `t${i}`, productId: 'tent', customerId: `camper${i}`, at: 10 * day });
    lines.push({ orderId: `t${i}`, productId: 'pegs', customerId: `camper${i}`, at: 10 * day });
  }
  for (let i = 0; i < 4; i++) {
    lines.push({ orderId: `r${i}a`, productId: 'tr2', customerId: `runner${i}`, at: 9 * day });
    lines.push({ orderId: `r${i}b`, productId: 'socks', customerId: `runner${i}`, at: 9 * day + 3_600_000 });
  }
  lines.push({ orderId: 'w1', productId: 'wool', customerId: 'walker', at: 8 * day });
  lines.push({ orderId: 'x1', productId: 'road', customerId: 'racer', at: 8 * day });
  lines.push({ orderId: 'l1', productId: 'lamp', customerId: 'night', at: 8 * day });
  lines.push({ orderId: 's1', productId: 'soldout', customerId: 'old', at: 8 * day });
  return lines;
}

export function fixtureCatalog(rules: MerchantRules | null = null): CatalogData {
  const tables = buildInteractionTables(fixtureOrders(), { minSupport: 2 });
  const similar = {
    measure: 'hand-written',
    pairs: {
      tr2: [['tr3', 0.9], ['soldout', 0.85], ['road', 0.5]] as Array<[string, number]>,
      tr3: [['tr2', 0.9], ['road', 0.5]] as Array<[string, number]>,
      socks: [['wool', 0.6]] as Array<[string, number]>,
    },
  };
  return catalogData(PRODUCTS, { ...tables, similar, rules });
}
