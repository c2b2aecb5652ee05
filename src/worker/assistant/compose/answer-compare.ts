// Assistant, answers: two or three products side by side as a compact table (price, brand, the attributes
// they share, measures, stock), every cell from catalog fields, and one sentence saying where they differ.
import type { ComparisonTable } from '../../../protocol/assistant.ts';
import type { Product } from '../../../protocol/product.ts';
import { colourValues, isAvailable, materialValue, sizeValues } from '../retrieve/product-facts.ts';
import { measureOf } from '../retrieve/product-measures.ts';
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
