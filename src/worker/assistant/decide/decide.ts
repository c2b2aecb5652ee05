// Assistant, decide: Understanding + conversation state → the one thing to do. Pure. The intent model's
// distribution leads; the parse and the shop's own words settle what it cannot see: a follow-up continues
// the last help-centre topic (continue-topic.ts), a question that points at a shown product is about that
// product, and a shopping intent with nothing to act on (a comparison of one product, a question about no
// product) gives way to the next likely one that has something (shopping-action.ts).
import type { ConversationState } from '../state/conversation-state.ts';
import type { IntentId } from '../understand/intent-taxonomy.ts';
import type { Superlative } from '../understand/parse-ranking.ts';
import { hasSubject, type SearchQuery } from '../understand/search-query.ts';
import type { Understanding } from '../understand/understanding.ts';
import { continueTopic } from './continue-topic.ts';
import { groupOf, needsPerson } from './intent-groups.ts';
import { asksAFact, catalogContent, catalogOnly, shoppingAction } from './shopping-action.ts';

export type Action =
  | { kind: 'not-english'; language: string }
  | { kind: 'social'; intent: 'greeting' | 'thanks' | 'goodbye' }
  | { kind: 'handoff' }
  | { kind: 'out-of-scope' }
  /**
   * Answer from the help-centre section on the intent's topic. `within`: the section a follow-up
   * continues; `orElse`: what to do when the help centre does not hold the message's own words
   * ("in red?" after a shipping answer is about the products after all).
   */
  | { kind: 'service'; intent: IntentId; person: boolean; within?: string; orElse?: Action }
  | { kind: 'product-question'; productIds: string[] }
  /** "which one is cheaper?": one of the products shown, chosen by a measure. */
  | { kind: 'choose'; productIds: string[]; by: Superlative }
  /** "what do you sell?": the catalog's range. */
  | { kind: 'range' }
  | { kind: 'clarify-product' }
  /** `productIds` when named or pointed at; otherwise the products are found from the message's parts. */
  | { kind: 'compare'; productIds: string[]; query: SearchQuery }
  /** `than`: "similar but lighter", "a bigger one": lighter, bigger than the anchor. */
  | { kind: 'recommend'; relation: 'similar' | 'complement' | 'personal'; anchor?: string; query: SearchQuery; than?: Superlative }
  | { kind: 'search'; query: SearchQuery; open: boolean; more: boolean };

/**
 * "do you have unicorn saddles?": the model's likeliest intent is a product search and the message names a
 * kind of product, while out of scope stays less likely than not. Whether the shop sells it is the
 * catalog's to say ("No, we don't sell unicorn saddles."), not a refusal's.
 */
function asksForAKind(u: Understanding): boolean {
  return u.top === 'product-search' && !!u.request.query.head && u.intent.outOfScope < 0.5;
}

const HAS_IT = /\b(have|got|come|comes|available|in stock|carry|sell|stock|make)\b/;
const SERVICE_VERB = /\b(exchange|swap|return|send back|change|replace|refund)\b/;

/** Share of a message's words (rarity-weighted) that one help-centre section must hold to claim it. */
const HELD_BY_HELP_CENTRE = 0.75;

function service(u: Understanding, intent: IntentId): Action {
  return { kind: 'service', intent, person: needsPerson(intent, u.problem) };
}

