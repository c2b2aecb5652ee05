// Conversation checks: the DummyJSON catalog's facts, from ../shared/data/catalog-dummyjson/products.json
// as published (never copied into the repo), and the help centre this project wrote for it.
import { readFileSync } from 'node:fs';
import type { FactProduct } from './fact-product.ts';
import { readHelpCentre } from './help-centre.ts';
import { shopFacts, type ShopFacts } from './shop-facts.ts';

interface DummyProduct {
  id: number;
  title: string;
  description: string;
  category: string;
  price: number;
  rating: number;
  stock: number;
  tags?: string[];
  brand?: string;
  availabilityStatus?: string;
}

export function dummyFactProduct(p: DummyProduct): FactProduct {
  const tags = (p.tags ?? []).map((t) => t.toLowerCase());
  return {
    id: String(p.id),
    title: p.title,
    price: p.price,
    prices: [p.price],
    brand: p.brand ?? '',
    categories: [p.category],
    type: p.category,
    colours: [],
    sizes: [],
    availableSizes: [],
    materials: [],
    tags,
    inStock: p.availabilityStatus ? !/out of stock/i.test(p.availabilityStatus) : p.stock > 0,
    text: [p.title, p.description, ...tags].join(' ').toLowerCase(),
    numbers: { rating: p.rating },
    flags: {},
    variantIds: [],
  };
}

export function dummyjsonFacts(feed: string, helpCentre: string): ShopFacts {
  const raw = JSON.parse(readFileSync(feed, 'utf8')) as DummyProduct[] | { products: DummyProduct[] };
  const list = Array.isArray(raw) ? raw : raw.products;
  return shopFacts('dummyjson', list.map(dummyFactProduct), readHelpCentre(helpCentre));
}
