// Unit: the understanding stage, piece by piece (negation, request parsing, references, asked facts, places,
// language) and as one record, on the fixture catalog's own vocabulary.
import { describe, expect, it } from 'vitest';
import { freshState, type ConversationState } from '../../src/worker/assistant/state/conversation-state.ts';
import { buildCatalogVocab } from '../../src/worker/assistant/understand/catalog-vocab.ts';
import { detectLanguage } from '../../src/worker/assistant/understand/detect-language.ts';
import { parseFact } from '../../src/worker/assistant/understand/parse-fact.ts';
import { parseNegation } from '../../src/worker/assistant/understand/parse-negation.ts';
import { parseQuery } from '../../src/worker/assistant/understand/parse-query.ts';
import { parseReference, resolvePositions } from '../../src/worker/assistant/understand/parse-references.ts';
import { placesIn, within } from '../../src/worker/assistant/understand/places.ts';
import { shippedIntents } from '../support/shipped-intents.ts';
import { normalizeText } from '../../src/worker/assistant/understand/tokenize.ts';
import { understand } from '../../src/worker/assistant/understand/understand.ts';
import { PRODUCTS } from '../fixtures/assistant/catalog.ts';

const vocab = buildCatalogVocab(PRODUCTS, ['We ship to the United States, Canada and the European Union only.']);
const q = (text: string) => parseQuery(text, vocab);

