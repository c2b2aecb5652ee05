// CLI build: the `cards` chunk: the top products (by popularity, else feed order), in-stock first, without
// description or variants. With popularity it is all a browser needs for the first recommendation.
import type { CardsChunk, PopularityChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { getOwn } from './own-record.ts';

export const CARDS = 100;

export function cardsChunk(products: Product[], popularity: PopularityChunk | null, count = CARDS): CardsChunk {
  // Own properties only: a product id like "constructor" must not score Object.prototype's.
  const score = (p: Product) => getOwn(popularity?.scores, p.id) ?? 0;
  const order = products.map((p, i) => ({ p, i }));
  order.sort((a, b) => Number(b.p.inStock) - Number(a.p.inStock) || score(b.p) - score(a.p) || a.i - b.i);
  return { products: order.slice(0, count).map(({ p }) => card(p)) };
}

function card(p: Product): Product {
  const { description: _description, variants: _variants, ...rest } = p;
  return rest;
}
