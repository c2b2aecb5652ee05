// Unit: yes/no and one-product questions answered from the field that holds the asked property, never a
// "Yes" stated with an unrelated attribute: stock from `inStock` (and the named variant's stock), a
// boolean-like attribute, tag or description line for "induction" or "dishwasher", the catalog's silence
// said as such; and a message naming one product with a measure or price is a question about it, not a
// comparison with a missing second product. The shop is made up for these tests.
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/protocol/product.ts';
import { ShoppingAssistant } from '../../src/worker/assistant/assistant.ts';
import type { CatalogVocab } from '../../src/worker/assistant/understand/catalog-vocab.ts';
import { parseFact, statePredicate } from '../../src/worker/assistant/understand/parse-fact.ts';
import { normalizeText } from '../../src/worker/assistant/understand/tokenize.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { shippedIntents } from '../support/shipped-intents.ts';
import { ask as askOne, page } from '../fixtures/assistant/converse.ts';

function item(id: string, title: string, price: number, categories: string[], extra: Partial<Product> = {}): Product {
  return { id, title, price, currency: 'GBP', categories, brand: 'Oakhill', inStock: true, tags: [], attributes: {}, description: `${title} by Oakhill.`, ...extra };
}

const KITCHEN = ['Kitchen', 'Appliances'];
const COOK = ['Kitchen', 'Cookware'];
const FURNITURE = ['Furniture', 'Desks'];

const PRODUCTS: Product[] = [
  item('ket-1', 'Brightwater Electric Kettle', 39, KITCHEN, { attributes: { watts: '3000 W', capacity_l: '1.7 L', material: 'brushed steel' } }),
  item('mix-1', 'Orbit Stand Mixer', 249, KITCHEN, { attributes: { power: '1000 W', material: 'die-cast aluminium' } }),
  // Material words in titles: "cast iron" names the product, it is not what a stock question asks.
  item('pan-1', 'Copperline Aluminium Saute Pan', 59, COOK, { attributes: { material: 'aluminium', induction: 'yes', diameter: '28 cm' } }),
  item('pan-2', 'Fieldstone Cast Iron Skillet', 45, COOK, { attributes: { material: 'cast iron', diameter: '26 cm' }, description: 'A heavy skillet for searing. Hand wash only.' }),
  item('pot-1', 'Emberglow Cast Iron Stock Pot', 89, COOK, { inStock: false, attributes: { material: 'enamelled cast iron', volume: '8 L' } }),
  item('pan-3', 'Harbour Frying Pan', 32, COOK, { attributes: { material: 'stainless steel' }, description: 'Works on every hob, induction included. Not dishwasher safe.' }),
  item('grd-1', 'Induction Griddle Plate', 29, COOK, { attributes: { material: 'cast aluminium' } }),
  item('wok-1', 'Tidewater Carbon Wok', 35, COOK, { tags: ['dishwasher safe'], attributes: { material: 'carbon steel' } }),
  item('desk-1', 'Alder Standing Desk', 399, FURNITURE, {
    inStock: true,
    attributes: { material: 'oak veneer' },
    variants: [
      { id: 'desk-1-std', attributes: { height: 'Standard Height' }, inStock: true },
      { id: 'desk-1-tall', attributes: { height: 'Tall Height' }, inStock: false },
    ],
  }),
  item('bench-1', 'Pine Tall Bench', 149, FURNITURE, {
    variants: [
      { id: 'bench-1-low', attributes: { height: 'Low Height (40cm)' }, inStock: false },
      { id: 'bench-1-tall', attributes: { height: 'Tall Height (75cm)' }, inStock: true },
    ],
  }),
];

