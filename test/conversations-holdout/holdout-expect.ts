// Held-out conversations: the few checks the shared library (test/conversations/expect/) lacks for a
// shop priced in pounds and described in watts, litres and millilitres. Like the shared ones, each one
// takes its value from the shop's files and never from the assistant's wording.
import type { Expectation, ProductRef } from '../conversations/conversation.ts';
import { brief, expectation } from '../conversations/expect/expectation.ts';
import { numbersIn, saysNo, saysYes } from '../conversations/expect/text-match.ts';
import type { NumberFact } from '../conversations/facts/fact-product.ts';
import { select, type Pick } from '../conversations/facts/product-filter.ts';

const quote = (t: string) => JSON.stringify(t.length > 240 ? `${t.slice(0, 240)}…` : t);
const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** Amounts of money in any currency a UK shopper reads: "£1", "£ 24.99", "24.99 GBP", "1 pound", "$5", "€5". */
export function moneyAmounts(text: string): number[] {
  const num = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
  const re = new RegExp(String.raw`(?:£|GBP|US\$|\$|€|EUR)\s?${num}|${num}\s?(?:GBP|USD|EUR|pounds?|quid)\b`, 'gi');
  return [...text.matchAll(re)].map((m) => Number((m[1] ?? m[2])!.replace(/,/g, '')));
}

/** Every amount of money in the text is one of the product's catalog prices (the feed's price field). */
export function noMoneyButCatalogs(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `no amount of money but ${ref.resolve(ctx).prices.map((p) => `£${p}`).join('/')} (the price field)`,
    (a, ctx) => {
      const wrong = moneyAmounts(a.text).filter((m) => !ref.resolve(ctx).prices.some((p) => near(p, m)));
      return wrong.length ? `states ${wrong.map((m) => `£${m}`).join(', ')}: ${quote(a.text)}` : null;
    },
  );
}

/** The same quantity in the units a shop writes it in: 2200 W = 2.2 kW, 0.45 litres = 450 ml. */
const EQUIVALENTS: Partial<Record<NumberFact, (n: number) => number[]>> = {
  watts: (n) => [n, n / 1000],
  litres: (n) => [n, n * 1000],
  cm: (n) => [n, n * 10],
};

/** The text states the product's number (its wattage, capacity, size) in any of its usual units. */
export function statesNumber(ref: ProductRef, fact: NumberFact): Expectation {
  const wanted = (p: ReturnType<ProductRef['resolve']>) => {
    const n = p.numbers[fact];
    if (n === undefined) throw new Error(`conversation script: ${p.title} has no ${fact} in the catalog`);
    return (EQUIVALENTS[fact] ?? ((x: number) => [x]))(n);
  };
  return expectation(
    (ctx) => `the text states the ${fact} of ${brief(ref.resolve(ctx))} (${ref.resolve(ctx).numbers[fact]})`,
    (a, ctx) => (numbersIn(a.text).some((x) => wanted(ref.resolve(ctx)).some((w) => near(x, w))) ? null : quote(a.text)),
  );
}

/**
 * "Is the 75 cm one in stock?": yes when a variant of that size is in stock, else no (a "No", a
 * negated sentence about stock, or "sold out"/"out of stock").
 */
export function yesNoSizeInStock(ref: ProductRef, size: string): Expectation {
  const out = /out of stock|sold out|unavailable|not in stock|not available/i;
  return expectation(
    (ctx) => {
      const p = ref.resolve(ctx);
      if (!p.sizes.includes(size)) throw new Error(`conversation script: ${p.title} has no size "${size}"`);
      return `the text says ${p.availableSizes.includes(size) ? 'yes' : 'no'}: ${p.title} in ${size} is ${p.availableSizes.includes(size) ? 'in stock' : 'sold out'}`;
    },
    (a, ctx) => {
      const inStock = ref.resolve(ctx).availableSizes.includes(size);
      const ok = inStock ? saysYes(a.text) || (/\bin stock\b/i.test(a.text) && !out.test(a.text)) : saysNo(a.text, /stock|available/i) || out.test(a.text);
      return ok ? null : quote(a.text);
    },
  );
}

