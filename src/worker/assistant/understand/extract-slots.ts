// Assistant, understanding: turns a shopper's sentence into search slots (colour, category terms, brand,
// size, material, price) plus the free words left for BM25. Filters later enforce every slot.
import { colourOfWord, MATERIALS } from './colour-words.ts';
import { canonicalTerm, type CatalogVocab } from './catalog-vocab.ts';
import { numberWordsToDigits, parsePrice, type PriceLimit } from './parse-price.ts';
import { normalizeText, stem, terms } from './tokenize.ts';

export interface Slots {
  colours: string[];
  /** Canonical category terms named in the query ("shoe", "run"). */
  categoryTerms: string[];
  brand?: string;
  size?: string;
  material?: string;
  price?: PriceLimit;
  /** Canonical terms left for text relevance once slot words are removed. */
  freeTerms: string[];
  /** Shopper asked to include sold-out items. */
  includeOutOfStock: boolean;
}

/** Words that carry the request's form, not its content. */
const NOISE = new Set(
  'show recommend suggest something anything stuff thing buy item product one ones like gift present shop store sell size colour color price under over between less more cheap cheaper cheapest budget affordable dollar euro pound buck eur usd gbp around about max maximum least most new good nice best great other else option available stock'.split(' ').map(stem),
);

const SIZE_WORDS: Record<string, string> = { small: 'S', medium: 'M', large: 'L', 'extra large': 'XL', 'x large': 'XL', 'extra small': 'XS' };

function extractSize(norm: string): string | undefined {
  const m = /\b(?:size|sz)\s+(?:(?:eu|us|uk)\s*)?(xxs|xs|s|m|l|xl|xxl|xxxl|\d{1,2}(?:\.5)?)\b/.exec(norm) ?? /\b(?:eu|us|uk)\s*(\d{1,2}(?:\.5)?)\b/.exec(norm);
  if (m?.[1]) return m[1].toUpperCase();
  const word = /\b(?:in|size|a)\s+(extra large|x large|extra small|small|medium|large)\b/.exec(norm);
  if (word?.[1]) return SIZE_WORDS[word[1]];
  const bare = /\b(xxs|xs|xl|xxl|xxxl)\b/.exec(norm);
  return bare?.[1]?.toUpperCase();
}

export function extractSlots(text: string, vocab: CatalogVocab): Slots {
  const norm = normalizeText(numberWordsToDigits(text.toLowerCase()));
  const raw = norm.split(' ').filter(Boolean);
  const colours = [...new Set(raw.map(colourOfWord).filter((c): c is string => c !== undefined))];
  const material = MATERIALS.find((m) => new RegExp(`\\b${m.replace('-', ' ')}\\b`).test(norm));
  let brand: string | undefined;
  for (const [key, display] of vocab.brands) {
    if (new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(norm) && (!brand || key.length > brand.length)) brand = display;
  }
  const brandTerms = new Set(brand ? terms(brand) : []);
  const size = extractSize(norm);
  const price = parsePrice(norm) ?? undefined;
  const categoryTerms: string[] = [];
  const freeTerms: string[] = [];
  for (const t of terms(norm)) {
    const c = canonicalTerm(t);
    if (colourOfWord(t) || brandTerms.has(t) || NOISE.has(t) || (material && stem(material) === t)) continue;
    if (size && t === size.toLowerCase()) continue;
    if (vocab.categoryTerms.has(c)) categoryTerms.push(c);
    else freeTerms.push(c);
  }
  const slots: Slots = {
    colours,
    categoryTerms: [...new Set(categoryTerms)],
    freeTerms,
    includeOutOfStock: /\b(out of stock|sold out|unavailable|including|even if)\b/.test(norm),
  };
  if (brand) slots.brand = brand;
  if (size) slots.size = size;
  if (material) slots.material = material;
  if (price) slots.price = price;
  return slots;
}

/** True when the slots say anything a search could act on. */
export function hasSearchContent(s: Slots): boolean {
  return s.colours.length > 0 || s.categoryTerms.length > 0 || s.freeTerms.length > 0 || !!s.brand || !!s.material || !!s.size || !!s.price;
}
