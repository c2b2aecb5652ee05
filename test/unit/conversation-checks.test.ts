// The conversation checks judge the assistant, so they are tested too: on a tiny known shop, a right
// answer passes each expectation and a wrong one fails it, whatever the wording.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Expectation, TurnContext } from '../conversations/conversation.ts';
import * as E from '../conversations/expect/index.ts';
import { hasSize, moneyIn, numbersIn, saysNo, saysYes, statesValue } from '../conversations/expect/text-match.ts';
import type { FactProduct } from '../conversations/facts/fact-product.ts';
import { findFact, readHelpCentre } from '../conversations/facts/help-centre.ts';
import { shopFacts } from '../conversations/facts/shop-facts.ts';

function product(id: string, type: string, price: number, extra: Partial<FactProduct> = {}): FactProduct {
  return { id, title: `${type} ${id}`, price, prices: [price], brand: 'Acme', categories: [type], type, colours: ['black'], sizes: [], availableSizes: [], materials: [], tags: [], inStock: true, text: `${type} ${id}`.toLowerCase(), numbers: {}, flags: {}, variantIds: [], ...extra };
}

const dir = mkdtempSync(join(tmpdir(), 'aisle-checks-'));
writeFileSync(join(dir, 'help.md'), `# Acme — help centre

## Shipping
We ship to the United States, Canada and the European Union. Standard shipping takes 3-5 working days.
Express shipping costs $14.95. Tracking arrives by email.

## Returns
You can return unworn items within 30 days. Opened coffee cannot be returned.
`);
const facts = shopFacts('test', [
  product('t1', 'Tent', 89, { numbers: { capacity: 2 }, colours: ['pink'] }),
  product('t2', 'Tent', 120, { numbers: { capacity: 4 } }),
  product('t3', 'Tent', 120, { numbers: { capacity: 4 }, flags: { waterproof: true } }),
  product('t4', 'Tent', 300, { numbers: { capacity: 6 }, flags: { waterproof: false }, sizes: ['S', 'M', 'L'], availableSizes: ['S', 'M'], variantIds: ['t4-s'] }),
  product('b1', 'Bag', 59),
], readHelpCentre(join(dir, 'help.md')));

const ctx = (previous: Answer[] = [], extra: Partial<TurnContext> = {}): TurnContext => ({ facts, previous, viewed: [], message: 'hello', ...extra });
const answer = (text: string, productIds: string[] = [], actions: Answer['actions'] = []): Answer => ({ text, seen: text, productIds, reasons: productIds.map(() => 'Because you viewed Tent t1'), actions });
const ok = (e: Expectation, a: Answer, c = ctx()) => e.evaluate(a, c).ok;

describe('reading facts out of answer text', () => {
  it('finds numbers and money in any format', () => {
    expect(numbersIn('$1,299.00, 3-5 days')).toEqual([1299, 3, 5]);
    expect(moneyIn('costs $19, or 24.99 USD, not 7 days')).toEqual([19, 24.99]);
  });
  it('matches values across wordings', () => {
    expect(statesValue('arrives in 3 to 5 working days', '3-5')).toBe(true);
    expect(statesValue('a 60-day window', '60 days')).toBe(true);
    expect(statesValue('15 percent off', '15%')).toBe(true);
    expect(statesValue('costs $14.95', '14.95')).toBe(true);
    expect(statesValue('costs $14.99', '14.95')).toBe(false);
  });
  it('reads sizes as tokens', () => {
    expect(hasSize('in S, M and L', 'S')).toBe(true);
    expect(hasSize("it's great", 'S')).toBe(false);
    expect(hasSize('sizes 8.5 and 9', '8')).toBe(false);
    expect(hasSize('sizes 8, 8.5 and 9', '8')).toBe(true);
  });
  it('tells a yes or a no from a failed search', () => {
    expect(saysYes('Yes, the Wisp is waterproof.')).toBe(true);
    expect(saysYes('The Wisp is listed as "waterproof".')).toBe(false);
    expect(saysNo('No, we ship to the United States only.')).toBe(true);
    expect(saysNo("We don't sell laptops, but here are laptop bags.", /laptop/)).toBe(true);
    expect(saysNo("Sorry, I couldn't find anything like that.", /laptop/)).toBe(false);
  });
});

describe('the help centre as the checks read it', () => {
  it('knows the document title and finds a fact in its sentence', () => {
    expect(facts.helpCentre.title).toBe('Acme — help centre');
    expect(findFact(facts.helpCentre, { section: /Returns/, find: /within (\d+ days)/ }).value).toBe('30 days');
    expect(() => findFact(facts.helpCentre, { section: /Returns/, find: /store credit/ })).toThrow(/no sentence matches/);
    // A sentence moved to another section is still found (the section named is searched first).
    expect(findFact(facts.helpCentre, { section: /Returns/, find: /Tracking arrives/ }).section.title).toBe('Shipping');
  });
});

