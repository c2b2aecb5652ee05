// Assistant, retrieval: recommendation requests in the chat go through the recommender's own strategies
// (its public `recommend()`, passed in by the worker): "similar but cheaper" → similar, filtered; "what goes
// with this?" → bought-together; "based on what I looked at" → for-you. Each product keeps its reason.
import type { Product } from '../../../protocol/product.ts';
import type { Candidate, RecommendRequest, Strategy } from '../../../protocol/recommend.ts';
import type { CatalogData } from '../../catalog/catalog-data.ts';
import type { CatalogVocab } from '../understand/catalog-vocab.ts';
import type { SearchQuery } from '../understand/search-query.ts';
import { buildFilters, passesAll } from './search-filters.ts';
import { titleInText } from '../compose/title-in-text.ts';
import type { Superlative } from '../understand/parse-ranking.ts';
import { valueOf } from './order-by-superlative.ts';

export type Recommender = (request: RecommendRequest) => Candidate[];

export interface ChatRecommendation {
  products: Product[];
  reasons: Map<string, string>;
  /** Set when "cheaper" was asked: the anchor's price the results are below. */
  cheaperThan?: number;
  /** Set when a measure was asked relative to the anchor ("lighter"): the comparative, for the answer. */
  than?: string;
}

const STRATEGY: Record<'similar' | 'complement' | 'personal', Strategy> = { similar: 'similar', complement: 'bought-together', personal: 'for-you' };
const LIMIT = 5;

export function recommendInChat(
  recommender: Recommender,
  catalog: CatalogData,
  vocab: CatalogVocab,
  relation: 'similar' | 'complement' | 'personal',
  query: SearchQuery,
  anchor?: Product,
  kind?: string[],
  than?: Superlative,
): ChatRecommendation {
  // Held to a kind (the anchor's own for "anything similar", the one named for "a pot to go with it"),
  // the strategy's list is read further down.
  const held = kind ?? (relation === 'similar' && anchor && query.categoryTerms.length === 0 && anchor.categories.length > 0 ? anchor.categories : undefined);
  const kindKey = held?.join('>');
  const ofKind = (p: Product) => kindKey === undefined || p.categories.join('>') === kindKey;
  // "similar but lighter": only products whose measure is past the anchor's, in the asked direction.
  const popularity = catalog.popularity?.scores ?? {};
  const base = than && anchor ? valueOf(anchor, than.measure, popularity) : undefined;
  const beyond = (p: Product) => {
    if (!than || base === undefined) return true;
    const v = valueOf(p, than.measure, popularity);
    return v !== undefined && (than.direction === 'asc' ? v < base : v > base);
  };
  const request: RecommendRequest = { strategy: STRATEGY[relation], limit: held || than ? 200 : 30 };
  if (anchor) request.productId = anchor.id;
  const cheaper = !!query.price?.cheaper && !!anchor;
  // The shopper's refinements ("in blue", "under $50", "cheaper") hold; the category is the recommender's
  // call unless the shopper named a kind ("socks to wear with them": socks that go with the shoes).
  const price = cheaper ? { max: (anchor as Product).price - 0.005, label: `cheaper than the ${titleInText((anchor as Product))}` } : query.price ? { ...(query.price.min !== undefined ? { min: query.price.min } : {}), ...(query.price.max !== undefined ? { max: query.price.max } : {}) } : null;
  const filters = buildFilters(catalog.products, { ...query, price: undefined } as SearchQuery, vocab, price);
  const reasons = new Map<string, string>();
  const products: Product[] = [];
  for (const c of recommender(request)) {
    const p = catalog.byId.get(c.productId);
    if (!p || p.id === anchor?.id || !passesAll(p, filters) || !ofKind(p) || !beyond(p)) continue;
    products.push(p);
    reasons.set(p.id, c.reason);
    if (products.length >= LIMIT) break;
  }
  // The strategy has none of the kind named: the kind's most popular products, said as such.
  if (products.length === 0 && (query.categoryTerms.length > 0 || kind)) {
    const kind = catalog.products.filter((p) => p.id !== anchor?.id && p.inStock && passesAll(p, filters) && ofKind(p) && beyond(p)).sort((a, b) => (popularity[b.id] ?? 0) - (popularity[a.id] ?? 0));
    for (const p of kind.slice(0, LIMIT)) {
      products.push(p);
      reasons.set(p.id, `Popular in ${p.categories[p.categories.length - 1] ?? 'the shop'}`);
    }
  }
  const out: ChatRecommendation = { products, reasons };
  if (cheaper) out.cheaperThan = (anchor as Product).price;
  if (than && base !== undefined) out.than = than.word;
  return out;
}
