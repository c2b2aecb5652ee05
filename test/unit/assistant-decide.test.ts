// Unit: decide, on understandings made by `understand` with a stub classifier that says what it is told:
// the intent leads, and the parse settles what an intent alone cannot (follow-ups, shown products).
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/worker/assistant/decide/decide.ts';
import { freshState, type ConversationState } from '../../src/worker/assistant/state/conversation-state.ts';
import { buildCatalogVocab } from '../../src/worker/assistant/understand/catalog-vocab.ts';
import type { IntentClassifier } from '../../src/worker/assistant/understand/intent-classifier.ts';
import type { IntentId } from '../../src/worker/assistant/understand/intent-taxonomy.ts';
import { understand } from '../../src/worker/assistant/understand/understand.ts';
import { emptyExclusions } from '../../src/worker/assistant/understand/search-query.ts';
import { FAQ, PRODUCTS } from '../fixtures/assistant/catalog.ts';
import { FaqSearch } from '../../src/worker/assistant/retrieve/faq-search.ts';

const vocab = buildCatalogVocab(PRODUCTS, FAQ.map((e) => `${e.question} ${e.answer}`));
const faq = new FaqSearch(FAQ);

function says(intent: IntentId, outOfScope = 0): IntentClassifier {
  return { classify: () => ({ ranked: [{ intent, p: 0.9 }], outOfScope, outOfScopeThreshold: 0.5, source: 'lexical' }) };
}

function action(text: string, intent: IntentId, state: ConversationState = freshState(), options: { outOfScope?: number; english?: boolean; productId?: string } = {}) {
  const u = understand(
    { text, state, page: { cart: [], recentlyViewed: [], ...(options.productId ? { productId: options.productId } : {}) }, language: { code: options.english === false ? 'fr' : 'en', english: options.english !== false } },
    { vocab, classifier: says(intent, options.outOfScope), named: () => [], titleTerms: () => [], otherCoverage: (t, except) => faq.otherCoverage(t, except), sectionCoverage: (t, id) => faq.sectionCoverage(t, id) },
  );
  return decide(u, state, options.productId);
}

const afterShipping: ConversationState = { ...freshState(), lastIntent: 'delivery-period', faq: { entryId: 'shipping', terms: ['ship', 'standard'] } };
const afterTents: ConversationState = {
  ...freshState(),
  lastIntent: 'product-search',
  lastResults: ['tent-1', 'tent-2', 'tent-3'],
  search: { query: { categoryTerms: ['tent'], terms: [], softTerms: [], colours: [], exclude: emptyExclusions(), includeOutOfStock: false }, shown: ['tent-1', 'tent-2', 'tent-3'] },
};

