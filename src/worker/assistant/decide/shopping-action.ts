// Assistant, decide: among the shopping intents (search, product question, compare, recommend), the most
// likely one that has something to act on. The model ranks them; the parse says what each would act on:
// a comparison needs two products (named, pointed at, described as "the two cheapest", or listed "X vs Y"),
// a product question needs a product, a recommendation a relation or an anchor. "which of those is the
// lightest?" reads as a comparison to the model and is a choice among the shown products by weight.
import type { ConversationState } from '../state/conversation-state.ts';
import type { IntentId } from '../understand/intent-taxonomy.ts';
import { hasSearchContent, hasSubject, mergeQueries } from '../understand/search-query.ts';
import type { Understanding } from '../understand/understanding.ts';
import type { Action } from './decide.ts';

const SHOPPING: IntentId[] = ['product-search', 'product-question', 'compare', 'recommend'];

/** The message names things the catalog has: a kind of product, a colour, a brand, a size, a product. */
export function catalogContent(u: Understanding): boolean {
  const q = u.request.query;
  return q.categoryTerms.length > 0 || q.colours.length > 0 || !!q.brand || !!q.size || !!q.material || q.capacity !== undefined || !!q.measures?.length || u.named.length > 0;
}

/**
 * A request (not a question) whose every content word is the catalog's and none the help centre's alone:
 * "show me the gift cards" asks for products even where a help-centre section has the same name.
 */
export function catalogOnly(u: Understanding): boolean {
  const { content, catalog, helpOnly } = u.words;
  return !u.isQuestion && !u.problem && content.length > 0 && catalog.length === content.length && helpOnly.length === 0 && catalogContent(u);
}

export function asksAFact(u: Understanding): boolean {
  return !!u.fact.field || !!u.fact.attributeKey || (u.yesNo && u.fact.featureTerms.length > 0);
}

/** "how many watts is the Brightwater Kettle?": a question naming one product that asks a measure of it. */
function asksOfNamed(u: Understanding): boolean {
  if (u.named.length !== 1) return false;
  return (u.yesNo && asksAFact(u)) || (u.isQuestion && !u.relation && !u.comparative && (!!u.fact.unit || !!u.fact.attributeKey));
}

/** The product(s) a question is about: named, else pointed at, else the page's or the conversation's focus. */
function targets(u: Understanding, state: ConversationState, pageProduct: string | undefined): string[] {
  if (u.named.length > 0) return u.named.slice(0, 1);
  if (u.referred.length > 0) return u.referred;
  const one = state.focus ?? pageProduct;
  return one ? [one] : [];
}

function search(u: Understanding, state: ConversationState): Action {
  const { query, open, wantsMore } = u.request;
  const active = state.search?.query;
  // A follow-up refines the active search; "show me more" continues it unchanged.
  // "what about for kids?" after hiking boots: the recipient narrows the kind, so its words must be
  // mentioned (where some products of the kind do), not only rank.
  const narrows = active && u.followUp && query.categoryTerms.length + query.terms.length === 0 && query.softTerms.length > 0 && active.categoryTerms.length > 0;
  const next = narrows ? { ...query, terms: query.softTerms, softTerms: [] } : query;
  if (active && u.followUp) return { kind: 'search', query: mergeQueries(active, next), open: false, more: wantsMore };
  if (active && wantsMore && !hasSearchContent(query)) return { kind: 'search', query: active, open: false, more: true };
  return { kind: 'search', query, open, more: false };
}

function asSearch(u: Understanding, state: ConversationState, pageProduct: string | undefined): Action {
  // "is the Storm Shell waterproof?" read as a search: a yes/no question naming one product is about it.
  if (asksOfNamed(u)) return { kind: 'product-question', productIds: u.named };
  if (u.relation === 'similar' || u.relation === 'complement') {
    const anchor = targets(u, state, pageProduct)[0];
    if (anchor) return { kind: 'recommend', relation: u.relation, anchor, query: u.request.query, ...(relative(u) ? { than: relative(u) } : {}) };
  }
  return search(u, state);
}

/** "a bigger one", "similar but lighter": a measure relative to the anchor (price has its own "cheaper"). */
function relative(u: Understanding): Understanding['than'] {
  return u.than && u.than.measure !== 'price' && !u.choosing ? u.than : undefined;
}

