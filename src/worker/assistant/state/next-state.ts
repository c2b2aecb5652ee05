// Assistant, state: the conversation state after an answer. Only what the answer changed moves: a product
// question keeps the list it pointed into (so "and the third one?" still works), a search replaces it.
import type { ConversationState, FaqTopic } from './conversation-state.ts';
import type { SearchQuery } from '../understand/search-query.ts';

export interface AnswerEffect {
  intent: string;
  /** Products the answer showed, in order, and whether they replace the list follow-ups point into. */
  shown: string[];
  replacesResults: boolean;
  /** The product the answer was about. */
  focus?: string;
  faq?: FaqTopic;
  /** The kind of product the message named ("do you sell laptops?"), for "one" in the next message. */
  subject?: { term: string; word: string };
  /** The search this answer ran; `more`: it continued the active one. */
  search?: { query: SearchQuery; more: boolean };
}

export function nextState(prev: ConversationState, effect: AnswerEffect): ConversationState {
  const next: ConversationState = { version: prev.version, lastResults: effect.replacesResults ? effect.shown : prev.lastResults, lastIntent: effect.intent };
  const focus = effect.focus ?? (effect.replacesResults ? (effect.shown.length === 1 ? effect.shown[0] : undefined) : prev.focus);
  if (focus) next.focus = focus;
  const subject = effect.subject ?? prev.subject;
  if (subject) next.subject = subject;
  const faq = effect.faq ?? prev.faq;
  if (faq) next.faq = faq;
  if (effect.search) {
    const before = effect.search.more && prev.search ? prev.search.shown : [];
    next.search = { query: effect.search.query, shown: [...new Set([...before, ...effect.shown])] };
  } else if (prev.search) next.search = prev.search;
  return next;
}
