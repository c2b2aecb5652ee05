// Assistant, retrieval: numbers a superlative or a capacity reads from a product (weight, temperature rating,
// people, volume, rating), from its attributes first, then its title and tags, then its description. Units
// are normalised (grams, °C, litres) so "lightest" compares 1.2 kg with 900 g.
import type { Product } from '../../../protocol/product.ts';
import type { Measure } from '../understand/parse-ranking.ts';

const KEY_HINTS: Record<Exclude<Measure, 'price' | 'popularity'>, RegExp> = {
  weight: /weight|grams|mass/,
  temperature: /temp|comfort|rating_c|rated|limit/,
  capacity: /capacity|sleeps|person|people|occupan|berth/,
  volume: /volume|litre|liter|capacity_l/,
  brightness: /lumen|bright|light_output/,
  rating: /^rating$|stars|review|score/,
};

const PATTERNS: Record<Exclude<Measure, 'price' | 'popularity' | 'rating'>, RegExp> = {
  weight: /(\d+(?:[.,]\d+)?)\s?(kg|kilograms?|g|grams?|lbs?|pounds?|oz|ounces?)\b/i,
  temperature: /(-?\d+(?:[.,]\d+)?)\s?°?\s?(c|f)\b(?!m)/i,
  capacity: /\b(\d{1,2})\s?-?\s?(?:person|persons|people|man|p)\b|\bsleeps\s(\d{1,2})\b/i,
  volume: /(\d+(?:[.,]\d+)?)\s?(l|litres?|liters?)\b/i,
  brightness: /(\d+(?:[.,]\d+)?)\s?(lm|lumens?)\b/i,
};

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

function fromText(measure: Exclude<Measure, 'price' | 'popularity'>, text: string): number | undefined {
  if (measure === 'rating') {
    const m = /(\d(?:\.\d+)?)\s?(?:\/\s?5|out of 5|stars?)/i.exec(text) ?? /^(\d(?:\.\d+)?)$/.exec(text.trim());
    return m ? toNumber(m[1] as string) : undefined;
  }
  const m = PATTERNS[measure].exec(text);
  if (!m) return undefined;
  if (measure === 'capacity') return Number(m[1] ?? m[2]);
  const value = toNumber(m[1] as string);
  const unit = (m[2] ?? '').toLowerCase();
  if (measure === 'weight') return unit.startsWith('k') ? value * 1000 : unit.startsWith('lb') || unit.startsWith('pound') ? value * 453.6 : unit.startsWith('o') ? value * 28.35 : value;
  if (measure === 'temperature') return unit === 'f' ? ((value - 32) * 5) / 9 : value;
  return value;
}

const cache = new WeakMap<Product, Map<Measure, number | null>>();

/** The product's value of a measure in normalised units, or undefined when the catalog does not state it. */
export function measureOf(p: Product, measure: Exclude<Measure, 'price' | 'popularity'>): number | undefined {
  let known = cache.get(p);
  if (!known) cache.set(p, (known = new Map()));
  if (known.has(measure)) return known.get(measure) ?? undefined;
  // The feed's review rating is a field of its own (0-5); an attribute named "rating" is the fallback.
  let value: number | undefined = measure === 'rating' ? p.rating : undefined;
  for (const [key, v] of Object.entries(p.attributes)) {
    if (value !== undefined) break;
    if (!KEY_HINTS[measure].test(key)) continue;
    value = fromText(measure, v) ?? (/^-?\d+(?:[.,]\d+)?$/.test(v.trim()) ? toNumber(v.trim()) : undefined);
    if (value !== undefined) break;
  }
  value ??= fromText(measure, `${p.title} ${p.tags.join(' ')}`) ?? fromText(measure, p.description ?? '');
  known.set(measure, value ?? null);
  return value;
}
