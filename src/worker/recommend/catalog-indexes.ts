// Worker recommender: lookups derived from the catalog once (lazily, on first use) and shared by all
// strategies: products by popularity overall and per category, category complements, a title word index.
import { rowNorms } from '../../shared/int8-vectors.ts';
import type { CatalogData, ItemVectors } from '../catalog/catalog-data.ts';
import { categoryOf } from './strategy-context.ts';
import { words } from './words.ts';

const PER_CATEGORY = 100;
const TOP_OVERALL = 500;

export class CatalogIndexes {
  /** Popularity by product id: a Map, so an id like `__proto__` or `constructor` is an id like any other. */
  private readonly pop: ReadonlyMap<string, number>;
  private byPop: string[] | null = null;
  private rowsByPop: Int32Array | null = null;
  private perCategory: Map<string, string[]> | null = null;
  private complements: Map<string, Array<[string, number]>> | null = null;
  private wordIndex: Map<string, number[]> | null = null;
  private readonly textVectors = new Map<string, Map<string, number>>();
  private norms: { of: ItemVectors; norms: Float32Array } | null = null;

  constructor(private readonly catalog: CatalogData) {
    const scores = catalog.popularity?.scores;
    this.pop = new Map(scores ? Object.entries(scores).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])) : []);
  }

  /** Builds every lazy table now (the worker calls it when idle, so no shopper's first call pays for it). */
  warm(): void {
    this.popular();
    this.popularRows();
    const category = this.catalog.products[0]?.categories.at(-1);
    if (category) {
      this.popularIn(category);
      this.complementsOf(category);
    }
    this.withWord('warm');
  }

  /** Norms of the item vectors' rows (the vectors arrive after the catalog: computed on first use). */
  vectorNorms(vectors: ItemVectors): Float32Array {
    if (this.norms?.of !== vectors) this.norms = { of: vectors, norms: rowNorms(vectors) };
    return this.norms.norms;
  }

  popularity(id: string): number {
    return this.pop.get(id) ?? 0;
  }

  /** The most popular products, best first (at most 500). */
  popular(): string[] {
    if (!this.byPop) {
      this.byPop = [...this.pop.keys()]
        .filter((id) => this.catalog.byId.has(id))
        .sort((a, b) => this.popularity(b) - this.popularity(a) || (a < b ? -1 : 1))
        .slice(0, TOP_OVERALL);
    }
    return this.byPop;
  }

  /** Every catalog row, best sellers first (rows without popularity after, in catalog order). */
  popularRows(): Int32Array {
    if (!this.rowsByPop) {
      const pop = this.catalog.products.map((p) => this.popularity(p.id));
      this.rowsByPop = Int32Array.from(pop.keys()).sort((a, b) => pop[b]! - pop[a]! || a - b);
    }
    return this.rowsByPop;
  }

  /** The most popular products of a (narrowest) category, best first. */
  popularIn(category: string): string[] {
    if (!this.perCategory) {
      const groups = new Map<string, string[]>();
      for (const p of this.catalog.products) {
        const c = categoryOf(p);
        if (!c) continue;
        let g = groups.get(c);
        if (!g) groups.set(c, (g = []));
        g.push(p.id);
      }
      for (const [c, ids] of groups) groups.set(c, ids.sort((a, b) => this.popularity(b) - this.popularity(a) || (a < b ? -1 : 1)).slice(0, PER_CATEGORY));
      this.perCategory = groups;
    }
    return this.perCategory.get(category) ?? [];
  }

  /** Categories bought with `category` (from the co-purchase table), strongest first, itself excluded. */
  complementsOf(category: string): Array<[string, number]> {
    if (!this.complements) {
      const acc = new Map<string, Map<string, number>>();
      for (const [a, list] of Object.entries(this.catalog.copurchase?.pairs ?? {})) {
        const ca = categoryOf(this.catalog.byId.get(a));
        if (!ca) continue;
        let row = acc.get(ca);
        if (!row) acc.set(ca, (row = new Map()));
        for (const [b, s] of list) {
          const cb = categoryOf(this.catalog.byId.get(b));
          if (cb && cb !== ca) row.set(cb, (row.get(cb) ?? 0) + s);
        }
      }
      this.complements = new Map([...acc].map(([c, row]) => [c, [...row].sort((x, y) => y[1] - x[1])]));
    }
    return this.complements.get(category) ?? [];
  }

  /** Rows of products whose title, brand, categories or tags hold `word`, best sellers first. */
  withWord(word: string): number[] {
    if (!this.wordIndex) {
      const index = new Map<string, number[]>();
      this.catalog.products.forEach((p, row) => {
        for (const w of new Set(words(`${p.title} ${p.brand ?? ''} ${p.categories.join(' ')} ${p.tags.join(' ')}`))) {
          let list = index.get(w);
          if (!list) index.set(w, (list = []));
          list.push(row);
        }
      });
      const pop = (row: number) => this.popularity(this.catalog.products[row]!.id);
      for (const list of index.values()) if (list.length > 1) list.sort((a, b) => pop(b) - pop(a) || a - b);
      this.wordIndex = index;
    }
    return this.wordIndex.get(word) ?? [];
  }

  /** A product's title words weighted by IDF, unit length: content without an encoder. */
  textVector(id: string): Map<string, number> {
    let v = this.textVectors.get(id);
    if (v) return v;
    v = new Map();
    const p = this.catalog.byId.get(id);
    if (p) {
      const n = this.catalog.products.length;
      let sum = 0;
      for (const w of new Set(words(`${p.title} ${p.brand ?? ''} ${p.categories.join(' ')}`))) {
        const idf = Math.log(1 + n / Math.max(1, this.withWord(w).length));
        v.set(w, idf);
        sum += idf * idf;
      }
      const norm = Math.sqrt(sum) || 1;
      for (const [w, x] of v) v.set(w, x / norm);
    }
    this.textVectors.set(id, v);
    return v;
  }
}
