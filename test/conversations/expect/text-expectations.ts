// Conversation checks: what the answer's text must state, taken from the catalog: the product's price,
// every size it comes in, yes or no as its copy decides, and no price but the catalog's.
import type { Expectation, ProductRef } from '../conversation.ts';
import type { FactProduct, FlagFact } from '../facts/fact-product.ts';
import { brief, expectation } from './expectation.ts';
import { hasSize, hasWord, mentionsNumber, moneyIn, numbersIn, saysNo, saysYes } from './text-match.ts';

const quote = (t: string) => JSON.stringify(t.length > 240 ? `${t.slice(0, 240)}…` : t);

export function mentionsPrice(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `the text states the price of ${brief(ref.resolve(ctx))}`,
    (a, ctx) => (ref.resolve(ctx).prices.some((p) => mentionsNumber(a.text, p)) ? null : quote(a.text)),
  );
}

/** Every amount of money in the text is one of the product's catalog prices (merchant text cannot set one). */
export function noPriceButCatalogs(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `no amount of money but ${ref.resolve(ctx).prices.map((p) => `$${p}`).join('/')} (the price field)`,
    (a, ctx) => {
      const wrong = moneyIn(a.text).filter((m) => !ref.resolve(ctx).prices.some((p) => Math.abs(p - m) < 0.005));
      return wrong.length ? `states ${wrong.map((m) => `$${m}`).join(', ')}: ${quote(a.text)}` : null;
    },
  );
}

function namesAll(what: string, values: (p: FactProduct) => string[], found: (text: string, v: string) => boolean, ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `the text names every ${what} of ${ref.label}: ${values(ref.resolve(ctx)).join(', ')}`,
    (a, ctx) => {
      const missing = values(ref.resolve(ctx)).filter((v) => !found(a.text, v));
      return missing.length ? `missing ${missing.join(', ')}: ${quote(a.text)}` : null;
    },
  );
}

/** Every size a shopper can buy now (sold-out sizes may be left out). */
export const namesSizes = (ref: ProductRef) => namesAll('size in stock', (p) => p.availableSizes, hasSize, ref);
export const namesColours = (ref: ProductRef) => namesAll('colour', (p) => p.colours, hasWord, ref);
export const namesMaterials = (ref: ProductRef) => namesAll('material', (p) => p.materials, (t, m) => t.toLowerCase().includes(m.toLowerCase()), ref);

/** The weight from the product page, in kilograms or grams. */
export function mentionsWeight(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `the text states the weight of ${ref.resolve(ctx).title} (${ref.resolve(ctx).numbers.weightG} g)`,
    (a, ctx) => {
      const g = ref.resolve(ctx).numbers.weightG;
      if (g === undefined) throw new Error(`conversation script: ${ref.resolve(ctx).title} has no weight in the catalog`);
      return mentionsNumber(a.text, g) || numbersIn(a.text).some((n) => Math.abs(n - g / 1000) < 0.006) ? null : quote(a.text);
    },
  );
}

/** "What do you sell?": the text names at least `min` of the shop's kinds of product. */
export function namesKinds(min: number): Expectation {
  const stem = (t: string) => t.toLowerCase().replace(/-/g, ' ').replace(/e?s$/, '');
  return expectation(
    (ctx) => `the text names at least ${min} of the shop's kinds of product (${[...new Set(ctx.facts.products.map((p) => p.type))].join(', ')})`,
    (a, ctx) => {
      const text = a.text.toLowerCase().replace(/-/g, ' ');
      const named = [...new Set(ctx.facts.products.map((p) => p.type))].filter((t) => text.includes(stem(t)));
      return named.length >= min ? null : `names ${named.length ? named.join(', ') : 'none'}: ${quote(a.text)}`;
    },
  );
}

export function namesTitle(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `the text names ${ref.resolve(ctx).title}`,
    (a, ctx) => (a.text.toLowerCase().includes(ref.resolve(ctx).title.toLowerCase()) ? null : quote(a.text)),
  );
}

export function yes(): Expectation {
  return expectation(() => 'the text says yes', (a) => (saysYes(a.text) ? null : quote(a.text)));
}

/** The shop has nothing that says yes (no section, no field): the answer must not invent one. */
export function notYes(): Expectation {
  return expectation(() => 'the text does not say yes (the shop\'s data does not say so)', (a) => (saysYes(a.text) ? quote(a.text) : null));
}

