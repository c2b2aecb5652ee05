// Assistant: runs a product search: first whether the shop sells the named kind of thing at all ("do you sell
// kayaks?"), then the search, then its answer, and the state it leaves (the active search, shown products).
import type { Product } from '../../protocol/product.ts';
import { answerAbsence, type Absence } from './compose/answer-absence.ts';
import { answerSearch, matchReason } from './compose/answer-search.ts';
import type { Draft, Tools } from './draft.ts';
import { canonicalTerms } from './understand/catalog-vocab.ts';
import type { SearchQuery } from './understand/search-query.ts';
import type { Understanding } from './understand/understanding.ts';

const MAX_PRODUCTS = 5;
/** A category this close to the message by meaning is offered as "the closest we have". */
const CLOSEST_CATEGORY_COSINE = 0.4;
/** Adjective endings: "waterproof", "washable", "cushioned" describe a product, they are not one. */
const DESCRIBING = /(proof|able|ible|ful|less|ous|ive|ed|ing|ish)$/;

function titleHasWord(title: string, term: string): boolean {
  return canonicalTerms(title).includes(term);
}

/** The category's most popular products in stock. */
function inCategory(tools: Tools, path: string[]): Product[] {
  const key = path.join('>');
  const popularity = tools.catalog.popularity?.scores ?? {};
  return tools.catalog.products.filter((p) => p.categories.join('>') === key && p.inStock).sort((a, b) => (popularity[b.id] ?? 0) - (popularity[a.id] ?? 0)).slice(0, MAX_PRODUCTS);
}

/** The shop sells no product of the kind the shopper named: the head noun is no category or title noun. */
function absence(q: SearchQuery, u: Understanding, tools: Tools): Absence | null {
  const head = q.head;
  const vocab = tools.search.vocab;
  if (!head || vocab.productTypes.has(head.term) || DESCRIBING.test(head.word) || q.brand) return null;
  const mentioning = tools.catalog.products.filter((p) => tools.search.ownTerms(p).has(head.term) && (p.inStock || q.includeOutOfStock)).slice(0, MAX_PRODUCTS);
  // "Essence Mascara Lash Princess" in "beauty": a title whose last word is not its category may name its
  // kind anywhere, so a product titled with the word is one. "Laptop Backpack" in Backpacks is a backpack.
  // So is "Laptop Daypack" in Backpacks when its title or tags name its category's kind ("backpack", a
  // noun other titles end in): its kind is known, and "laptop" only describes it.
  const kindKnown = (p: Product): boolean => {
    if (vocab.typedTitle.get(p.id)) return true;
    const own = new Set([...canonicalTerms(p.title), ...p.tags.flatMap((t) => canonicalTerms(t))]);
    return canonicalTerms(p.categories[p.categories.length - 1] ?? '').some((t) => t !== head.term && vocab.titleHeads.has(t) && own.has(t));
  };
  if (mentioning.some((p) => titleHasWord(p.title, head.term) && !kindKnown(p))) return null;
  const out: Absence = { word: head.word, mentioning };
  // "sleeping pads" in a shop with sleeping bags: the other words of the phrase name a category.
  const lexical = q.categoryTerms.length ? vocab.categories.find((c) => q.categoryTerms.every((t) => canonicalTerms(c.path.join(' ')).includes(t))) : undefined;
  if (mentioning.length === 0 && lexical) out.closest = { name: lexical.name, products: inCategory(tools, lexical.path) };
  else if (mentioning.length === 0 && u.embedding) {
    const near = tools.nearestCategories(u.embedding)[0];
    if (near && near.cosine >= CLOSEST_CATEGORY_COSINE) {
      out.closest = { name: near.name, products: inCategory(tools, near.path) };
    }
  }
  return out;
}

export async function runSearch(u: Understanding, tools: Tools, q: SearchQuery, open: boolean, more: boolean): Promise<Draft> {
  const missing = more ? null : absence(q, u, tools);
  if (missing) {
    const a = answerAbsence(missing);
    return { intent: 'product-search', text: a.text, products: a.products, reason: a.reason, effect: { intent: 'product-search', shown: a.products.map((p) => p.id), replacesResults: true, subject: { term: (q.head as NonNullable<SearchQuery['head']>).term, word: missing.word } } };
  }
  const previous = tools.state.lastResults.map((id) => tools.catalog.byId.get(id)).filter((p): p is Product => !!p);
  const exclude = more && tools.state.search ? new Set(tools.state.search.shown) : new Set<string>();
  const outcome = await tools.search.search({
    query: q,
    text: u.text,
    limit: MAX_PRODUCTS,
    exclude,
    open,
    ...(previous.length ? { previousPrices: previous.map((p) => p.price) } : {}),
    ...(u.embedding ? { embedding: u.embedding } : {}),
    ...(tools.embed ? { embed: tools.embed } : {}),
  });
  // A search that found nothing leaves the list follow-ups point into as it was.
  const effect = { intent: 'product-search', shown: outcome.products.map((p) => p.id), replacesResults: outcome.products.length > 0, search: { query: q, more }, ...(q.head ? { subject: q.head } : {}) };
  if (more && (outcome.products.length === 0 || outcome.relaxed)) {
    return { intent: 'product-search', text: "That's everything I found for this search. Try another colour, category or price range.", effect: { ...effect, shown: [], replacesResults: false } };
  }
  const allFilters = outcome.relaxed ? [...outcome.filters, outcome.relaxed] : outcome.filters;
  const found = answerSearch(outcome, q, tools.search.vocab, u.text, allFilters, more);
  // "do you sell headphones?", "are there red tents?": a yes/no question the search answers in full.
  const yes = u.yesNo && !more && outcome.products.length > 0 && !outcome.relaxed && !outcome.byMeaning && (outcome.unmatchedTerms ?? []).length === 0;
  return {
    intent: 'product-search',
    text: yes ? `Yes. ${found}` : found,
    products: outcome.products,
    reason: matchReason(outcome.filters),
    effect,
  };
}
