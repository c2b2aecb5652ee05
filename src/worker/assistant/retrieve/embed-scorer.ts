// Assistant, retrieval: cosine similarity of a query vector to products, from the index's int8 vectors when
// present (same encoder, same dim), else by embedding "title · brand · category" lazily and caching it.
import type { CatalogData } from '../../catalog/catalog-data.ts';
import type { Product } from '../../../protocol/product.ts';

export type EmbedFn = (texts: string[]) => Promise<Float32Array[]>;

const BATCH = 32;

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function norm(v: Float32Array): number {
  return Math.sqrt(dot(v, v)) || 1;
}

export function productText(p: Product): string {
  return [p.title, p.brand, p.categories[p.categories.length - 1]].filter(Boolean).join(' · ');
}

export class EmbedScorer {
  private readonly cache = new Map<string, Float32Array>();
  private cachedFor: EmbedFn | null = null;

  constructor(private readonly catalog: CatalogData) {}

  /** Cosine per product, in the order given. */
  async cosines(query: Float32Array, products: Product[], embed?: EmbedFn): Promise<number[]> {
    const qn = norm(query);
    const vectors = this.catalog.vectors;
    if (vectors && vectors.dim === query.length) {
      return products.map((p) => {
        const row = this.catalog.rowOf.get(p.id);
        if (row === undefined) return 0;
        const scale = vectors.scales[row] as number;
        const v = new Float32Array(vectors.dim);
        for (let k = 0; k < vectors.dim; k++) v[k] = (vectors.data[row * vectors.dim + k] as number) * scale;
        return dot(query, v) / (qn * norm(v));
      });
    }
    if (!embed) return products.map(() => 0);
    // A new encoder means new vector space: cached vectors of the old one must not mix in.
    if (this.cachedFor !== embed) {
      this.cache.clear();
      this.cachedFor = embed;
    }
    const missing = products.filter((p) => !this.cache.has(p.id));
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const out = await embed(batch.map(productText));
      batch.forEach((p, j) => {
        const v = out[j];
        if (v) this.cache.set(p.id, v);
      });
    }
    return products.map((p) => {
      const v = this.cache.get(p.id);
      return v ? dot(query, v) / (qn * norm(v)) : 0;
    });
  }
}
