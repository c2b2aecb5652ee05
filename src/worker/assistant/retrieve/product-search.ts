// Assistant, retrieval: slots → products. BM25 over the catalog's text (built lazily, once), hard filters
// from the slots, honest relaxation of one filter when nothing passes, then an optional embedding re-rank.
import type { CatalogData } from '../../catalog/catalog-data.ts';
import type { Product } from '../../../protocol/product.ts';
import { buildCatalogVocab, canonicalTerms, type CatalogVocab } from '../understand/catalog-vocab.ts';
import type { Slots } from '../understand/extract-slots.ts';
import { Bm25Index } from './bm25-index.ts';
import { EmbedScorer, type EmbedFn } from './embed-scorer.ts';
import { buildFilters, passesAll, RELAX_ORDER, type Filter, type PriceBounds } from './search-filters.ts';

export interface SearchRequest {
  slots: Slots;
  /** The whole query, for BM25 and the encoder. */
  text: string;
  /** Prices of the previous answer's products, for "cheaper ones". */
  previousPrices?: number[];
  /** Products already shown that a "show me more" must not repeat. */
  exclude?: Set<string>;
  embed?: EmbedFn;
  limit?: number;
}

export interface SearchOutcome {
  products: Product[];
  /** Every product that passed, ranked (`products` is its head). */
  matched: Product[];
  /** How many products passed the filters in force. */
  total: number;
  filters: Filter[];
  /** The filter given up because nothing matched them all. */
  relaxed?: Filter;
  /** Free words no returned product mentions ("unicorn"). */
  unmatchedTerms: string[];
}

/** Below this cosine a product is not a semantic match on its own (no word in common). */
const SEMANTIC_MIN = 0.45;
/** Embedding the whole catalog's titles for recall only pays on small catalogs without index vectors. */
const SEMANTIC_RECALL_MAX_PRODUCTS = 2000;

export class ProductSearch {
  private index: Bm25Index | null = null;
  private vocabulary: CatalogVocab | null = null;
  private readonly scorer: EmbedScorer;
  private readonly strongTerms = new Map<string, Set<string>>();

  constructor(private readonly catalog: CatalogData) {
    this.scorer = new EmbedScorer(catalog);
  }

  get vocab(): CatalogVocab {
    return (this.vocabulary ??= buildCatalogVocab(this.catalog.products));
  }

  private get bm25(): Bm25Index {
    return (this.index ??= new Bm25Index(
      this.catalog.products.map((p) => [
        { text: p.title, weight: 3 },
        { text: `${p.brand ?? ''} ${p.categories.join(' ')}`, weight: 2 },
        { text: `${Object.values(p.attributes).join(' ')} ${p.tags.join(' ')}`, weight: 1.5 },
        { text: p.description ?? '', weight: 1 },
      ]),
    ));
  }