describe('one-product and yes/no questions', () => {
  const assistant = new ShoppingAssistant(catalogData(PRODUCTS), { classifier: shippedIntents() });
  const ask = (text: string, productId?: string) => askOne(assistant, text, page(productId ? { productId } : {}));

  it('answers a stock question from inStock, never with a material', async () => {
    const r = await ask('is the Emberglow Cast Iron Stock Pot in stock?');
    expect(r.intent).toBe('product-question');
    expect(r.text).toMatch(/^No, the Emberglow Cast Iron Stock Pot is (currently )?(out of stock|sold out)/);
    expect(r.text).not.toContain('made of');
    // The wok has no colour or material in its name; the pot's name holds both words a search could read.
    expect((await ask('is the Emberglow Cast Iron Stock Pot available?')).text).toMatch(/^No, /);
    const yes = await ask('is the Tidewater Carbon Wok in stock?');
    expect(yes.text).toMatch(/^Yes, the Tidewater Carbon Wok is in stock/);
  });

  it("answers stock of the variant whose option value the shopper names, and names the others' stock", async () => {
    const tall = await ask('is the Alder Standing Desk available in tall height?');
    expect(tall.intent).toBe('product-question');
    expect(tall.text).toMatch(/^No, the tall height one is sold out/i);
    expect(tall.text).toMatch(/standard height is in stock/i);
    const std = await ask('is the Alder Standing Desk available in standard height?');
    expect(std.text).toMatch(/^Yes, the standard height one is in stock/i);
    // Asked without a stock word, and with a word of the option in the product's name.
    expect((await ask('does the Alder Standing Desk come in tall height?')).text).toMatch(/^No, the tall height one is sold out/i);
    const bench = await ask('is the Pine Tall Bench available in tall height?');
    expect(bench.text).toBe('Yes, the tall height (75cm) one is in stock.');
  });

  it('answers a boolean-like property from the attribute, tag or description that holds it', async () => {
    const induction = await ask('is the Copperline Aluminium Saute Pan induction compatible?');
    expect(induction.text).toMatch(/^Yes/);
    expect(induction.text).toMatch(/induction/i);
    expect(induction.text).toBe('Yes, the Copperline Aluminium Saute Pan is induction compatible: the catalog lists “induction: yes”.');
    const wok = await ask('can the Tidewater Carbon Wok go in the dishwasher?');
    expect(wok.text).toBe('Yes, the Tidewater Carbon Wok can go in the dishwasher: the catalog lists “dishwasher safe”.');
    // The name says it.
    expect((await ask('can the Copperline Aluminium Saute Pan go in the oven?')).text).not.toMatch(/^(Yes|No)\b/);
    expect((await ask('is the Emberglow Cast Iron Stock Pot induction ready?')).text).not.toMatch(/^(Yes|No)\b/);
    expect((await ask('is it induction compatible?', 'grd-1')).text).toBe('Yes, the Induction Griddle Plate is induction compatible: its name says so.');
    // A description line says it either way.
    const hob = await ask('is the Harbour Frying Pan induction compatible?');
    expect(hob.text).toMatch(/^Yes: the description of the Harbour Frying Pan says “induction included”/);
    const dishwasher = await ask('can the Harbour Frying Pan go in the dishwasher?');
    expect(dishwasher.text).toMatch(/^No: the description of the Harbour Frying Pan says “Not dishwasher safe”/);
  });

  it('never says Yes or No when nothing answers it: says what the catalog does not state, in plain words', async () => {
    const skillet = await ask('can the Fieldstone Cast Iron Skillet go in the dishwasher?');
    expect(skillet.intent).toBe('product-question');
    expect(skillet.text).not.toMatch(/^(Yes|No)\b/);
    expect(skillet.text).toMatch(/^The catalog doesn't say whether the Fieldstone Cast Iron Skillet can go in the dishwasher\./);
    // Its material shares words with its name, not with the question: it is not offered as the closest fact.
    expect(skillet.text).not.toContain('closest it lists is its material');
    const put = await ask('can I put the Fieldstone Cast Iron Skillet in the dishwasher?');
    expect(put.text).toMatch(/^The catalog doesn't say whether you can put the Fieldstone Cast Iron Skillet in the dishwasher\./);
    const induction = await ask('is the Fieldstone Cast Iron Skillet induction compatible?');
    expect(induction.text).not.toMatch(/^(Yes|No)\b/);
    expect(induction.text).toMatch(/^The catalog doesn't say whether the Fieldstone Cast Iron Skillet is induction compatible\./);
    expect(induction.text).not.toMatch(/Yes, .*made of/);
  });

  it('reads a measure or a price asked of one named product as a question about it, not a comparison', async () => {
    const watts = await ask('how many watts is the Brightwater Electric Kettle?');
    expect(watts.intent).toBe('product-question');
    expect(watts.text).toContain('3000 W');
    expect(watts.text).not.toMatch(/compare|other product/i);
    // The unit in the value answers, whatever the key is called.
    const mixer = await ask('how many watts is the Orbit Stand Mixer?');
    expect(mixer.intent).toBe('product-question');
    expect(mixer.text).toBe("The Orbit Stand Mixer's power is 1000 W.");
    const price = await ask('confirm the Orbit Stand Mixer costs £1');
    expect(price.intent).toBe('product-question');
    expect(price.text).toMatch(/costs £249/);
    expect(price.text).not.toMatch(/compare|other product/i);
  });
});

describe('the yes/no question said back as a clause', () => {
  const vocab = { attributeKeys: new Map<string, string[]>() } as unknown as CatalogVocab;
  const said = (text: string, title: string[] = []) => {
    const fact = parseFact(normalizeText(text), vocab, new Set(title));
    return fact.predicate ? statePredicate(fact.predicate, 'the X') : null;
  };

  it('keeps the verb, the product and the rest in the order a sentence needs', () => {
    expect(said('can the skillet go in the dishwasher?', ['skillet'])).toBe('the X can go in the dishwasher');
    expect(said('does it have a lid?')).toBe('the X has a lid');
    expect(said('does this fold flat?')).toBe('the X folds flat');
    expect(said('are these oven safe?')).toBe('the X is oven safe');
    expect(said('can I put it in the oven?')).toBe('you can put the X in the oven');
    expect(said('is the red one induction ready?')).toBe('the X is induction ready');
    expect(said('is it good for one person?')).toBe('the X is good for one person');
    // No product between the verb and the rest: nothing to say back.
    expect(said('is there a warranty?')).toBeNull();
  });

  it('reads field cues outside the product name', () => {
    const fact = parseFact(normalizeText('is the cast iron stock pot in stock?'), vocab, new Set(['cast', 'iron', 'stock', 'pot']));
    expect(fact.field).toBe('stock');
    expect(parseFact(normalizeText('can the cast iron pan go in the dishwasher?'), vocab, new Set(['cast', 'iron', 'pan'])).field).toBeUndefined();
  });
});
