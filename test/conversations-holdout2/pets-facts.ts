// Second held-out shop: Maple & Mutt's facts, from the seeded generator that writes its WooCommerce
// export (test/fixtures/shops/pets/) and from its help centre, read with the same help-centre reader as
// the other shops' checks.
import type { FactProduct } from '../conversations/facts/fact-product.ts';
import { readHelpCentre } from '../conversations/facts/help-centre.ts';
import { shopFacts, type ShopFacts } from '../conversations/facts/shop-facts.ts';
import type { PetProduct } from '../fixtures/shops/pets/pets-product.ts';
import { PETS_HELP_CENTRE } from '../fixtures/shops/pets/write-pets-shop.ts';

/** The page's words without its HTML: what a shopper reads. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();

export function petFactProduct(p: PetProduct): FactProduct {
  const f = p.facts;
  const categories = p.category.split(/\s*>\s*/);
  const numbers: FactProduct['numbers'] = { weightG: f.weightG };
  for (const k of ['litres', 'cm', 'capacity'] as const) if (f[k] !== undefined) numbers[k] = f[k];
  const flags: FactProduct['flags'] = {};
  if (f.waterproof !== undefined) flags.waterproof = f.waterproof;
  if (f.dishwasherSafe !== undefined) flags.dishwasherSafe = f.dishwasherSafe;
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
    tags: p.tags,
    inStock: p.variants.some((v) => v.inStock),
    text: [p.title, text(p.description), p.tags.join(' ')].join(' ').toLowerCase(),
    numbers,
    flags,
    // A simple product is one row whose SKU is the product's own.
    variantIds: p.variants.length > 1 ? p.variants.map((v) => v.id) : [],
  };
}

export function petsFacts(products: PetProduct[]): ShopFacts {
  return shopFacts('pets', products.map(petFactProduct), readHelpCentre(PETS_HELP_CENTRE));
}