  /** Scores of products against terms, keyed by product id. */
  textScores(queryTerms: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const [doc, s] of this.bm25.score(queryTerms)) {
      const p = this.catalog.products[doc];
      if (p) out.set(p.id, s);
    }
    return out;
  }

  private namesEnough(p: Product, queryTerms: string[]): boolean {
    // Words the catalog never uses ("keep me dry") cannot be named by any product, so half of the known
    // words must be named, and at least a third of all of them (one shared word in five is chance).
    const all = [...new Set(queryTerms)];
    const known = all.filter((t) => this.bm25.docFrequency(t) > 0);
    let own = this.strongTerms.get(p.id);
    if (!own) {
      own = new Set(canonicalTerms(`${p.title} ${p.brand ?? ''} ${p.categories.join(' ')} ${p.tags.join(' ')} ${Object.values(p.attributes).join(' ')}`));
      this.strongTerms.set(p.id, own);
    }
    const named = known.filter((t) => own.has(t)).length;
    return named >= Math.max(1, Math.ceil(known.length / 2), Math.ceil(all.length / 3));
  }

  private priceLimit(slots: Slots, previous: number[] | undefined, pool: Product[]): PriceBounds | null {
    const p = slots.price;
    if (!p) return null;
    if (p.cheaper && previous && previous.length > 0) return { max: previous.reduce((a, b) => a + b, 0) / previous.length - 0.005, label: 'cheaper than the last suggestions' };
    if (p.band && pool.length > 0) {
      const prices = pool.map((x) => x.price).sort((a, b) => a - b);
      const cut = prices[Math.floor((prices.length - 1) / 3)] as number;
      const top = prices[Math.ceil(((prices.length - 1) * 2) / 3)] as number;
      return p.band === 'low' ? { max: cut, label: 'at the lower end of the price range' } : { min: top, label: 'at the higher end of the price range' };
    }
    const out: PriceBounds = {};
    if (p.min !== undefined) out.min = p.min;
    if (p.max !== undefined) out.max = p.max;
    return out;
  }

  async search(req: SearchRequest): Promise<SearchOutcome> {
    const { slots, limit = 5 } = req;
    const all = this.catalog.products;
    const queryTerms = [...slots.categoryTerms, ...slots.freeTerms, ...slots.colours];
    const scores = this.textScores(queryTerms);
    const freeScores = this.textScores(slots.freeTerms.filter((t) => this.bm25.docFrequency(t) > 0));
    // "cheap" is relative to what else was asked for: the lower third of matching shoes, not of the shop.
    const baseFilters = slots.price?.band ? buildFilters(all, { ...slots, price: undefined }, this.vocab, null) : [];
    const basePool = slots.price?.band ? all.filter((p) => passesAll(p, baseFilters)) : [];
    const filters = buildFilters(all, slots, this.vocab, this.priceLimit(slots, req.previousPrices, basePool));
    const narrowing = filters.some((f) => f.name !== 'stock');

    const fresh = req.exclude?.size ? all.filter((p) => !req.exclude?.has(p.id)) : all;
    let pool = fresh.filter((p) => passesAll(p, filters));
    let relaxed: Filter | undefined;
    if (pool.length === 0 && narrowing) {
      for (const name of RELAX_ORDER) {
        const drop = filters.find((f) => f.name === name);
        if (!drop) continue;
        const kept = filters.filter((f) => f !== drop);
        const next = fresh.filter((p) => passesAll(p, kept));
        if (next.length > 0) {
          pool = next;
          relaxed = drop;
          break;
        }
      }
    }
    const inForce = relaxed ? filters.filter((f) => f !== relaxed) : filters;
    // With no slot to hold on to, a product must carry half the query's words in its title, brand,
    // category, tags or attributes: one shared word in a description ("made") is not a match.
    if (!narrowing) pool = pool.filter((p) => scores.has(p.id) && this.namesEnough(p, slots.freeTerms));
    const mentioning = pool.filter((p) => freeScores.has(p.id));
    const unmatchedTerms = mentioning.length === 0 && narrowing ? slots.freeTerms.filter((t) => t.length > 2) : [];
    if (mentioning.length > 0) pool = mentioning;

    const ranked = await this.rank(pool, scores, req, !narrowing && pool.length === 0);
    return { products: ranked.slice(0, limit), matched: ranked, total: ranked.length, filters: inForce, ...(relaxed ? { relaxed } : {}), unmatchedTerms };
  }

  /** Cosines, or null when the encoder fails: the answer then rests on words alone instead of failing. */
  private async semanticScores(text: string, candidates: Product[], embed: EmbedFn): Promise<number[] | null> {
    try {
      const [query] = await embed([text]);
      return query ? await this.scorer.cosines(query, candidates, embed) : null;
    } catch {
      return null;
    }
  }

  private async rank(pool: Product[], scores: Map<string, number>, req: SearchRequest, semanticRecall: boolean): Promise<Product[]> {
    const popularity = this.catalog.popularity?.scores ?? {};
    let candidates = pool;
    const canRecall = semanticRecall && req.embed && (this.catalog.vectors || this.catalog.products.length <= SEMANTIC_RECALL_MAX_PRODUCTS);
    if (canRecall) candidates = this.catalog.products.filter((p) => p.inStock || req.slots.includeOutOfStock);
    const maxText = Math.max(1e-9, ...candidates.map((p) => scores.get(p.id) ?? 0));
    let semantic: number[] | null = null;
    if (req.embed && candidates.length > 0) {
      // Re-rank only the best text matches: embedding is the slow part.
      candidates = [...candidates].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0)).slice(0, canRecall ? candidates.length : 60);
      semantic = await this.semanticScores(req.text, candidates, req.embed);
    }
    const scored = candidates.map((p, i) => {
      const text = (scores.get(p.id) ?? 0) / maxText;
      const cos = semantic ? (semantic[i] as number) : 0;
      return { p, cos, score: semantic ? 0.6 * text + 0.4 * cos : text };
    });
    const kept = canRecall ? scored.filter((s) => s.cos >= SEMANTIC_MIN) : scored;
    kept.sort((a, b) => b.score - a.score || (popularity[b.p.id] ?? 0) - (popularity[a.p.id] ?? 0) || a.p.price - b.p.price);
    return kept.map((s) => s.p);
  }
}
