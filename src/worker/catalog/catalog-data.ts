// Worker: the in-memory catalog the recommender and the assistant read, assembled from index chunks
// (src/worker/catalog/load-index.ts) or, in Node, straight from the CLI's build output (eval, tests).
import type { FaqEntry, MerchantRules, PairTableChunk, PopularityChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import type { NextItemModel } from '../../shared/next-item-model.ts';

export interface ItemVectors {
  dim: number;
  /** Per-row scale: value = data[row * dim + k] * scales[row]. Rows follow `CatalogData.products`. */
  scales: Float32Array;
  data: Int8Array;
}

export interface CatalogData {
  /** In manifest order; a product's row in `vectors` is its position here. */
  products: Product[];
  byId: Map<string, Product>;
  /** Position of each product in `products`. */
  rowOf: Map<string, number>;
  popularity: PopularityChunk | null;
  copurchase: PairTableChunk | null;
  coview: PairTableChunk | null;
  transitions: PairTableChunk | null;
  similar: PairTableChunk | null;
  vectors: ItemVectors | null;
  /** The trained next-item model (rows follow `products`), when the index has one. */
  nextItem: NextItemModel | null;
  /** Visual neighbours from `aisle build --images` (src/worker/vision/looks-similar.ts), once loaded. */
  looksSimilar?: PairTableChunk | null;
  faq: FaqEntry[];
  rules: MerchantRules | null;
}

export function catalogData(products: Product[], parts: Partial<Omit<CatalogData, 'products' | 'byId' | 'rowOf'>> = {}): CatalogData {
  const byId = new Map<string, Product>();
  const rowOf = new Map<string, number>();
  products.forEach((p, i) => {
    byId.set(p.id, p);
    rowOf.set(p.id, i);
  });
  return {
    products,
    byId,
    rowOf,
    popularity: parts.popularity ?? null,
    copurchase: parts.copurchase ?? null,
    coview: parts.coview ?? null,
    transitions: parts.transitions ?? null,
    similar: parts.similar ?? null,
    vectors: parts.vectors ?? null,
    nextItem: parts.nextItem ?? null,
    faq: parts.faq ?? [],
    rules: parts.rules ?? null,
  };
}
