// CLI eval: the merchant-side index for a dataset split, built the way `aisle build` builds it: each
// training history becomes one customer's orders in sequence, through buildInteractionTables; titles go
// through the CLI's TF-IDF `similar` table.
import type { PairTableChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { buildInteractionTables, type InteractionTableOptions, type OrderLine } from '../../shared/interaction-tables.ts';
import { decodeNextItem } from '../../shared/next-item-model.ts';
import { catalogData, type CatalogData } from '../../worker/catalog/catalog-data.ts';
import { nextItemChunk } from '../build/interaction-chunks.ts';
import { similarChunk, similarNeighbours, tfidfVectors } from '../build/tfidf-similar.ts';
import type { NextItemTrainOptions } from '../train/train-next-item-model.ts';
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

/** What building an eval catalog took: the next-item model's training time and chunk bytes. */
export interface EvalCatalogStats {
  trainSeconds: number;
  nextItemBytes: number;
}

/**
 * `nextItem`: the model's training options as `aisle build` passes them (epochs 0: no model). The model
 * goes through its chunk bytes (int8), as the worker gets it.
 */
export function evalCatalog(products: Product[], sequences: Sequence[], tableOptions: InteractionTableOptions, withTitles: boolean, nextItem: Partial<NextItemTrainOptions> = {}, stats?: EvalCatalogStats, log?: (line: string) => void): CatalogData {
  const lines = orderLines(sequences);
  const tables = buildInteractionTables(lines, tableOptions);
  // The build writes the table as serialised JSON; parsing it back is what the worker does with the chunk.
  const similar = withTitles ? (JSON.parse(similarChunk(products, similarNeighbours(tfidfVectors(products)), 'cosine:tfidf').json) as PairTableChunk) : null;
  const t0 = Date.now();
  const chunk = nextItemChunk(lines.map((l) => ({ ...l, quantity: 1 })), products, nextItem, (f) => log?.(`eval: next-item model ${Math.round(f * 100)} % (${((Date.now() - t0) / 1000).toFixed(0)} s)`));
  if (stats) {
    stats.trainSeconds += (Date.now() - t0) / 1000;
    stats.nextItemBytes = chunk?.byteLength ?? 0;
  }
  const model = chunk ? decodeNextItem(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength) as ArrayBuffer, products.length) : null;
  return catalogData(products, { ...tables, similar, nextItem: model });
}