/** A comparison states each compared product's price (its first `max` products). */
export function statesEveryShownPrice(max = 3): Expectation {
  return expectation(
    () => `the answer (text or table) states the price of each product shown (up to ${max})`,
    (a, ctx) => {
      const ps = a.productIds.slice(0, max).map((id) => ctx.facts.find(id)).filter((p) => p !== undefined);
      if (ps.length === 0) return 'no products';
      const missing = ps.filter((p) => !p.prices.some((x) => mentionsNumber(a.seen, x)));
      return missing.length ? `no price for ${missing.map(brief).join('; ')}: ${quote(a.seen)}` : null;
    },
  );
}

/** No: a sentence starting "No", or a negated sentence about `topic` ("we don't sell laptops"). */
export function no(topic?: RegExp): Expectation {
  return expectation(() => `the text says no${topic ? ` (or negates ${topic})` : ''}`, (a) => (saysNo(a.text, topic) ? null : quote(a.text)));
}

const FLAG_TOPIC: Record<FlagFact, RegExp> = { waterproof: /waterproof/i, hooded: /hood/i, sweatResistant: /sweat/i, noiseCancelling: /noise/i, dishwasherSafe: /dishwasher/i, inductionReady: /induction/i };

/** The answer is about this product: it names it, or shows it alone. */
const about = (text: string, productIds: string[], p: FactProduct, find: (id: string) => FactProduct | undefined) =>
  text.toLowerCase().includes(p.title.toLowerCase()) || (productIds.length === 1 && find(productIds[0]!)?.id === p.id);

/**
 * The catalog decides: yes when its copy states the flag, no when it states the opposite. When it says
 * neither, the answer must be about the product and must not say yes.
 */
export function yesNoFromCatalog(ref: ProductRef, flag: FlagFact): Expectation {
  const stated = (p: FactProduct) => p.flags[flag];
  return expectation(
    (ctx) => {
      const p = ref.resolve(ctx);
      const v = stated(p);
      return v === undefined
        ? `an answer about ${p.title} that does not say yes (its copy does not mention ${flag})`
        : `the text says ${v ? 'yes' : 'no'}: ${p.title} is ${v ? '' : 'not '}${flag}`;
    },
    (a, ctx) => {
      const p = ref.resolve(ctx);
      const v = stated(p);
      const ok = v === true ? saysYes(a.text) : v === false ? saysNo(a.text, FLAG_TOPIC[flag]) : !saysYes(a.text) && about(a.text, a.productIds, p, ctx.facts.find);
      return ok ? null : quote(a.text);
    },
  );
}

/** "Is it in stock?": yes or no, or the stock state in words ("is in stock", "is sold out"). */
export function yesNoInStock(ref: ProductRef): Expectation {
  const out = /out of stock|sold out|unavailable|not in stock|not available/i;
  return expectation(
    (ctx) => `the text says ${ref.resolve(ctx).inStock ? 'yes (in stock)' : 'no (sold out)'}`,
    (a, ctx) => {
      const ok = ref.resolve(ctx).inStock ? saysYes(a.text) || (/\bin stock\b/i.test(a.text) && !out.test(a.text)) : saysNo(a.text, /stock/i) || out.test(a.text);
      return ok ? null : quote(a.text);
    },
  );
}

/**
 * "Do you have it in a 10?": yes when a variant of that size is in stock, no when the size is sold out or
 * not made; a product that lists no sizes must not get a yes.
 */
export function yesNoSizeInStock(ref: ProductRef, size: string): Expectation {
  return expectation(
    (ctx) => {
      const p = ref.resolve(ctx);
      return p.sizes.length === 0 ? `no yes (${p.title} lists no sizes)` : `the text says ${p.availableSizes.includes(size) ? 'yes' : 'no'}: size ${size} of ${p.title} is ${p.availableSizes.includes(size) ? 'in stock' : p.sizes.includes(size) ? 'sold out' : 'not made'}`;
    },
    (a, ctx) => {
      const p = ref.resolve(ctx);
      const ok = p.sizes.length === 0 ? !saysYes(a.text) : p.availableSizes.includes(size) ? saysYes(a.text) : saysNo(a.text, /size/i);
      return ok ? null : quote(a.text);
    },
  );
}

export function includesText(pattern: RegExp, what: string): Expectation {
  return expectation(() => `the text ${what}`, (a) => (pattern.test(a.text) ? null : quote(a.text)));
}

export function excludesText(pattern: RegExp, what: string): Expectation {
  return expectation(() => `the text ${what}`, (a) => (pattern.test(a.text) ? quote(a.text) : null));
}

export function nonEmptyText(): Expectation {
  return expectation(() => 'an answer in words', (a) => (a.text.trim().length > 0 ? null : 'no text'));
}
