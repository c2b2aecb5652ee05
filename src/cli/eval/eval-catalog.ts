// CLI eval: the merchant-side index for a dataset split, built the way `aisle build` builds it: each
// training history becomes one customer's orders in sequence, through buildInteractionTables; titles go
// through the CLI's TF-IDF `similar` table.
import type { PairTableChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { buildInteractionTables, type InteractionTableOptions, type OrderLine } from '../../shared/interaction-tables.ts';
import { catalogData, type CatalogData } from '../../worker/catalog/catalog-data.ts';
import { similarChunk, similarNeighbours, tfidfVectors } from '../build/tfidf-similar.ts';
import type { Sequence } from './read-atomic-dataset.ts';

export function evalProducts(titles: Map<string, string>, sequences: Sequence[]): Product[] {
  const ids = new Set(titles.keys());
  for (const s of sequences) {
    for (const id of s.history) ids.add(id);
    ids.add(s.target);
  }
  return [...ids].map((id) => ({ id, title: titles.get(id) || `Item ${id}`, price: 0, currency: 'USD', categories: [], inStock: true, tags: [], attributes: {} }));
}

/** Histories only: the held-out targets never reach the tables. */
export function orderLines(sequences: Sequence[]): OrderLine[] {
  const lines: OrderLine[] = [];
  for (const s of sequences) s.history.forEach((productId, i) => lines.push({ orderId: `${s.user}#${i}`, productId, customerId: s.user }));
  return lines;
}

export function evalCatalog(products: Product[], sequences: Sequence[], tableOptions: InteractionTableOptions, withTitles: boolean): CatalogData {
  const tables = buildInteractionTables(orderLines(sequences), tableOptions);
  // The build writes the table as serialised JSON; parsing it back is what the worker does with the chunk.
  const similar = withTitles ? (JSON.parse(similarChunk(products, similarNeighbours(tfidfVectors(products)), 'cosine:tfidf').json) as PairTableChunk) : null;
  return catalogData(products, { ...tables, similar });
}