/**
 * A message in a language the shared checks have no entry for (Polish, Welsh): no products, and the
 * text says English is what it understands, in English or in the shopper's language.
 */
export function saysOnlyEnglishIn(language: string, english: RegExp): Expectation {
  return expectation(
    () => `no products, and the text says only English is understood (in ${language} ${english} or English)`,
    (a) => {
      if (a.productIds.length) return `${a.productIds.length} products: it searched`;
      return english.test(a.text) || /\benglish\b/i.test(a.text) ? null : quote(a.text);
    },
  );
}

/**
 * The product of a catalog selection that is best by another number: "of the two cheapest stand
 * mixers, the one with the bigger bowl".
 */
export function bestOf(p: Pick, by: NumberFact, order: 'asc' | 'desc'): ProductRef {
  const label = `the ${order === 'desc' ? 'highest' : 'lowest'} ${by} of the catalog's selection`;
  return {
    label,
    resolve(ctx) {
      const ps = select(ctx.facts.products, p);
      if (ps.length === 0) throw new Error(`conversation script: ${label} is empty in shop "${ctx.facts.shop}"`);
      const sign = order === 'desc' ? -1 : 1;
      const ranked = [...ps].sort((x, y) => sign * ((x.numbers[by] ?? Number.NaN) - (y.numbers[by] ?? Number.NaN)));
      const best = ranked[0]!;
      // A tie has no single answer: the script must ask about something the catalog decides.
      if (ranked.length > 1 && ranked[1]!.numbers[by] === best.numbers[by]) throw new Error(`conversation script: ${label} is a tie between ${best.title} and ${ranked[1]!.title}`);
      return best;
    },
  };
}

/**
 * The shared `notWholeSection` for a Markdown table: a section whose facts sit in a table (the delivery
 * options) is pasted when the answer names every row (its first cell and the first number of its last
 * cell), though the table counts as one sentence there.
 */
export function notWholeTable(section: RegExp): Expectation {
  const rowsOf = (text: string) =>
    text
      .split(/\|\s+\|/)
      .map((r) => r.replace(/^\s*\|?|\|?\s*$/g, '').split('|').map((c) => c.trim()))
      .filter((cells) => cells.length >= 2 && !cells.every((c) => /^-*$/.test(c)));
  return expectation(
    (ctx) => {
      const s = ctx.facts.helpCentre.sections.find((x) => section.test(x.title));
      if (!s || rowsOf(s.text).length < 3) throw new Error(`conversation script: no help-centre section ${section} with a table of 3 or more rows`);
      return `not the whole table of "${s.title}" pasted`;
    },
    (a, ctx) => {
      const rows = rowsOf(ctx.facts.helpCentre.sections.find((x) => section.test(x.title))!.text).slice(1);
      const text = a.text.toLowerCase();
      const named = rows.filter((cells) => {
        const n = numbersIn(cells[cells.length - 1]!)[0];
        return text.includes(cells[0]!.toLowerCase()) && (n === undefined || numbersIn(a.text).some((x) => near(x, n)));
      });
      return named.length === rows.length ? `every row of the table: ${quote(a.text)}` : null;
    },
  );
}

/**
 * The shared `namesSizes`, for sizes that carry a unit ("24 cm"): a unit is not case-sensitive ("24 CM"
 * is the size a shopper asked for), where a letter size keeps its case ("S" is not the s of "it's").
 */
export function namesSizesWithUnits(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `the text names every size in stock of ${ref.label}: ${ref.resolve(ctx).availableSizes.join(', ')}`,
    (a, ctx) => {
      const missing = ref.resolve(ctx).availableSizes.filter((size) => {
        const m = /^(\d+(?:\.\d+)?)\s*([a-z]{2,})$/i.exec(size);
        if (!m) throw new Error(`conversation script: "${size}" is not a size with a unit; use E.namesSizes`);
        return !new RegExp(`(^|[^\\w.])${m[1]!.replace('.', '\\.')}\\s*${m[2]}(?!\\w)`, 'i').test(a.text);
      });
      return missing.length ? `missing ${missing.join(', ')}: ${quote(a.text)}` : null;
    },
  );
}