function asQuestion(u: Understanding, state: ConversationState, pageProduct: string | undefined): Action | null {
  // "more like the first one" asks for other products, not about that one.
  if (u.relation === 'similar' || u.relation === 'complement') return null;
  const ids = targets(u, state, pageProduct);
  if (ids.length === 0) return null;
  // "which trail shoes are waterproof?" names what it wants: a search, not a question about the product in view.
  if (hasSearchContent(u.request.query) && !asksAFact(u) && !asksOfNamed(u)) return null;
  return { kind: 'product-question', productIds: ids };
}

function asComparison(u: Understanding, state: ConversationState, pageProduct: string | undefined): Action | null {
  const q = u.request.query;
  // "more like the first one" asks for products like it, not for a table.
  if ((u.relation === 'similar' || u.relation === 'complement') && !u.comparative) return null;
  const several = u.reference?.kind === 'plural' || u.reference?.kind === 'ordinal';
  // "which of those is the lightest?": one product chosen from the shown ones, by the measure.
  if (q.superlative && (q.count ?? 1) <= 1 && (several || u.followUp) && state.search) return search({ ...u, followUp: true }, state);
  // "which of the two is waterproof?": the question asked of each shown product.
  if (u.referred.length > 1 && asksAFact(u) && !q.superlative) return { kind: 'product-question', productIds: u.referred };
  const pointed = u.named.length >= 2 ? u.named : u.referred.length >= 2 ? u.referred : [];
  // "now the two most expensive" after a search: the description continues the active search.
  const query = u.followUp && state.search && !hasSubject(q) ? mergeQueries(state.search.query, q) : q;
  // "your brightest headlamp" asks for one product (count 1): a comparison needs two or more described.
  const described = hasSubject(query) && ((query.count ?? 0) >= 2 || (!!query.superlative && query.count === undefined));
  // "compare it with the Storm Shell", "compare it with the most expensive one": the product in view and one more.
  // A message that names one product and asks its watts or its price is a question about it: setting it
  // beside another takes words that compare.
  const withThis = u.comparative && (u.reference?.kind === 'singular' || u.named.length === 1) && (u.named.length === 1 || !!state.focus || !!pageProduct);
  const another = u.named.length > 0 || !!q.superlative || hasSearchContent(q) || u.parts.length >= 2;
  if (pointed.length >= 2 || several || described || u.parts.length >= 2 || (withThis && another)) return { kind: 'compare', productIds: pointed, query };
  return null;
}

function asRecommendation(u: Understanding, state: ConversationState, pageProduct: string | undefined): Action | null {
  const anchor = targets(u, state, pageProduct)[0];
  const than = relative(u);
  if (u.relation === 'similar' || u.relation === 'complement') return anchor ? { kind: 'recommend', relation: u.relation, anchor, query: u.request.query, ...(than ? { than } : {}) } : null;
  if (u.relation === 'personal') return { kind: 'recommend', relation: 'personal', query: u.request.query };
  // "what about for kids?" right after a search refines it; it asks for no recommendation.
  if (u.followUp && state.search && hasSearchContent(u.request.query)) return null;
  // "recommend a tent for two" names what it wants: that is a search.
  if (hasSearchContent(u.request.query) && !u.request.open) return null;
  return anchor ? { kind: 'recommend', relation: 'similar', anchor, query: u.request.query } : { kind: 'recommend', relation: 'personal', query: u.request.query };
}

export function shoppingAction(u: Understanding, state: ConversationState, pageProduct: string | undefined): Action {
  // "any others?" with a search active and nothing new asked: more of that search, whatever intent the
  // model ranks first for two words.
  if (u.request.wantsMore && state.search && !hasSearchContent(u.request.query) && !u.relation) return search(u, state);
  // "do you have a bigger one?" about the product in focus: its kind, bigger than it.
  const anchor = state.focus ?? pageProduct;
  const than = relative(u);
  if (than && anchor && !u.relation && !hasSubject(u.request.query) && u.named.length === 0 && (u.referred.length === 0 || u.reference?.kind === 'singular')) {
    return { kind: 'recommend', relation: 'similar', anchor, query: u.request.query, than };
  }
  const ranked = u.intent.ranked.map((r) => r.intent).filter((i) => SHOPPING.includes(i));
  const order = [...ranked, ...SHOPPING.filter((i) => !ranked.includes(i))];
  for (const intent of order) {
    const action =
      intent === 'product-question' ? asQuestion(u, state, pageProduct)
      : intent === 'compare' ? asComparison(u, state, pageProduct)
      : intent === 'recommend' ? asRecommendation(u, state, pageProduct)
      : asSearch(u, state, pageProduct);
    if (action) return action;
  }
  return search(u, state);
}
