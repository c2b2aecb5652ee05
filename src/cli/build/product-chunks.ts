// CLI build: products split into `products` chunks of at most 2,000 (manifest order = vector row order),
// so the worker can fetch them in parallel and a rebuild re-uploads only the ranges that changed.
import type { Product } from '../../protocol/product.ts';
import type { ChunkInput } from './write-index.ts';

export const PRODUCTS_PER_CHUNK = 2000;

export function productChunks(products: Product[], size = PRODUCTS_PER_CHUNK): ChunkInput[] {
  const out: ChunkInput[] = [];
  for (let from = 0, n = 0; from < products.length; from += size, n++) {
    const to = Math.min(from + size, products.length);
    out.push({ kind: 'products', name: `products-${n}`, from, to, body: { products: products.slice(from, to) } });
  }
  return out;
}
