// Assistant, answers: two or three products side by side as a compact table (price, brand, the attributes
// they share, measures, stock), every cell from catalog fields, and one sentence saying where they differ.
import type { ComparisonTable } from '../../../protocol/assistant.ts';
import type { Product } from '../../../protocol/product.ts';
import { colourValues, isAvailable, materialValue, sizeValues } from '../retrieve/product-facts.ts';
import { measureOf } from '../retrieve/product-measures.ts';
import type { Superlative } from '../understand/parse-ranking.ts';
import { formatPrice, formatWeight } from './format-price.ts';
import { list } from './list.ts';
import { titleInText } from './title-in-text.ts';

/** Attribute keys shown through their own rows (or not at all). */
const OWN_ROWS = new Set(['colour', 'color', 'size', 'sizes', 'material', 'fabric', 'materials']);
const MAX_ATTRIBUTE_ROWS = 4;

export function comparisonTable(items: Product[]): ComparisonTable {
  const rows: ComparisonTable['rows'] = [];
  const add = (label: string, values: string[]) => {
    if (values.some((v) => v)) rows.push({ label, values });
  };
  add('Price', items.map((p) => formatPrice(p.price, p.currency)));
  add('Brand', items.map((p) => p.brand ?? ''));
  add('Material', items.map((p) => materialValue(p) ?? ''));
  add('Colours', items.map((p) => list(colourValues(p))));
  add('Sizes', items.map((p) => sizeValues(p).join(', ')));
  add('Weight', items.map((p) => {
    const g = measureOf(p, 'weight');
    return g === undefined ? '' : formatWeight(g);
  }));
  add('People', items.map((p) => String(measureOf(p, 'capacity') ?? '')));
  // Other attributes, those most of the products state first.
  const keys = new Map<string, number>();
  for (const p of items) for (const k of Object.keys(p.attributes)) if (!OWN_ROWS.has(k)) keys.set(k, (keys.get(k) ?? 0) + 1);
  const shared = [...keys].filter(([, n]) => n >= 2 || items.length === 1).sort((a, b) => b[1] - a[1]).slice(0, MAX_ATTRIBUTE_ROWS);
  for (const [key] of shared) add(key.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase()), items.map((p) => p.attributes[key] ?? ''));
  add('Stock', items.map((p) => (isAvailable(p) ? 'In stock' : 'Out of stock')));
  return { products: items.map((p) => ({ id: p.id, title: p.title })), rows };
}

/** "The X costs $89 and the Y $129: the X is the cheaper option." */
export function compareSummary(items: Product[]): string {
  const sameCurrency = items.every((p) => p.currency === items[0]?.currency);
  const prices = items.map((p) => `the ${titleInText(p)} ${formatPrice(p.price, p.currency)}`);
  const cheapest = [...items].sort((a, b) => a.price - b.price)[0] as Product;
  const differ = sameCurrency && items.some((p) => p.price !== cheapest.price);
  const lighter = items.every((p) => measureOf(p, 'weight') !== undefined) ? [...items].sort((a, b) => (measureOf(a, 'weight') as number) - (measureOf(b, 'weight') as number))[0] : undefined;
  const parts = [`Here's how they compare: ${list(prices)}.`];
  if (differ) parts.push(`The ${titleInText(cheapest)} is the ${items.length > 2 ? 'cheapest' : 'cheaper'} option.`);
  if (lighter) parts.push(`The ${titleInText(lighter)} is the ${items.length > 2 ? 'lightest' : 'lighter'}.`);
  const out = items.filter((p) => !isAvailable(p));
  if (out.length) parts.push(`${list(out.map((p) => `the ${titleInText(p)}`)).replace(/^t/, 'T')} ${out.length > 1 ? 'are' : 'is'} out of stock.`);
  return parts.join(' ');
}

const MEASURE_NAMES: Record<Superlative['measure'], string> = { price: 'price', weight: 'weight', temperature: 'temperature rating', capacity: 'capacity', volume: 'volume', brightness: 'brightness', rating: 'rating', popularity: 'popularity' };

/** A measure's value as the answer states it, or '' for measures said by name only. */
function shownValue(p: Product, measure: Superlative['measure'], value: number): string {
  if (measure === 'price') return formatPrice(p.price, p.currency);
  if (measure === 'weight') return formatWeight(value);
  if (measure === 'rating') return `rated ${value} of 5`;
  if (measure === 'capacity') return `for ${value}`;
  return '';
}

/** "cheaper" → "cheapest", "more expensive" → "most expensive", "better rated" → "best rated". */
function superlativeOf(word: string): string {
  const [first = '', ...rest] = word.split(' ');
  const top = first === 'more' ? 'most' : first === 'less' ? 'least' : first === 'better' ? 'best' : first.replace(/ier$/, 'iest').replace(/er$/, 'est');
  return [top, ...rest].join(' ');
}

/**
 * "Of the 2, the Fjellvik Myr Trail Shoe is the cheaper ($119; the Kestrel Ridge Racer is $159)." `ranked`:
 * the products that state the measure, best first, with their values; `all`: how many were compared.
 */
export function answerChoice(ranked: Array<{ p: Product; v: number }>, all: Product[], by: Superlative): string {
  const best = ranked[0];
  if (!best || ranked.length < 2) {
    const missing = all.filter((p) => !ranked.some((r) => r.p === p));
    return `The catalog doesn't list the ${MEASURE_NAMES[by.measure]} of ${missing.length === all.length ? 'these' : list(missing.map((p) => `the ${titleInText(p)}`))}, so I can't tell which is ${by.word}.`;
  }
  const value = (r: { p: Product; v: number }) => shownValue(r.p, by.measure, r.v);
  // Of two, "the cheaper", with the other's value; of more, "the cheapest", with its own value only.
  if (all.length > 2) return `Of the ${all.length} I showed, the ${titleInText(best.p)} is the ${superlativeOf(by.word)}${value(best) ? ` (${value(best)})` : ''}.`;
  const others = ranked.slice(1).map((r) => (value(r) ? `the ${titleInText(r.p)} is ${value(r)}` : '')).filter(Boolean);
  const detail = value(best) ? ` (${value(best)}${others.length ? `; ${others.join(', ')}` : ''})` : '';
  const tie = ranked[1] && ranked[1].v === best.v ? ` The ${titleInText(ranked[1].p)} is the same.` : '';
  return `Of the ${all.length}, the ${titleInText(best.p)} is the ${by.word}${detail}.${tie}`;
}
