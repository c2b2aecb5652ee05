// Assistant, retrieval: SearchQuery → products. BM25 over the catalog's text (built lazily, once), hard
// filters from the query, honest relaxation of one filter when nothing passes, an encoder re-rank (and,
// for purpose or recipient requests, encoder recall over the whole catalog), then the superlative's order.
import type { CatalogData } from '../../catalog/catalog-data.ts';
import type { Product } from '../../../protocol/product.ts';
import { buildCatalogVocab, canonicalTerms, type CatalogVocab } from '../understand/catalog-vocab.ts';
import type { SearchQuery } from '../understand/search-query.ts';
import { Bm25Index } from './bm25-index.ts';
import { EmbedScorer, type EmbedFn } from './embed-scorer.ts';
import { orderBySuperlative } from './order-by-superlative.ts';
import { buildFilters, passesAll, RELAX_ORDER, statesTerm, type Filter, type PriceBounds } from './search-filters.ts';

export interface SearchRequest {
  query: SearchQuery;
  /** The whole message, for the encoder. */
  text: string;
  /** The message's vector, when the encoder is loaded (computed once by the assistant). */
  embedding?: Float32Array;
  /** Embeds product texts when the index has no item vectors. */
  embed?: EmbedFn;
  /** Prices of the previous answer's products, for "cheaper ones". */
  previousPrices?: number[];
  /** Products already shown that a "show me more" must not repeat. */
  exclude?: Set<string>;
  /** No product noun: rank by meaning over the whole catalog ("gift for a hiker"). */
  open?: boolean;
  limit?: number;
}

export interface SearchOutcome {
  products: Product[];
  /** Every product that passed, ranked (`products` is its head). */
  matched: Product[];
  total: number;
  filters: Filter[];
  /** The filter given up because nothing matched them all. */
  relaxed?: Filter;
  /** Free words no returned product mentions ("unicorn"). */
  unmatchedTerms: string[];
  /** The superlative's measure when no matching product states it (the order is then by relevance). */
  unsorted?: string;
  /** Found by meaning (the encoder) rather than by words: the count says little, the order is the answer. */
  byMeaning?: boolean;
}

/** Below this cosine a product is not a semantic match on its own (no word in common). */
const SEMANTIC_MIN = 0.35;
/** Embedding the whole catalog's titles for recall only pays on small catalogs without index vectors. */
const SEMANTIC_RECALL_MAX_PRODUCTS = 2000;
/** How many of the best text matches the encoder re-ranks. */
const RERANK = 60;

export class ProductSearch {
  private index: Bm25Index | null = null;
  private vocabulary: CatalogVocab | null = null;
  private readonly scorer: EmbedScorer;
  private readonly strongTerms = new Map<string, Set<string>>();

  constructor(private readonly catalog: CatalogData) {
    this.scorer = new EmbedScorer(catalog);
  }