describe('parseNegation', () => {
  it('takes the ruled-out words out of the request and ends their scope at the next clause', () => {
    expect(parseNegation(normalizeText('running shoes but not pink').split(' '))).toEqual({ negated: ['pink'], rest: ['running', 'shoes', 'but'] });
    expect(parseNegation(normalizeText('a jacket without a hood under 100').split(' ')).negated).toEqual(['hood']);
    expect(parseNegation(normalizeText('no leather please').split(' ')).negated).toEqual(['leather']);
    expect(parseNegation(normalizeText('anything except red or pink').split(' ')).negated).toEqual(['red', 'pink']);
    // A limit that starts with a cue word is a price, not an exclusion.
    expect(parseNegation(normalizeText('shoes no more than $50').split(' ')).negated).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('reads exclusions as colours, materials or words, never as what is wanted', () => {
    const pink = q('running shoes but not pink').query;
    expect(pink.colours).toEqual([]);
    expect(pink.exclude.colours).toEqual(['pink']);
    expect(pink.categoryTerms).toEqual(['run', 'shoe']);
    expect(q('bags, no leather').query.exclude.materials).toEqual(['leather']);
    expect(q('a jacket without a hood').query.exclude.terms).toEqual(['hood']);
  });

  it('reads superlatives, counts, capacities and budgets', () => {
    expect(q('compare the two cheapest tents').query).toMatchObject({ superlative: { measure: 'price', direction: 'asc' }, count: 2, categoryTerms: ['tent'] });
    // "cheapest" orders; it is not also a cheap price band.
    expect(q('what is your cheapest hoodie?').query.price).toBeUndefined();
    expect(q('the warmest sleeping bag').query.superlative).toMatchObject({ measure: 'temperature', direction: 'asc' });
    expect(q('lightest tent').query.superlative).toMatchObject({ measure: 'weight', direction: 'asc' });
    expect(q('best rated headphones').query.superlative).toMatchObject({ measure: 'rating', direction: 'desc' });
    expect(q('top 3 jackets').query.count).toBe(3);
    expect(q('a tent for 4 people').query.capacity).toBe(4);
    expect(q('2-person tent').query.capacity).toBe(2);
    expect(q('a tent that sleeps three').query.capacity).toBe(3);
    expect(q('a tent for 50 dollars').query.capacity).toBeUndefined();
    const around = q('a jacket around $60').query.price;
    expect(around?.min).toBeCloseTo(48);
    expect(around?.max).toBeCloseTo(72);
  });

  it('reads a measure with a unit and a direction as a limit on it, in the catalog\'s units, and not as a price', () => {
    const bag = q('a down sleeping bag rated to 20°F or lower').query;
    expect(bag.measures).toEqual([{ measure: 'temperature', max: expect.closeTo(-6.67, 1), label: 'rated to 20°F or lower' }]);
    expect(bag.terms).not.toContain('rated');
    expect(bag.price).toBeUndefined();
    const pack = q('a backpack of at least 50 litres').query;
    expect(pack.measures).toEqual([{ measure: 'volume', min: 50, label: 'at least 50 L' }]);
    expect(pack.price).toBeUndefined();
    expect(q('a tent under 1.5 kg').query.measures).toEqual([{ measure: 'weight', max: 1500, label: 'under 1.5 kg' }]);
    expect(q('a headlamp with 300 lumens or more').query.measures).toEqual([{ measure: 'brightness', min: 300, label: '300 lm or more' }]);
    expect(q('a sleeping bag rated to -5°C').query.measures?.[0]).toMatchObject({ measure: 'temperature', max: -5 });
    // A number with no unit is a price; a unit with no direction ("a 50 L pack") is no limit.
    expect(q('a backpack under 50').query).toMatchObject({ price: { max: 50 } });
    expect(q('a backpack under 50').query.measures).toBeUndefined();
    expect(q('a 50 L pack').query.measures).toBeUndefined();
    // Both a limit and a price: each holds its own number.
    expect(q('a tent under 2 kg under $300').query).toMatchObject({ measures: [{ measure: 'weight', max: 2000 }], price: { max: 300 } });
  });

  it('tells a product noun from a purpose or a recipient', () => {
    expect(q('do you sell kayaks?').query.head).toEqual({ term: 'kayak', word: 'kayaks' });
    expect(q('red running shoes under 100').query.head?.term).toBe('shoe');
    const gift = q('gift ideas for a hiker under $50');
    expect(gift.open).toBe(true);
    expect(gift.query.head).toBeUndefined();
    expect(gift.query.price?.max).toBe(50);
    const dad = q('for my dad who loves coffee');
    expect(dad.open).toBe(true);
    expect(dad.query.softTerms).toContain('dad');
    expect(q("I'm looking for a tent").query.head?.term).toBe('tent');
  });

  it('reads "show me more" and the catalog\'s brands and materials', () => {
    expect(q('show me more').wantsMore).toBe(true);
    expect(q('more than $50').wantsMore).toBe(false);
    expect(q('Strider running shoes').query.brand).toBe('Strider');
    expect(q('wool coat').query.material).toBe('wool');
  });
});

describe('parseQuery: words of form, not content', () => {
  it('takes no content from the count, discourse words or the pronoun "one"', () => {
    const two = parseQuery('the two cheapest tents', vocab).query;
    expect(two).toMatchObject({ categoryTerms: ['tent'], terms: [], count: 2, superlative: { measure: 'price' } });
    expect(parseQuery('now the two most expensive', vocab).query.terms).toEqual([]);
    expect(parseQuery('show me 2-person ones instead', vocab).query).toMatchObject({ terms: [], capacity: 2 });
    // "fits one" is one of the last thing named; "sleeps one" is a count.
    expect(parseQuery('a backpack that fits one then', vocab).query.capacity).toBeUndefined();
    expect(parseQuery('a tent that sleeps one', vocab).query.capacity).toBe(1);
  });

  it('reads "what about jackets?" as naming jackets, and "a gift for a runner" as open', () => {
    expect(parseQuery('what about jackets?', vocab).open).toBe(false);
    expect(parseQuery('a gift for a runner', vocab).open).toBe(true);
    // A kind the shop may not sell is still the head noun, for "No, we don't sell paddles".
    expect(parseQuery('what about paddles?', vocab).query.head).toEqual({ term: 'paddle', word: 'paddles' });
    expect(parseQuery('which of the two is waterproof?', vocab).query.softTerms).toEqual(['waterproof']);
    // "which jackets are waterproof?" names the kind and the feature it must have.
    expect(parseQuery('which jackets are waterproof then?', vocab).query).toMatchObject({ categoryTerms: ['jacket'], terms: ['waterproof'], head: { term: 'jacket' } });
  });
});

describe('parseReference', () => {
  it('finds ordinals, counts from the start or end, plurals and pronouns', () => {
    expect(parseReference('what sizes does the second one come in')).toEqual({ kind: 'ordinal', positions: [1] });
    expect(parseReference('compare the first two')).toEqual({ kind: 'ordinal', positions: [0, 1] });
    expect(parseReference('show me the last one')).toEqual({ kind: 'ordinal', positions: [-1] });
    expect(parseReference('compare these')).toEqual({ kind: 'plural' });
    expect(parseReference('are both waterproof')).toEqual({ kind: 'plural', max: 2 });
    expect(parseReference('is it waterproof')).toEqual({ kind: 'singular' });
    expect(parseReference('how long does it last')).toEqual({ kind: 'singular' });
    expect(parseReference('first time buying running shoes')).toBeNull();
    expect(resolvePositions([1, -1], ['a', 'b', 'c'])).toEqual(['b', 'c']);
  });
});

describe('parseReference: choices among shown products', () => {
  it('reads "which of the two", "which of the three" and "the two is" as the first shown, not "the two cheapest"', () => {
    expect(parseReference('which of the two is waterproof')).toEqual({ kind: 'plural', max: 2 });
    expect(parseReference('which of the three is lightest')).toEqual({ kind: 'plural', max: 3 });
    expect(parseReference('do the two come in red')).toEqual({ kind: 'plural', max: 2 });
    expect(parseReference('compare the two cheapest tents')).toBeNull();
  });
});

describe('parseFact', () => {
  it('names the field asked for, the catalog attribute key, and the feature words', () => {
    expect(parseFact('how much is it', vocab).field).toBe('price');
    expect(parseFact('what sizes does the second one come in', vocab).field).toBe('sizes');
    expect(parseFact('whats the temperature rating', vocab).attributeKey).toBe('temperature rating');
    expect(parseFact('is it sweat resistant', vocab)).toMatchObject({ featureTerms: ['sweat', 'resist'], featureWords: ['sweat', 'resistant'], form: 'is' });
    expect(parseFact('does it have a hood', vocab)).toMatchObject({ featureTerms: ['hood'], form: 'has' });
  });
});

describe('places', () => {
  it('knows aliases and which region a place lies in', () => {
    expect(placesIn('do you ship to the uk')).toEqual(['united kingdom']);
    expect(placesIn('can you send it to us')).toEqual([]);
    expect(placesIn('we ship to the united states canada and the european union only')).toEqual(['united states', 'canada', 'european union']);
    expect(within('france', 'european union')).toBe(true);
    expect(within('united kingdom', 'european union')).toBe(false);
    expect(within('united kingdom', 'europe')).toBe(true);
  });
});

describe('detectLanguage', () => {
  it('never takes a shop query for another language, and names the language of one that is', async () => {
    // Including words this shop has never used: an outdoor store's queries on a shoe shop's vocabulary.
    for (const text of ['red running shoes under 100', 'hiking boots', 'tents', 'espresso machine', 'Strider vs Pacer', 'and express?', 'in blue?', 'merino wool socks', 'hola', 'bear canister rental', 'ultralight bivy sack', 'headlamp lumens rechargeable', 'synthetic quilt liner']) {
      expect((await detectLanguage(text, vocab.knownWords)).english, text).toBe(true);
    }
    const cases: Array<[string, string]> = [
      ['我想买一双跑步鞋', 'zh'],
      ['je cherche une veste imperméable', 'fr'],
      ['ich suche eine wasserdichte Jacke', 'de'],
      ['防水ジャケットはありますか', 'ja'],
      ['quanto costa questa giacca?', 'it'],
    ];
    for (const [text, code] of cases) expect(await detectLanguage(text, vocab.knownWords), text).toEqual({ code, english: false });
  });
});

describe('understand', () => {
  const deps = { vocab, classifier: shippedIntents(), named: () => [], titleTerms: () => [] };
  const state: ConversationState = { ...freshState(), lastResults: ['tent-1', 'tent-2', 'tent-3'] };

  it('makes one record: intent, parse, resolved references and follow-up, from the message and the state', () => {
    const u = understand({ text: 'what sizes does the second one come in?', state, page: { cart: [], recentlyViewed: [] }, language: { code: 'en', english: true } }, deps);
    expect(u.referred).toEqual(['tent-2']);
    expect(u.fact.field).toBe('sizes');
    expect(u.isQuestion).toBe(true);
    const follow = understand({ text: 'and express?', state, page: { cart: [], recentlyViewed: [] }, language: { code: 'en', english: true } }, deps);
    expect(follow.followUp).toBe(true);
    const problem = understand({ text: 'my promo code is not working', state: freshState(), page: { cart: [], recentlyViewed: [] }, language: { code: 'en', english: true } }, deps);
    expect(problem.top).toBe('promo-code');
    expect(problem.problem).toBe(true);
    // "it" after a list of three, with no product in focus, means each of them.
    const it3 = understand({ text: 'is it waterproof?', state, page: { cart: [], recentlyViewed: [] }, language: { code: 'en', english: true } }, deps);
    expect(it3.referred).toEqual(['tent-1', 'tent-2', 'tent-3']);
    expect(it3.yesNo).toBe(true);
  });
});
