// Assistant, answers: "do you sell kayaks?" when the shop sells none: say no in the shopper's word, then
// offer what is near: products that carry the word as a feature ("laptop" → laptop backpacks) or the
// category the encoder finds closest. Never products passed off as the thing asked for.
import type { Product } from '../../../protocol/product.ts';
import { titleInText } from './title-in-text.ts';

export interface Absence {
  /** The shopper's noun as typed ("kayaks", "a laptop"). */
  word: string;
  /** Products that mention the word without being one ("Commuter Laptop Backpack"). */
  mentioning: Product[];
  /** The nearest category by meaning, when one is near enough. */
  closest?: { name: string; products: Product[] };
}

/** "kayak" → "kayaks"; plural already → as is. */
export function plural(word: string): string {
  if (/s$/.test(word)) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ch|sh|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export function answerAbsence(a: Absence): { text: string; products: Product[]; reason: string } {
  const no = `No, we don't sell ${plural(a.word)}.`;
  if (a.mentioning.length > 0) {
    const kind = a.mentioning[0]?.categories[a.mentioning[0].categories.length - 1]?.toLowerCase() ?? 'products';
    return { text: `${no} Some of our ${kind} mention ${plural(a.word)}, like the ${titleInText(a.mentioning[0])}.`, products: a.mentioning, reason: `Mentions ${a.word}` };
  }
  if (a.closest && a.closest.products.length > 0) {
    return { text: `${no} The closest we have is ${a.closest.name.toLowerCase()}.`, products: a.closest.products, reason: `Closest to ${plural(a.word)}` };
  }
  return { text: `${no} Ask me for something else, or for a category, a colour or a price range.`, products: [], reason: '' };
}
