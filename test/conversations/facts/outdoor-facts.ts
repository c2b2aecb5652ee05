// Conversation checks: the outdoor shop's facts, from the seeded generator that writes its Shopify
// export (test/fixtures/shops/outdoor/) and from its help centre.
import { OUTDOOR_HELP_CENTRE } from '../../fixtures/shops/outdoor/write-outdoor-shop.ts';
import type { OutdoorProduct } from '../../fixtures/shops/outdoor/outdoor-product.ts';
import type { FactProduct } from './fact-product.ts';
import { readHelpCentre } from './help-centre.ts';
import { shopFacts, type ShopFacts } from './shop-facts.ts';

const stripTags = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

export function outdoorFactProduct(p: OutdoorProduct): FactProduct {
  const f = p.facts;
  const prices = p.variants.map((v) => v.price);
  const numbers: FactProduct['numbers'] = { weightG: f.weightG };
  if (f.capacity !== undefined) numbers.capacity = f.capacity;
  if (f.tempF !== undefined) numbers.tempF = f.tempF;
  if (f.litres !== undefined) numbers.litres = f.litres;
  if (f.lumens !== undefined) numbers.lumens = f.lumens;
  const flags: FactProduct['flags'] = {};
  if (f.waterproof !== undefined) flags.waterproof = f.waterproof;
  if (f.hooded !== undefined) flags.hooded = f.hooded;
  return {
    id: p.handle,
    title: p.title,
    price: Math.min(...prices),
    prices,
    brand: p.vendor,
    categories: p.category.split(/\s*>\s*/),
    type: p.type,
    colours: f.colours,
    sizes: f.sizes,
    availableSizes: f.sizes.filter((size) => p.variants.some((v) => v.qty > 0 && v.values[p.options.indexOf('Size')] === size)),
    materials: f.materials,
    tags: p.tags,
    inStock: p.variants.some((v) => v.qty > 0),
    text: [p.title, stripTags(p.bodyHtml), ...p.tags].join(' ').toLowerCase(),
    numbers,
    flags,
    variantIds: p.variants.map((v) => v.sku),
  };
}

export function outdoorFacts(products: OutdoorProduct[]): ShopFacts {
  return shopFacts('outdoor', products.map(outdoorFactProduct), readHelpCentre(OUTDOOR_HELP_CENTRE));
}
