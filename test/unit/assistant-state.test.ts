// Unit: the conversation state: what it keeps after each kind of answer, how follow-ups edit the active
// search, and that no stored record, however broken, fails a read (it reads as a fresh conversation).
import { describe, expect, it } from 'vitest';
import { freshState, readConversationState, STATE_VERSION, writeConversationState, type ConversationState } from '../../src/worker/assistant/state/conversation-state.ts';
import { nextState } from '../../src/worker/assistant/state/next-state.ts';
import { emptyExclusions, mergeQueries, type SearchQuery } from '../../src/worker/assistant/understand/search-query.ts';

const query = (extra: Partial<SearchQuery> = {}): SearchQuery => ({ categoryTerms: [], terms: [], softTerms: [], colours: [], exclude: emptyExclusions(), includeOutOfStock: false, ...extra });

describe('readConversationState', () => {
  it('round-trips a full state through its stored JSON', () => {
    const state: ConversationState = {
      version: STATE_VERSION,
      lastResults: ['a', 'b'],
      focus: 'b',
      faq: { entryId: 'shipping', terms: ['ship', 'express'] },
      search: { query: query({ categoryTerms: ['shoe'], colours: ['red'], price: { max: 100 }, superlative: { measure: 'price', direction: 'asc', word: 'cheapest' }, capacity: 2, exclude: { ...emptyExclusions(), colours: ['pink'] } }), shown: ['a', 'b'] },
      lastIntent: 'product-search',
    };
    expect(readConversationState(writeConversationState(state))).toEqual(state);
  });

  it('reads anything broken as a fresh state and drops only the fields of the wrong type', () => {
    for (const raw of [undefined, '', 'not json', 'null', '42', '[]', '{"version": 99, "lastResults": []}', '{"version": 1, "lastResults": "a"}', '{"version": 1}']) {
      expect(readConversationState(raw), String(raw)).toEqual(freshState());
    }
    const partly = readConversationState(JSON.stringify({ version: 1, lastResults: ['a'], focus: 7, faq: { entryId: 3 }, search: { query: { colours: 'red', price: { max: 'x' }, superlative: { measure: 'vibes' } }, shown: ['a'] } }));
    expect(partly.lastResults).toEqual(['a']);
    expect(partly.focus).toBeUndefined();
    expect(partly.faq).toBeUndefined();
    expect(partly.search?.query).toEqual(query());
  });
});

describe('nextState', () => {
  const base: ConversationState = { ...freshState(), lastResults: ['a', 'b', 'c'], search: { query: query({ categoryTerms: ['tent'] }), shown: ['a', 'b', 'c'] } };

  it('keeps the list a product question pointed into, and focuses the product', () => {
    const next = nextState(base, { intent: 'product-question', shown: ['b'], replacesResults: false, focus: 'b' });
    expect(next.lastResults).toEqual(['a', 'b', 'c']);
    expect(next.focus).toBe('b');
    expect(next.search).toEqual(base.search);
  });

  it('replaces the list after a search, and adds to what was shown when it continues one', () => {
    const more = nextState(base, { intent: 'product-search', shown: ['d', 'e'], replacesResults: true, search: { query: query({ categoryTerms: ['tent'] }), more: true } });
    expect(more.lastResults).toEqual(['d', 'e']);
    expect(more.search?.shown).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(more.focus).toBeUndefined();
    const fresh = nextState(base, { intent: 'product-search', shown: ['x'], replacesResults: true, search: { query: query({ categoryTerms: ['boot'] }), more: false } });
    expect(fresh.search?.shown).toEqual(['x']);
    expect(fresh.focus).toBe('x');
  });

  it('remembers the help-centre section a policy answer came from', () => {
    expect(nextState(base, { intent: 'delivery-period', shown: [], replacesResults: false, faq: { entryId: 'shipping', terms: ['ship'] } }).faq).toEqual({ entryId: 'shipping', terms: ['ship'] });
  });
});

describe('mergeQueries', () => {
  it('lets a follow-up change one thing and keep the rest, exclusions included', () => {
    const pink = query({ categoryTerms: ['run', 'shoe'], exclude: { ...emptyExclusions(), colours: ['pink'] } });
    const cheaper = mergeQueries(pink, query({ price: { cheaper: true } }));
    expect(cheaper).toMatchObject({ categoryTerms: ['run', 'shoe'], price: { cheaper: true }, exclude: { colours: ['pink'] } });
    // Asking for a colour again lifts its exclusion; naming a new subject replaces the old one.
    expect(mergeQueries(pink, query({ colours: ['pink'] })).exclude.colours).toEqual([]);
    expect(mergeQueries(pink, query({ categoryTerms: ['jacket'] })).categoryTerms).toEqual(['jacket']);
    expect(mergeQueries(query({ colours: ['red'] }), query({ exclude: { ...emptyExclusions(), colours: ['red'] } })).colours).toEqual([]);
  });
});
