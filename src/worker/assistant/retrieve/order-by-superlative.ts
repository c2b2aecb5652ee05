// Assistant, retrieval: orders matching products by what a superlative measures ("cheapest" → price,
// "lightest" → weight, "warmest" → temperature rating). Products that do not state the measure keep their
// relevance order after those that do; when none states it the order is left as it was, and said so.
import type { Product } from '../../../protocol/product.ts';
import type { Superlative } from '../understand/parse-ranking.ts';
import { measureOf } from './product-measures.ts';

export function valueOf(p: Product, measure: Superlative['measure'], popularity: Record<string, number>): number | undefined {
  if (measure === 'price') return p.price;
  if (measure === 'popularity') return popularity[p.id];
  return measureOf(p, measure);
}

export function orderBySuperlative(products: Product[], s: Superlative, popularity: Record<string, number>): { products: Product[]; sorted: boolean } {
  const withValue = products.map((p, rank) => ({ p, rank, v: valueOf(p, s.measure, popularity) }));
  const known = withValue.filter((x) => x.v !== undefined);
  // "best rated" in a catalog without ratings falls back on popularity, the next best signal of quality.
  if (known.length === 0 && s.measure === 'rating') return orderBySuperlative(products, { ...s, measure: 'popularity' }, popularity);
  if (known.length === 0) return { products, sorted: false };
  const sign = s.direction === 'asc' ? 1 : -1;
  known.sort((a, b) => sign * ((a.v as number) - (b.v as number)) || a.rank - b.rank);
  const unknown = withValue.filter((x) => x.v === undefined);
  return { products: [...known, ...unknown].map((x) => x.p), sorted: true };
}