describe('expectations on products', () => {
  it('all / none / some', () => {
    expect(ok(E.allProducts({ type: 'Tent', min: { capacity: 4 } }), answer('', ['t2', 't3']))).toBe(true);
    expect(ok(E.allProducts({ type: 'Tent', min: { capacity: 4 } }), answer('', ['t2', 't1']))).toBe(false);
    expect(ok(E.allProducts({ type: 'Tent' }), answer('nothing'))).toBe(false);
    expect(ok(E.noProduct({ colour: 'pink' }), answer('', ['t2', 't1']))).toBe(false);
    expect(ok(E.allProducts({ type: 'Tent' }), answer('', ['t4-s']))).toBe(true);
    expect(ok(E.allProducts({ type: 'Tent' }), answer('', ['nope']))).toBe(false);
  });
  it('the catalog\'s own best first, ties allowed, exactly the top k', () => {
    expect(ok(E.firstIsBest({ where: { type: 'Tent' }, by: 'price' }), answer('', ['t1', 't2']))).toBe(true);
    expect(ok(E.firstIsBest({ where: { type: 'Tent' }, by: 'price' }), answer('', ['t2', 't1']))).toBe(false);
    expect(ok(E.exactlyTop({ where: { type: 'Tent' }, by: 'price', take: 2 }), answer('', ['t3', 't1']))).toBe(true);
    expect(ok(E.exactlyTop({ where: { type: 'Tent' }, by: 'price', take: 2 }), answer('', ['t1', 't4']))).toBe(false);
  });
  it('references to earlier answers', () => {
    const before = [answer('', ['t1', 't2', 't3'])];
    expect(ok(E.onlyProduct(E.previous(1)), answer('', ['t2']), ctx(before))).toBe(true);
    expect(ok(E.onlyProduct(E.previous(1)), answer('', ['t1']), ctx(before))).toBe(false);
    expect(ok(E.sameAsPrevious([0, 1]), answer('', ['t2', 't1']), ctx(before))).toBe(true);
    expect(ok(E.sameAsPrevious('all'), answer('', ['t2', 't1']), ctx(before))).toBe(false);
    expect(ok(E.noneShownBefore(), answer('', ['t4']), ctx(before))).toBe(true);
    expect(ok(E.withinPrevious(), answer('', ['t3']), ctx(before))).toBe(true);
    expect(ok(E.withinPrevious(), answer('', ['t3', 'b1']), ctx(before))).toBe(false);
    expect(ok(E.cheaperThanPrevious(), answer('', ['t1']), ctx(before))).toBe(true);
    expect(ok(E.cheaperThanPrevious(), answer('', ['t4']), ctx(before))).toBe(false);
    // "the second one" when there was one product: wrong, not a broken check.
    expect(E.onlyProduct(E.previous(1)).evaluate(answer('', ['t1']), ctx([answer('', ['t1'])]))).toMatchObject({ ok: false, got: expect.stringMatching(/showed 1 products/) });
  });
});

describe('expectations on text', () => {
  it('yes or no as the catalog decides', () => {
    const t3 = E.byTitle('Tent t3');
    const t4 = E.byTitle('Tent t4');
    const t2 = E.byTitle('Tent t2');
    expect(ok(E.yesNoFromCatalog(t3, 'waterproof'), answer('Yes, it is.'))).toBe(true);
    expect(ok(E.yesNoFromCatalog(t4, 'waterproof'), answer('No, it is not waterproof.'))).toBe(true);
    expect(ok(E.yesNoFromCatalog(t4, 'waterproof'), answer('The Tent t4 is not waterproof.'))).toBe(true);
    expect(ok(E.yesNoFromCatalog(t4, 'waterproof'), answer('Yes!'))).toBe(false);
    // The catalog is silent: any answer about the product but a yes.
    expect(ok(E.yesNoFromCatalog(t2, 'waterproof'), answer("The catalog doesn't say whether the Tent t2 is waterproof."))).toBe(true);
    expect(ok(E.yesNoFromCatalog(t2, 'waterproof'), answer("Sorry, I couldn't find anything."))).toBe(false);
  });
  it('prices and sizes from the fields, no price from merchant text', () => {
    const t4 = E.byTitle('Tent t4');
    expect(ok(E.mentionsPrice(t4), answer('It costs $300.00.'))).toBe(true);
    expect(ok(E.noPriceButCatalogs(t4), answer('It costs $300, not $1.'))).toBe(false);
    expect(ok(E.namesSizes(t4), answer('In S and M (L is sold out).'))).toBe(true);
    expect(ok(E.namesSizes(t4), answer('In M.'))).toBe(false);
  });
  it('weights and the kinds of product the shop sells', () => {
    const t4 = E.byTitle('Tent t4');
    const heavy = shopFacts('w', [product('w1', 'Tent', 10, { numbers: { weightG: 2100 } })], facts.helpCentre);
    expect(E.mentionsWeight(E.byTitle('Tent w1')).evaluate(answer('It weighs 2.1 kg.'), ctx([], { facts: heavy })).ok).toBe(true);
    expect(E.mentionsWeight(E.byTitle('Tent w1')).evaluate(answer('It weighs 2.4 kg.'), ctx([], { facts: heavy })).ok).toBe(false);
    expect(() => E.mentionsWeight(t4).evaluate(answer('light'), ctx())).toThrow(/no weight/);
    expect(ok(E.namesKinds(2), answer('We sell tents and bags.'))).toBe(true);
    expect(ok(E.namesKinds(2), answer('We sell tents.'))).toBe(false);
  });
  it('a comparison may state its prices in the table the shopper reads', () => {
    expect(ok(E.statesEveryShownPrice(), { ...answer('Here is how they compare.', ['t1', 't2']), seen: 'Here is how they compare.\nPrice: $89 | $120' })).toBe(true);
    expect(ok(E.statesEveryShownPrice(), answer('Here is how they compare.', ['t1', 't2']))).toBe(false);
  });
  it('stock in words', () => {
    expect(ok(E.yesNoInStock(E.byTitle('Tent t1')), answer('The Tent t1 is in stock.'))).toBe(true);
    expect(ok(E.yesNoInStock(E.byTitle('Tent t1')), answer('It is out of stock.'))).toBe(false);
  });
  it('other languages', () => {
    expect(ok(E.saysOnlyEnglish('fr'), answer("Désolé, je ne comprends que l'anglais."))).toBe(true);
    expect(ok(E.saysOnlyEnglish('fr'), answer('Sorry, I only understand English.'))).toBe(false);
    expect(ok(E.saysOnlyEnglish('de'), answer('Sorry, I only understand English.'))).toBe(true);
    expect(ok(E.saysOnlyEnglish('zh'), answer('抱歉，我只懂英文。', ['t1']))).toBe(false);
  });
});

