// Assistant, decide: Understanding + conversation state → the one thing to do. Pure. The intent model's
// distribution leads; the parse settles what it cannot see (a follow-up continues the last topic, a
// question that points at a shown product is about that product, whatever words it shares with a search).
import type { ConversationState } from '../state/conversation-state.ts';
import type { IntentId } from '../understand/intent-taxonomy.ts';
import { hasSearchContent, mergeQueries, type SearchQuery } from '../understand/search-query.ts';
import type { Understanding } from '../understand/understanding.ts';
import { groupOf, needsPerson } from './intent-groups.ts';

export type Action =
  | { kind: 'not-english'; language: string }
  | { kind: 'social'; intent: 'greeting' | 'thanks' | 'goodbye' }
  | { kind: 'handoff' }
  | { kind: 'out-of-scope' }
  /** Answer from the help-centre section on the intent's topic; `within`: the section a follow-up continues. */
  | { kind: 'service'; intent: IntentId; person: boolean; within?: string }
  | { kind: 'product-question'; productIds: string[] }
  | { kind: 'clarify-product' }
  /** `productIds` when named or pointed at; otherwise the products are found from the message's parts. */
  | { kind: 'compare'; productIds: string[] }
  | { kind: 'recommend'; relation: 'similar' | 'complement' | 'personal'; anchor?: string; query: SearchQuery }
  | { kind: 'search'; query: SearchQuery; open: boolean; more: boolean };

function catalogContent(u: Understanding): boolean {
  const q = u.request.query;
  return q.categoryTerms.length > 0 || q.colours.length > 0 || !!q.brand || !!q.size || !!q.material || q.capacity !== undefined || u.named.length > 0;
}

/** The product(s) a question is about: named, else pointed at, else the page's or the conversation's focus. */
function targets(u: Understanding, state: ConversationState, pageProduct: string | undefined): string[] {
  if (u.named.length > 0) return u.named.slice(0, 1);
  if (u.referred.length > 0) return u.referred;
  const one = state.focus ?? pageProduct;
  return one ? [one] : [];
}

function hasSubjectOrRefinement(u: Understanding): boolean {
  const q = u.request.query;
  return q.categoryTerms.length > 0 || q.terms.length > 0 || q.colours.length > 0 || !!q.price || !!q.brand;
}

function asksAFact(u: Understanding): boolean {
  return !!u.fact.field || !!u.fact.attributeKey || (u.yesNo && u.fact.featureTerms.length > 0);
}

function search(u: Understanding, state: ConversationState): Action {
  const { query, open, wantsMore } = u.request;
  const active = state.search?.query;
  // A follow-up refines the active search; "show me more" continues it unchanged.
  if (active && u.followUp) return { kind: 'search', query: mergeQueries(active, query), open: false, more: wantsMore };
  if (active && wantsMore && !hasSearchContent(query)) return { kind: 'search', query: active, open: false, more: true };
  return { kind: 'search', query, open, more: false };
}

export function decide(u: Understanding, state: ConversationState, pageProduct?: string): Action {
  if (!u.language.english) return { kind: 'not-english', language: u.language.code };
  if (!u.norm) return { kind: 'social', intent: 'greeting' };
  const group = groupOf(u.top);
  const lastGroup = state.lastIntent ? groupOf(state.lastIntent as IntentId) : null;

  // "and express?" after a shipping answer: the same topic, inside the same section first.
  if (state.faq && lastGroup === 'service' && u.followUp && !catalogContent(u) && u.referred.length === 0 && group !== 'social' && group !== 'handoff') {
    const intent = group === 'service' ? u.top : (state.lastIntent as IntentId);
    return { kind: 'service', intent, person: needsPerson(intent, u.problem), within: state.faq.entryId };
  }
  // A question about a shown product ("what sizes does the second one come in?", "is it sweat resistant?",
  // "show me the second one") whatever its intent: the parse sees the reference the classifier cannot.
  if (u.referred.length > 0 && group !== 'compare' && group !== 'recommend' && group !== 'service' && !u.request.wantsMore) {
    const ordinal = u.reference?.kind === 'ordinal';
    if ((ordinal && (u.isQuestion || asksAFact(u) || !hasSubjectOrRefinement(u))) || (u.yesNo && asksAFact(u))) return { kind: 'product-question', productIds: u.referred };
  }
  if (u.outOfScope && group !== 'service' && group !== 'handoff' && !catalogContent(u)) return { kind: 'out-of-scope' };

  switch (group) {
    case 'social':
      return { kind: 'social', intent: u.top as 'greeting' | 'thanks' | 'goodbye' };
    case 'handoff':
      return { kind: 'handoff' };
    case 'service':
      return { kind: 'service', intent: u.top, person: needsPerson(u.top, u.problem) };
    case 'compare': {
      const pointed = u.named.length >= 2 ? u.named : u.referred.length >= 2 ? u.referred : [];
      return { kind: 'compare', productIds: pointed };
    }
    case 'recommend': {
      const anchor = targets(u, state, pageProduct)[0];
      const relation = u.relation ?? (anchor ? 'similar' : 'personal');
      return anchor && relation !== 'personal' ? { kind: 'recommend', relation, anchor, query: u.request.query } : { kind: 'recommend', relation: 'personal', query: u.request.query };
    }
    case 'question': {
      const ids = targets(u, state, pageProduct);
      if (ids.length > 0 && (asksAFact(u) || !hasSearchContent(u.request.query))) return { kind: 'product-question', productIds: ids };
      if (hasSearchContent(u.request.query)) return search(u, state);
      return ids.length > 0 ? { kind: 'product-question', productIds: ids } : { kind: 'clarify-product' };
    }
    default: {
      // "is the Storm Shell waterproof?" read as a search: a yes/no question naming one product is about it.
      if (u.named.length === 1 && u.yesNo && asksAFact(u)) return { kind: 'product-question', productIds: u.named };
      if (u.relation === 'similar' || u.relation === 'complement') {
        const anchor = targets(u, state, pageProduct)[0];
        if (anchor) return { kind: 'recommend', relation: u.relation, anchor, query: u.request.query };
      }
      return search(u, state);
    }
  }
}