export function decide(u: Understanding, state: ConversationState, pageProduct?: string): Action {
  if (!u.language.english) return { kind: 'not-english', language: u.language.code };
  if (!u.norm) return { kind: 'social', intent: 'greeting' };
  const group = groupOf(u.top);
  if (u.asksRange) return { kind: 'range' };

  // "do you have it in size 14?", "is it available in red?": a size or colour of the product in focus,
  // answered from its variants, whatever service (sizing, exchanges) the model hears in "size".
  // So is "and in size 12?" right after a question about that product.
  const q0 = u.request.query;
  const pointed = u.reference?.kind === 'singular' && u.referred.length === 1;
  const continues = !u.reference && state.lastIntent === 'product-question' && !!state.focus && u.followUp && !hasSubject(q0);
  if ((!!q0.size || q0.colours.length > 0) && !SERVICE_VERB.test(u.norm) && ((pointed && u.yesNo && HAS_IT.test(u.norm)) || continues)) {
    return { kind: 'product-question', productIds: pointed ? u.referred : [state.focus as string] };
  }
  // "what sizes?", "and the price?", "what colours?" right after a question about one product: the
  // same product's field, whatever the model hears in one word ("sizes" → sizing, "price" → price match).
  const lastWasProduct = state.lastIntent === 'product-question' || (state.lastIntent === 'product-search' && state.lastResults.length === 1);
  // "and the most expensive one?" asks for another product, not a field of this one.
  if (!u.reference && state.focus && lastWasProduct && !!u.fact.field && u.tokens.length <= 5 && !hasSubject(q0) && !q0.superlative && !u.than && u.named.length === 0 && !SERVICE_VERB.test(u.norm) && !u.relation) {
    return { kind: 'product-question', productIds: [state.focus] };
  }
  const topic = continueTopic(u, state, pageProduct);
  if (topic) return topic;
  // A question about a shown product ("what sizes does the second one come in?", "is it sweat resistant?",
  // "show me the second one") whatever its shopping intent: the parse sees the reference the model cannot.
  const shopping = group === 'search' || group === 'question' || group === 'compare' || group === 'recommend';
  // "which of the two is waterproof?": the question asked of each product pointed at (a superlative,
  // "which of them is the lightest?", is an order and goes to the search).
  const asksSomething = u.fact.featureTerms.length > 0 || !!u.fact.field || !!u.fact.attributeKey;
  // "which one is cheaper?" after a comparison or a list: a choice among those shown, by the measure.
  // Products named in it come first ("which is lighter, the X or the Y?"); a kind or a price limit makes
  // it a search ("which tents are cheaper than $200?").
  const among = u.named.length > 1 ? u.named : u.referred.length > 1 ? u.referred : u.reference === null ? state.lastResults.slice(0, 5) : [];
  const limited = !!q0.price && (q0.price.min !== undefined || q0.price.max !== undefined);
  if (u.choiceBy && among.length > 1 && !hasSubject(q0) && !limited && group !== 'service' && group !== 'handoff') return { kind: 'choose', productIds: among, by: u.choiceBy };
  if (shopping && u.choosing && u.referred.length > 1 && asksSomething && !u.request.query.superlative && !u.relation) return { kind: 'product-question', productIds: u.referred };
  if (shopping && u.referred.length > 0 && !u.relation && !u.request.wantsMore && !(group === 'compare' && u.referred.length > 1)) {
    const ordinal = u.reference?.kind === 'ordinal' || u.reference?.kind === 'other';
    const q = u.request.query;
    const refinesNothing = q.categoryTerms.length + q.terms.length + q.colours.length === 0 && !q.price && !q.brand;
    if ((ordinal && (u.isQuestion || asksAFact(u) || refinesNothing)) || (u.yesNo && asksAFact(u))) return { kind: 'product-question', productIds: u.referred };
  }
  // "how much is the second one?" with nothing shown, named, in focus or on the page: the reference points
  // at no product, so the shopper is asked which one, whatever the model ranks first (never a search for
  // "one"). Ordinals only: "is it free to return?" is a policy question, not a product pointed at.
  if (u.reference?.kind === 'ordinal' && u.referred.length === 0 && u.named.length === 0 && !state.focus && !pageProduct && !u.relation && !u.request.wantsMore) {
    const q = u.request.query;
    if (q.categoryTerms.length + q.terms.length + q.colours.length === 0 && !q.price && !q.brand) return { kind: 'clarify-product' };
  }
  // The shop's own words outweigh the out-of-scope score: "hiking boots under $100" is never off-topic,
  // and a message in the help centre's words is answered from it when a section holds them.
  // "and a pot to go with it" after a product: related to the product in focus, never off-topic.
  const relatedToOne = (u.relation === 'complement' || u.relation === 'similar') && !!(state.focus ?? pageProduct ?? u.referred[0]);
  if (u.outOfScope && !catalogContent(u) && !asksForAKind(u) && !relatedToOne) {
    const refusal: Action = { kind: 'out-of-scope' };
    const intent = u.intent.ranked.find((r) => groupOf(r.intent) === 'service')?.intent;
    return u.words.helpOnly.length > 0 && intent ? { ...(service(u, intent) as Extract<Action, { kind: 'service' }>), orElse: refusal } : refusal;
  }

  const lastGroup = state.lastIntent ? groupOf(state.lastIntent as IntentId) : null;
  // "cheaper", "in blue?" right after products were shown refine them, whatever service the model hears
  // in one word ("cheaper" → price match).
  if (u.refines && state.search && (lastGroup === 'search' || lastGroup === 'recommend' || lastGroup === 'compare') && u.tokens.length <= 6 && group !== 'social' && group !== 'handoff') {
    return shoppingAction(u, state, pageProduct);
  }
  // "can I return opened coffee beans?": a yes/no question that a help-centre section holds nearly word for
  // word, in words of the help centre's own, is a policy question even when the model ranks a search first
  // (coffee beans are also products); the catalog answers when no section holds it after all.
  const serviceIntent = u.intent.ranked.find((r) => groupOf(r.intent) === 'service')?.intent;
  if ((group === 'search' || group === 'question') && u.yesNo && u.words.helpOnly.length > 0 && u.helpCoverage >= HELD_BY_HELP_CENTRE && serviceIntent && u.referred.length === 0 && u.named.length === 0) {
    return { ...(service(u, serviceIntent) as Extract<Action, { kind: 'service' }>), orElse: shoppingAction(u, state, pageProduct) };
  }

  switch (group) {
    case 'social':
      return { kind: 'social', intent: u.top as 'greeting' | 'thanks' | 'goodbye' };
    case 'handoff':
      return { kind: 'handoff' };
    case 'service':
      // "show me the gift cards": a request that names only what the catalog sells is a search, even
      // where the help centre has a section of the same name.
      return catalogOnly(u) ? shoppingAction(u, state, pageProduct) : service(u, u.top);
    default:
      return shoppingAction(u, state, pageProduct);
  }
}
