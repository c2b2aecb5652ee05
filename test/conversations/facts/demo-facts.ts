// Conversation checks: the demo shop's facts, from the feed `npm run setup` generated
// (demo/dist/data/products.json) and its help centre (demo/content/policies.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedProduct } from '../../../demo/catalog/feed-product.ts';
import type { FactProduct } from './fact-product.ts';
import { readHelpCentre } from './help-centre.ts';
import { shopFacts, type ShopFacts } from './shop-facts.ts';

/** Flags the demo's copy states only when true ("sweat resistance (IPX4)"): absent means not said. */
const FLAG_WORDS = [['waterproof', /\bwaterproof\b/], ['sweatResistant', /\bsweat[- ]resist/], ['noiseCancelling', /noise[- ]cancell?ing/]] as const;

export function demoFactProduct(p: FeedProduct): FactProduct {
  const text = [p.title, p.description, ...p.tags].join(' ').toLowerCase();
  const flags: FactProduct['flags'] = {};
  for (const [flag, pattern] of FLAG_WORDS) if (pattern.test(text)) flags[flag] = true;
  return {
    id: p.id,
    title: p.title,
    price: p.price,
    prices: [p.price],
    brand: p.brand,
    categories: p.category.split(/\s*>\s*/),
    type: p.category.split(/\s*>\s*/).pop()!,
    colours: [p.colour.toLowerCase()],
    sizes: p.size.split(/\s*,\s*/).filter(Boolean),
    availableSizes: p.size.split(/\s*,\s*/).filter(Boolean),
    materials: [p.material.toLowerCase()],
    tags: p.tags.map((t) => t.toLowerCase()),
    inStock: p.stock > 0,
    text,
    numbers: {},
    flags,
    variantIds: [],
  };
}

export function demoFacts(root: string): ShopFacts {
  const feed = JSON.parse(readFileSync(join(root, 'demo/dist/data/products.json'), 'utf8')) as FeedProduct[];
  return shopFacts('demo', feed.map(demoFactProduct), readHelpCentre(join(root, 'demo/content/policies.md')));
}