  get vocab(): CatalogVocab {
    return (this.vocabulary ??= buildCatalogVocab(this.catalog.products, this.catalog.faq.map((f) => `${f.question} ${f.section.join(' ')} ${f.answer}`)));
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

  docFrequency(term: string): number {
    return this.bm25.docFrequency(term);
  }

  /** Canonical terms of a product's own fields (not its description): what it can be said to be. */
  ownTerms(p: Product): Set<string> {
    let own = this.strongTerms.get(p.id);
    if (!own) {
      own = new Set(canonicalTerms(`${p.title} ${p.brand ?? ''} ${p.categories.join(' ')} ${p.tags.join(' ')} ${Object.values(p.attributes).join(' ')}`));
      this.strongTerms.set(p.id, own);
    }
    return own;
  }

  private namesEnough(p: Product, queryTerms: string[]): boolean {
    // Words the catalog never uses ("keep me dry") cannot be named by any product, so half of the known
    // words must be named, and at least a third of all of them (one shared word in five is chance).
    const all = [...new Set(queryTerms)];
    const known = all.filter((t) => this.bm25.docFrequency(t) > 0);
    const own = this.ownTerms(p);
    const named = known.filter((t) => own.has(t)).length;
    return named >= Math.max(1, Math.ceil(known.length / 2), Math.ceil(all.length / 3));
  }

  private priceLimit(q: SearchQuery, previous: number[] | undefined, pool: Product[]): PriceBounds | null {
    const p = q.price;
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
    const { query: q, limit = 5 } = req;
    const all = this.catalog.products;
    const wordTerms = [...q.categoryTerms, ...q.terms, ...q.colours];
    const scores = this.textScores([...wordTerms, ...q.softTerms]);
    const freeScores = this.textScores(q.terms.filter((t) => this.bm25.docFrequency(t) > 0));
    // "cheap" is relative to what else was asked for: the lower third of matching shoes, not of the shop.
    const bandPool = q.price?.band ? all.filter((p) => passesAll(p, buildFilters(all, { ...q, price: undefined } as SearchQuery, this.vocab, null))) : [];
    const filters = buildFilters(all, q, this.vocab, this.priceLimit(q, req.previousPrices, bandPool));
    const narrowing = filters.some((f) => f.name !== 'stock');

    const fresh = req.exclude?.size ? all.filter((p) => !req.exclude?.has(p.id)) : all;
    let pool = fresh.filter((p) => passesAll(p, filters));
    let relaxed: Filter | undefined;
    if (pool.length === 0 && narrowing) {
      for (const name of RELAX_ORDER) {
        const drop = filters.find((f) => f.name === name);
        if (!drop) continue;
        const next = fresh.filter((p) => passesAll(p, filters.filter((f) => f !== drop)));
        if (next.length > 0) {
          [pool, relaxed] = [next, drop];
          break;
        }
      }
    }
    const inForce = relaxed ? filters.filter((f) => f !== relaxed) : filters;
    const subjectFilter = inForce.some((f) => f.name !== 'stock' && f.name !== 'price' && f.name !== 'exclude');
    // With no slot to hold on to, a product must carry half the query's words in its own fields: one
    // shared word in a description ("made") is not a match. Purpose requests ("gift for a hiker"), and
    // requests whose words no product carries, are recalled by meaning over the whole catalog instead.
    // A request of limits only ("under $50", "the cheapest") keeps every product within them.
    const wordless = q.terms.length + q.softTerms.length + q.categoryTerms.length + q.colours.length === 0;
    const named = subjectFilter || wordless ? pool : pool.filter((p) => scores.has(p.id) && this.namesEnough(p, [...q.terms, ...q.softTerms]));
    const canRecall = !!req.embedding && (!!this.catalog.vectors || all.length <= SEMANTIC_RECALL_MAX_PRODUCTS);
    const semanticRecall = canRecall && !subjectFilter && (!!req.open || named.length === 0);
    if (!semanticRecall) pool = named;
    // "waterproof trail shoes": a product whose copy says "Not waterproof" mentions the word, and is no match.
    const freeTerms = q.terms.filter((t) => this.bm25.docFrequency(t) > 0);
    const mentioning = pool.filter((p) => freeScores.has(p.id) && freeTerms.some((t) => statesTerm(p, t)));
    const unmatchedTerms = mentioning.length === 0 && subjectFilter ? q.terms.filter((t) => t.length > 2) : [];
    if (mentioning.length > 0 && !semanticRecall) pool = mentioning;

    let ranked = await this.rank(pool, scores, req, semanticRecall);
    let unsorted: string | undefined;
    if (q.superlative) {
      const ordered = orderBySuperlative(ranked, q.superlative, this.catalog.popularity?.scores ?? {});
      ranked = ordered.products;
      if (!ordered.sorted) unsorted = q.superlative.measure;
    }
    const shown = q.count !== undefined && q.count > 0 ? Math.min(q.count, limit) : limit;
    const out: SearchOutcome = { products: ranked.slice(0, shown), matched: ranked, total: ranked.length, filters: inForce, unmatchedTerms };
    if (relaxed) out.relaxed = relaxed;
    if (unsorted) out.unsorted = unsorted;
    if (semanticRecall) out.byMeaning = true;
    return out;
  }

  /** Cosines, or null when the encoder fails: the answer then rests on words alone instead of failing. */
  private async semanticScores(query: Float32Array, candidates: Product[], embed: EmbedFn | undefined): Promise<number[] | null> {
    try {
      return await this.scorer.cosines(query, candidates, embed);
    } catch {
      return null;
    }
  }

  private async rank(pool: Product[], scores: Map<string, number>, req: SearchRequest, semanticRecall: boolean): Promise<Product[]> {
    const popularity = this.catalog.popularity?.scores ?? {};
    let candidates = pool;
    const maxText = Math.max(1e-9, ...candidates.map((p) => scores.get(p.id) ?? 0));
    let semantic: number[] | null = null;
    if (req.embedding && candidates.length > 0) {
      // Re-rank only the best text matches (embedding is the slow part), unless recall is by meaning.
      if (!semanticRecall) candidates = [...candidates].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0)).slice(0, RERANK);
      semantic = await this.semanticScores(req.embedding, candidates, req.embed);
    }
    const textWeight = semanticRecall ? 0.3 : 0.6;
    const scored = candidates.map((p, i) => {
      const text = (scores.get(p.id) ?? 0) / maxText;
      const cos = semantic ? (semantic[i] as number) : 0;
      return { p, cos, score: semantic ? textWeight * text + (1 - textWeight) * cos : text };
    });
    const kept = semanticRecall && semantic ? scored.filter((s) => s.cos >= SEMANTIC_MIN || (scores.get(s.p.id) ?? 0) > 0) : scored;
    kept.sort((a, b) => b.score - a.score || (popularity[b.p.id] ?? 0) - (popularity[a.p.id] ?? 0) || a.p.price - b.p.price);
    return kept.map((s) => s.p);
  }
}