describe('expectations on policy answers', () => {
  const SHIP_TO = { section: /Shipping/, find: /We ship to (.+?)\./ };
  it('yes or no from the listed places, each place named', () => {
    expect(ok(E.yesNoByList(SHIP_TO, 'United Kingdom'), answer('No, we ship to the US, Canada and the EU.'))).toBe(true);
    expect(ok(E.yesNoByList(SHIP_TO, 'United Kingdom'), answer("We don't ship to the UK."))).toBe(true);
    expect(ok(E.yesNoByList(SHIP_TO, 'United Kingdom'), answer("Sorry, I couldn't find that."))).toBe(false);
    expect(ok(E.yesNoByList(SHIP_TO, 'Japan'), answer('We do not ship internationally.'))).toBe(true);
    expect(ok(E.yesNoByList(SHIP_TO, 'Japan'), answer('International delivery takes 5-10 days.'))).toBe(false);
    expect(ok(E.yesNoByList(SHIP_TO, 'Germany'), answer('Yes, we ship to the European Union.'))).toBe(true);
    expect(ok(E.namesEveryListed(SHIP_TO), answer('the United States, Canada and the EU'))).toBe(true);
    expect(ok(E.namesEveryListed(SHIP_TO), answer('contact us about Canada and the EU'))).toBe(false);
  });
  it('the sentence-level fact, not the whole section, not the document title', () => {
    expect(ok(E.statesFact({ section: /Shipping/, find: /costs \$(\d+\.\d+)/ }), answer('Express is $14.95.'))).toBe(true);
    expect(ok(E.yesNoBySentence({ section: /Returns/, find: /coffee cannot be returned/ }, /coffee/), answer('Opened coffee cannot be returned.'))).toBe(true);
    const whole = 'We ship to the United States, Canada and the European Union. Standard shipping takes 3-5 working days. Express shipping costs $14.95. Tracking arrives by email.';
    const EXPRESS = { section: /Shipping/, find: /Express shipping costs/ };
    expect(ok(E.notWholeSection(EXPRESS), answer(whole))).toBe(false);
    expect(ok(E.notWholeSection(EXPRESS), answer('Express shipping costs $14.95.'))).toBe(true);
    expect(ok(E.notDocumentTitle(), answer('From Acme — help centre: 30 days.'))).toBe(false);
    expect(ok(E.notDocumentTitle(), { ...answer('30 days.'), seen: '30 days.\nFrom Acme — help centre › Returns' })).toBe(false);
  });
  it('recommendations say why', () => {
    expect(ok(E.givesReasons(), answer('', ['t1', 't2']))).toBe(true);
    expect(ok(E.givesReasons(), { ...answer('', ['t1', 't2']), reasons: ['Because you viewed Tent t1', ''] })).toBe(false);
  });
  it('what the help centre has decides the expectation', () => {
    const cases = (find: RegExp) => E.dependingOnHelpCentre({ find }, [E.yes()], [E.notYes(), E.offersHandoff()]);
    expect(ok(cases(/within (\d+ days)/), answer('Yes, 30 days.'))).toBe(true);
    expect(ok(cases(/student discount/), answer('Yes!'))).toBe(false);
    expect(ok(cases(/student discount/), answer('A person can tell you.', [], ['contact-human']))).toBe(true);
  });
  it('a handoff carries the conversation', () => {
    expect(ok(E.offersHandoff(), answer('A person can help.', [], ['contact-human']))).toBe(true);
    expect(ok(E.offersHandoff(), { ...answer('', [], ['contact-human']), transcript: ['something else'] })).toBe(false);
    expect(ok(E.offersHandoff(), answer('I can only help with products.'))).toBe(false);
  });
});
