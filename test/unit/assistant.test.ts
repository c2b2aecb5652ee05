// Unit: the chat assistant on a fixture shop whose right answers are known (test/fixtures/assistant), whole
// messages through understand → decide → retrieve → compose, with the conversation state carried along.
import { describe, expect, it } from 'vitest';
import { ShoppingAssistant } from '../../src/worker/assistant/assistant.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { shippedIntents } from '../support/shipped-intents.ts';
import { FAQ, fixtureCatalog, PRODUCTS } from '../fixtures/assistant/catalog.ts';
import { ask as askOne, converse, page } from '../fixtures/assistant/converse.ts';

const byId = new Map(PRODUCTS.map((p) => [p.id, p]));
const colour = (id: string): string => (byId.get(id)?.attributes.colour ?? '').toLowerCase();
const isRed = (id: string): boolean => /red|crimson|scarlet/.test(colour(id));

describe('ShoppingAssistant', () => {
  const assistant = new ShoppingAssistant(fixtureCatalog(), { classifier: shippedIntents() });
  const ask = (text: string, onPage = page()) => askOne(assistant, text, onPage);

  it('returns only red running shoes in stock at or under 100 for "red running shoes under 100"', async () => {
    const r = await ask('red running shoes under 100');
    expect(r.intent).toBe('product-search');
    const expected = PRODUCTS.filter((p) => p.categories.join('>') === 'Shoes>Running' && isRed(p.id) && p.price <= 100 && p.inStock).map((p) => p.id);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(r.products.map((p) => p.id).sort()).toEqual([...expected].sort());
    // The navy shoe with "red laces" in its description and the sold-out red shoe stay out.
    expect(r.products.map((p) => p.id)).not.toContain('run-5');
    expect(r.products.map((p) => p.id)).not.toContain('run-4');
    expect(r.text).toContain(`I found ${expected.length} red running shoes under 100`);
  });

  it('reads prices written in words and ranges ("under fifty dollars", "between twenty and forty")', async () => {
    const under = await ask('red shoes under fifty dollars');
    expect(under.products.map((p) => p.id)).toEqual(['cas-1']);
    expect(under.text).not.toContain('fifty');
    const range = await ask('tees between twenty and forty');
    expect(range.products.length).toBeGreaterThan(0);
    for (const p of range.products) expect(p.price >= 20 && p.price <= 40).toBe(true);
    // The shop is in USD: a limit in euros is compared as is, and the answer says so.
    const euros = await ask('jackets less than 150 euros');
    for (const p of euros.products) expect(p.price).toBeLessThanOrEqual(150);
    expect(euros.text).toContain('Prices here are in USD');
  });

  it('ranks products that match the words of the query above those that only pass the filters', async () => {
    const r = await ask('waterproof jacket in size M');
    expect(r.products.length).toBeGreaterThan(0);
    for (const p of r.products) {
      expect(byId.get(p.id)?.categories).toContain('Jackets');
      expect(byId.get(p.id)?.attributes.size?.split(', ')).toContain('M');
    }
    expect(r.products[0]?.id).toBe('jkt-1');
    expect(r.products.map((p) => p.id)).not.toContain('jkt-6'); // waterproof, but no size M
  });

  it('answers policy questions with the help centre sentence that holds the fact, names the section and never invents one', async () => {
    const returns = await ask('What is your return policy?');
    expect(returns.intent).toBe('return-item');
    expect(returns.text).toContain('You can return unworn items within 30 days of delivery for a full refund.');
    expect(returns.source).toMatchObject({ entryId: 'returns', section: 'Returns › What is your return policy?', text: FAQ.find((f) => f.id === 'returns')?.answer });
    const shipping = await ask('how long does delivery take?');
    expect(shipping.text).toContain(FAQ.find((f) => f.id === 'shipping')?.answer);
    const unknown = await ask('what is your privacy policy?');
    for (const f of FAQ) expect(unknown.text).not.toContain(f.answer);
    expect(unknown.source).toBeUndefined();
    expect(unknown.actions?.[0]?.kind).toBe('contact-human');
  });

  it('offers a person for "talk to a human" and for orders it cannot see', async () => {
    for (const text of ['talk to a human', 'can I speak to an agent?']) {
      const r = await ask(text);
      expect(r.intent).toBe('contact-human');
      expect(r.actions).toEqual([{ kind: 'contact-human', label: 'Talk to a person' }]);
    }
    const order = await ask('where is my order #4411?');
    expect(order.intent).toBe('track-order');
    expect(order.actions?.[0]?.kind).toBe('contact-human');
    expect(order.text).not.toContain('4411');
  });

  it('refines the previous search on follow-ups: "in blue?" and "cheaper ones"', async () => {
    const [, blue] = await converse(assistant, ['red running shoes under 100', 'in blue?']);
    expect(blue?.products.length).toBeGreaterThan(0);
    for (const p of blue?.products ?? []) {
      expect(byId.get(p.id)?.categories).toEqual(['Shoes', 'Running']);
      expect(colour(p.id)).toContain('blue');
      expect(p.price).toBeLessThanOrEqual(100);
    }
    const [, , jackets] = await converse(assistant, ['running shoes', 'what about jackets?', 'in red?']);
    expect(jackets?.products.length).toBeGreaterThan(0);
    for (const p of jackets?.products ?? []) expect([byId.get(p.id)?.categories[1], isRed(p.id)]).toEqual(['Jackets', true]);
    const [first, cheaper] = await converse(assistant, ['red shoes', 'cheaper ones']);
    const before = first?.products.map((p) => p.price) ?? [];
    const average = before.reduce((a, b) => a + b, 0) / before.length;
    expect(cheaper?.products.length).toBeGreaterThan(0);
    for (const p of cheaper?.products ?? []) {
      expect(p.price).toBeLessThan(average);
      expect(isRed(p.id)).toBe(true);
      expect(byId.get(p.id)?.categories[0]).toBe('Shoes');
    }
  });

  it('shows other products on "show me more" and says when there are no more', async () => {
    const [first, more, again] = await converse(assistant, ['running shoes', 'show me more', 'any others?']);
    const seen = new Set(first?.products.map((p) => p.id));
    expect(more?.products.length).toBeGreaterThan(0);
    for (const p of more?.products ?? []) {
      expect(seen.has(p.id)).toBe(false);
      expect(byId.get(p.id)?.categories).toEqual(['Shoes', 'Running']);
    }
    expect(again?.products).toEqual([]);
    expect(again?.text).toMatch(/everything I found/);
  });

  it('says honestly which filter it dropped when nothing matches them all', async () => {
    // The hoodie's only red variant is sold out.
    const r = await ask('red hoodie');
    expect(r.products.map((p) => p.id)).toEqual(['var-1']);
    expect(r.text).toMatch(/couldn't find red hoodies/);
    expect(r.text).toContain('colour');
  });

  it('names the attribute nearest a question the fields do not answer, and none when nothing is near', async () => {
    const shoe = { ...(byId.get('run-5') as (typeof PRODUCTS)[number]) };
    const catalog = catalogData([{ ...shoe, attributes: { ...shoe.attributes, fit: 'Wide' } }]);
    const one = new ShoppingAssistant(catalog, { classifier: shippedIntents() });
    const wide = await askOne(one, 'is it good for wide feet?', page({ productId: 'run-5' }));
    expect(wide.text).toContain('The closest it lists is its fit: Wide.');
    const vegan = await askOne(one, 'is it vegan?', page({ productId: 'run-5' }));
    expect(vegan.text).not.toContain('closest');
  });

  it('asks the last yes/no policy question again for an elliptical follow-up: "and Canada?"', async () => {
    const [japan, uk] = await converse(assistant, ['do you ship to Japan?', 'what about the UK?']);
    expect(japan?.text).not.toMatch(/^(Yes|No)\b/);
    expect(uk?.text).toMatch(/^Yes, we ship to the EU, the UK and Canada\./);
    // A follow-up with a question of its own is not the last one asked again.
    const [, duties] = await converse(assistant, ['do you ship to Canada?', 'and who pays the duties?']);
    expect(duties?.text).toContain('Duties are paid by the recipient');
    expect(duties?.text).not.toMatch(/^Yes\b/);
  });

  it('says no in the shopper\'s words for a kind of product the shop does not sell', async () => {
    const r = await ask('do you have unicorn saddles?');
    expect(r.products).toEqual([]);
    expect(r.text).toMatch(/^No, we don't sell unicorn saddles\./);
  });

  it('answers questions about the current or a named product from its attributes', async () => {
    const hoodie = await ask('is this available in blue?', page({ productId: 'var-1' }));
    expect(hoodie.intent).toBe('product-question');
    expect(hoodie.text).toMatch(/^Yes/);
    expect(hoodie.text).toContain('Navy');
    const runner = await ask('is this available in blue?', page({ productId: 'run-1' }));
    expect(runner.text).toMatch(/doesn't come in blue.*Red/);
    const material = await ask('what material is it?', page({ productId: 'jkt-3' }));
    expect(material.text).toContain('Wool');
    const price = await ask('how much is the Storm Shell jacket?');
    expect(price.products[0]?.id).toBe('jkt-1');
    expect(price.text).toContain('$139');
  });

  it('answers other questions about the product in view from its tags and brand, and says when the catalog is silent', async () => {
    const onPage = page({ productId: 'hike-1' });
    expect((await ask('is this waterproof?', onPage)).text).toBe('Yes, the Summit Waterproof Hiker is waterproof.');
    expect((await ask('who makes this?', onPage)).text).toContain('made by Ridge');
    const silent = await ask('is it good for wide feet?', onPage);
    expect(silent.intent).toBe('product-question');
    expect(silent.text).toMatch(/doesn't say/);
    const search = await ask('which shoes are best for running?', onPage);
    expect(search.intent).toBe('product-search');
    for (const p of search.products) expect(byId.get(p.id)?.categories).toEqual(['Shoes', 'Running']);
  });

  it('compares two named products with their catalog facts', async () => {
    const r = await ask('compare the Cast Iron Skillet and the Chef Knife');
    expect(r.intent).toBe('compare');
    expect(r.products.map((p) => p.id).sort()).toEqual(['kit-1', 'kit-2']);
    expect(r.text).toContain('$42');
    expect(r.text).toContain('$89');
    expect(r.text).toContain('The Cast Iron Skillet is the cheaper option');
  });

  it('keeps a search a search when a product title holds a service word ("Noise Cancelling")', async () => {
    const r = await ask('noise cancelling headphones');
    expect(r.intent).toBe('product-search');
    expect(r.products[0]?.id).toBe('aud-4');
  });

  it('asks for the second product instead of swapping in another when one name matches nothing', async () => {
    const r = await ask('compare the Chef Knife and the Sushi Robot 9000', page({ recentlyViewed: ['kit-1'] }));
    expect(r.products.map((p) => p.id)).toEqual(['kit-2']);
    expect(r.text).toMatch(/not the other product/);
  });

  it('quotes a policy beside "I can\'t see orders" only when the policy is on the same topic', async () => {
    const refund = await ask('I want a refund for my order');
    expect(refund.text).toContain(FAQ.find((f) => f.id === 'returns')?.answer);
    const where = await ask('where is my order?');
    for (const f of FAQ) expect(where.text).not.toContain(f.answer);
  });

  it('greets, thanks and steers out-of-scope questions back to the shop', async () => {
    expect((await ask('hello')).intent).toBe('greeting');
    expect((await ask('thanks!')).intent).toBe('thanks');
    const weather = await ask("what's the weather like today?");
    expect(weather.intent).toBe('out-of-scope');
    expect(weather.products).toEqual([]);
  });
});
