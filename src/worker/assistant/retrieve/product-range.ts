// Assistant, retrieval: the catalog's range, for "what do you sell?": its categories (the breadcrumb's
// last part) with the most products in stock first, each with its most popular product.
import type { Product } from '../../../protocol/product.ts';
import type { CatalogData } from '../../catalog/catalog-data.ts';

export interface RangeEntry {
  path: string[];
  count: number;
  top: Product;
}

export function catalogRange(catalog: CatalogData): RangeEntry[] {
  const popularity = catalog.popularity?.scores ?? {};
  const byPath = new Map<string, RangeEntry>();
  for (const p of catalog.products) {
    if (!p.inStock || p.categories.length === 0) continue;
    const key = p.categories.join('>');
    const entry = byPath.get(key);
    if (!entry) byPath.set(key, { path: p.categories, count: 1, top: p });
    else {
      entry.count++;
      if ((popularity[p.id] ?? 0) > (popularity[entry.top.id] ?? 0)) entry.top = p;
    }
  }
  return [...byPath.values()].sort((a, b) => b.count - a.count || (popularity[b.top.id] ?? 0) - (popularity[a.top.id] ?? 0));
}
