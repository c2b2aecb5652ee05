// Assistant, state: what the conversation so far means for the next message (the last results in order,
// the product in focus, the last help-centre section and topic, the active search). Plain data, saved by
// the worker beside the chat history and validated when read: a corrupted record means a fresh state.
import type { SearchQuery } from '../understand/search-query.ts';
import { readSearchQuery } from './read-search-query.ts';

export const STATE_VERSION = 1;

export interface FaqTopic {
  entryId: string;
  terms: string[];
  yesNo?: boolean;
  given?: string[];
}

export interface ConversationState {
  version: typeof STATE_VERSION;
  /** Ids of the last answer that showed products, in the order shown. */
  lastResults: string[];
  /** The product the conversation is about (asked about, or the only result). */
  focus?: string;
  /**
   * The last help-centre section answered from, the topic terms of that question, whether it was a yes/no
   * question and the sentences given: "and Canada?" after "do you ship to the UK?" asks it again.
   */
  faq?: FaqTopic;
  /** The search follow-ups refine, with every product shown for it ("show me more" skips them). */
  search?: { query: SearchQuery; shown: string[] };
  /** What the last answer was about: follow-ups continue it. */
  lastIntent?: string;
  /**
   * The last kind of product the shopper named, found or not ("laptops" in "do you sell laptops?"): what
   * "one" stands for in "a backpack that fits one".
   */
  subject?: { term: string; word: string };
}

export function freshState(): ConversationState {
  return { version: STATE_VERSION, lastResults: [] };
}

const MAX_IDS = 100;

function stringList(value: unknown, max = MAX_IDS): string[] | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return null;
  return (value as string[]).slice(0, max);
}

/** The stored JSON → a state; anything malformed or of another version is a fresh state, never an error. */
export function readConversationState(raw: string | undefined): ConversationState {
  if (!raw) return freshState();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return freshState();
  }
  if (typeof data !== 'object' || data === null) return freshState();
  const o = data as Record<string, unknown>;
  const lastResults = stringList(o.lastResults);
  if (o.version !== STATE_VERSION || !lastResults) return freshState();
  const state: ConversationState = { version: STATE_VERSION, lastResults };
  if (typeof o.focus === 'string') state.focus = o.focus;
  if (typeof o.lastIntent === 'string') state.lastIntent = o.lastIntent;
  const faq = o.faq as Record<string, unknown> | undefined;
  const faqTerms = faq ? stringList(faq.terms, 30) : null;
  if (faq && typeof faq.entryId === 'string' && faqTerms) {
    state.faq = { entryId: faq.entryId, terms: faqTerms };
    if (faq.yesNo === true) state.faq.yesNo = true;
    const given = stringList(faq.given, 3);
    if (given) state.faq.given = given;
  }
  const subject = o.subject as Record<string, unknown> | undefined;
  if (subject && typeof subject.term === 'string' && typeof subject.word === 'string') state.subject = { term: subject.term.slice(0, 60), word: subject.word.slice(0, 60) };
  const search = o.search as Record<string, unknown> | undefined;
  const query = search ? readSearchQuery(search.query) : null;
  const shown = search ? stringList(search.shown, 500) : null;
  if (query && shown) state.search = { query, shown };
  return state;
}

export function writeConversationState(state: ConversationState): string {
  return JSON.stringify(state);
}