describe('decide', () => {
  it('answers a message that is not English with the language notice, whatever the intent', () => {
    expect(action('je cherche une veste', 'product-search', freshState(), { english: false })).toEqual({ kind: 'not-english', language: 'fr' });
  });

  it('keeps a follow-up on the last help-centre topic, inside its section', () => {
    expect(action('and express?', 'product-search', afterShipping)).toEqual({ kind: 'service', intent: 'delivery-period', person: false, within: 'shipping' });
    // A follow-up that names catalog things is a search unless the shipping section holds its words.
    expect(action('and in red?', 'product-search', afterShipping)).toMatchObject({ kind: 'service', within: 'shipping', orElse: { kind: 'search' } });
  });

  it('refines the active search on a follow-up and continues it on "show me more"', () => {
    const refined = action('only green ones', 'product-search', afterTents);
    expect(refined).toMatchObject({ kind: 'search', more: false, query: { categoryTerms: ['tent'], colours: ['green'] } });
    expect(action('show me more', 'product-search', afterTents)).toMatchObject({ kind: 'search', more: true, query: { categoryTerms: ['tent'] } });
  });

  it('takes a question about a shown product as a product question, whatever the classifier says', () => {
    expect(action('what does the second one weigh?', 'product-search', afterTents)).toEqual({ kind: 'product-question', productIds: ['tent-2'] });
    expect(action('show me the third one', 'product-search', afterTents)).toEqual({ kind: 'product-question', productIds: ['tent-3'] });
    expect(action('is it waterproof?', 'product-search', afterTents)).toEqual({ kind: 'product-question', productIds: ['tent-1', 'tent-2', 'tent-3'] });
  });

  it('flags service intents that need a person: order look-ups, and problems the shopper reports', () => {
    expect(action('where is my order', 'track-order')).toEqual({ kind: 'service', intent: 'track-order', person: true });
    expect(action('how do promo codes work', 'promo-code')).toEqual({ kind: 'service', intent: 'promo-code', person: false });
    expect(action('my promo code is not working', 'promo-code')).toEqual({ kind: 'service', intent: 'promo-code', person: true });
  });

  it('steers out of scope only when the message names nothing from the catalog', () => {
    expect(action('tell me a joke', 'product-search', freshState(), { outOfScope: 0.9 })).toEqual({ kind: 'out-of-scope' });
    expect(action('tell me about red jackets', 'product-search', freshState(), { outOfScope: 0.9 }).kind).toBe('search');
  });

  it('anchors recommendations on the product in view, or on the shopper when none is', () => {
    expect(action('what goes with this?', 'recommend', freshState(), { productId: 'tent-2' })).toMatchObject({ kind: 'recommend', relation: 'complement', anchor: 'tent-2' });
    expect(action('something similar but cheaper', 'recommend', freshState(), { productId: 'tent-2' })).toMatchObject({ kind: 'recommend', relation: 'similar', anchor: 'tent-2', query: { price: { cheaper: true } } });
    expect(action('recommend something based on what I looked at', 'recommend')).toMatchObject({ kind: 'recommend', relation: 'personal' });
  });

  it('compares what is pointed at, and leaves described comparisons to retrieval', () => {
    expect(action('compare the first two', 'compare', afterTents)).toMatchObject({ kind: 'compare', productIds: ['tent-1', 'tent-2'] });
    expect(action('compare the two cheapest tents', 'compare')).toMatchObject({ kind: 'compare', productIds: [], query: { categoryTerms: ['tent'], count: 2 } });
  });

  it('chooses among the shown products by a comparative, and reads the catalog\'s range and the product in focus', () => {
    expect(action('which one is cheaper?', 'compare', afterTents)).toMatchObject({ kind: 'choose', productIds: ['tent-1', 'tent-2', 'tent-3'], by: { measure: 'price', direction: 'asc' } });
    // A kind or a price limit makes it a search, not a choice among those shown.
    expect(action('which tents are cheaper than $200?', 'product-search', afterTents).kind).toBe('search');
    expect(action('what do you sell then?', 'store-info')).toEqual({ kind: 'range' });
    const onTent: ConversationState = { ...afterTents, lastIntent: 'product-question', focus: 'tent-2' };
    // One word a service intent would claim ("sizes" → sizing, "price" → price match) is about the product in focus.
    expect(action('and the price?', 'price-match', onTent)).toEqual({ kind: 'product-question', productIds: ['tent-2'] });
    expect(action('do you have a bigger one?', 'product-search', onTent)).toMatchObject({ kind: 'recommend', relation: 'similar', anchor: 'tent-2', than: { measure: 'capacity', direction: 'desc' } });
  });

  it('lets the conversation and the help centre overrule the model where it hears one word', () => {
    // "cheaper" right after tents refines them, though a model may hear a price match in it.
    expect(action('cheaper', 'price-match', afterTents)).toMatchObject({ kind: 'search', query: { categoryTerms: ['tent'], price: { cheaper: true } } });
    // A yes/no question a section holds word for word is a policy question, the search its fallback.
    const returns = { ...says('product-search'), classify: () => ({ ranked: [{ intent: 'product-search' as const, p: 0.6 }, { intent: 'return-item' as const, p: 0.2 }], outOfScope: 0, outOfScopeThreshold: 0.5, source: 'lexical' as const }) };
    const u = understand(
      { text: 'can I return unworn items?', state: freshState(), page: { cart: [], recentlyViewed: [] }, language: { code: 'en', english: true } },
      { vocab, classifier: returns, named: () => [], titleTerms: () => [], otherCoverage: (t, except) => faq.otherCoverage(t, except) },
    );
    expect(decide(u, freshState())).toMatchObject({ kind: 'service', intent: 'return-item', orElse: { kind: 'search' } });
  });
});
