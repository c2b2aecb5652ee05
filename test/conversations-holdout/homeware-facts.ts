// Held-out conversations: the Hob & Hearth shop's facts, from the seeded generator that writes its
// Merchant Center feed (test/fixtures/shops/homeware/) and from its customer-service page, read with the
// same help-centre reader as the other shops' checks.
import type { FactProduct } from '../conversations/facts/fact-product.ts';
import { readHelpCentre } from '../conversations/facts/help-centre.ts';
import { shopFacts, type ShopFacts } from '../conversations/facts/shop-facts.ts';
import type { HomewareProduct } from '../fixtures/shops/homeware/homeware-product.ts';
import { HOMEWARE_HELP_CENTRE } from '../fixtures/shops/homeware/write-homeware-shop.ts';

export function homewareFactProduct(p: HomewareProduct): FactProduct {
  const f = p.facts;
  const categories = p.productType.split(/\s*>\s*/);
  const numbers: FactProduct['numbers'] = { weightG: f.weightG };
  for (const k of ['litres', 'watts', 'cm', 'capacity'] as const) if (f[k] !== undefined) numbers[k] = f[k];
  const flags: FactProduct['flags'] = {};
  if (f.dishwasherSafe !== undefined) flags.dishwasherSafe = f.dishwasherSafe;
  if (f.inductionReady !== undefined) flags.inductionReady = f.inductionReady;
  return {
    id: p.id,
    title: p.title,
    price: Math.min(...p.variants.map((v) => v.price)),
    prices: p.variants.map((v) => v.price),
    brand: p.brand,
    categories,
    type: categories[categories.length - 1]!,
    colours: f.colours,
    sizes: f.sizes,
    availableSizes: f.sizes.filter((size) => p.variants.some((v) => v.inStock && v.size === size)),
    materials: f.materials,
    tags: [],
    inStock: p.variants.some((v) => v.inStock),
    text: [p.title, p.description].join(' ').toLowerCase(),
    numbers,
    flags,
    // A product without variants is one feed row whose id is the product's own.
    variantIds: p.variants.length > 1 ? p.variants.map((v) => v.id) : [],
  };
}

export function homewareFacts(products: HomewareProduct[]): ShopFacts {
  return shopFacts('homeware', products.map(homewareFactProduct), readHelpCentre(HOMEWARE_HELP_CENTRE));
}
