// Worker vision: the words of a photo answer. It says what it saw (colours, the category head's guess,
// the label text) and, for each product, why it was picked; or that nothing in the shop is close.
import type { Product } from '../../protocol/product.ts';
import type { PhotoMatch } from '../../shared/vision/match-photo.ts';
import type { PhotoReading } from './read-photo.ts';

export interface PhotoSeen {
  colours: string[];
  category?: string;
  label?: string;
}

/** A category guess is said only when the head is fairly sure. */
const CATEGORY_SURE = 0.35;
const LINE_SURE = 0.7;

export function whatWasSeen(reading: PhotoReading, headLabels: string[] | null): PhotoSeen {
  const colours = reading.colour.colours.filter((c) => c.share >= 0.2).slice(0, 2).map((c) => c.name);
  const seen: PhotoSeen = { colours };
  if (reading.categories && headLabels) {
    let best = 0;
    reading.categories.forEach((p, i) => {
      if (p > reading.categories![best]) best = i;
    });
    if (reading.categories[best] >= CATEGORY_SURE) seen.category = headLabels[best];
  }
  // The biggest confident print: usually the brand or the product's name.
  const lines = reading.lines.filter((l) => l.confidence >= LINE_SURE && /\p{L}{2}/u.test(l.text)).sort((a, b) => b.box.thickness - a.box.thickness);
  if (lines.length) seen.label = lines.slice(0, 2).map((l) => l.text).join(' ').slice(0, 40);
  return seen;
}

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** "Oat drinks" → "oat drink": category names are usually plural, one photo shows one thing. */
export function singularPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  const one = /ies$/i.test(last) ? last.replace(/ies$/i, 'y') : /(ss|us|is)$/i.test(last) ? last : /(sh|ch|x)es$/i.test(last) ? last.replace(/es$/i, '') : last.replace(/s$/i, '');
  return [...words.slice(0, -1), one].join(' ');
}

export function seenSentence(seen: PhotoSeen, fallbackCategory?: string): string {
  const colours = seen.colours.join(' and ');
  const category = seen.category ?? fallbackCategory;
  const noun = category ? singularPhrase(category.toLowerCase()) : undefined;
  let look = '';
  if (noun) {
    const phrase = colours ? `${colours} ${noun}` : noun;
    look = `Looks like ${article(phrase)} ${phrase}`;
  } else if (colours) {
    look = `Looks mostly ${colours}`;
  }
  const label = seen.label ? `the label reads “${seen.label}”` : '';
  if (look && label) return `${look}; ${label}.`;
  if (look) return `${look}.`;
  if (label) return `The label reads “${seen.label}”.`;
  return 'I had a look at your photo.';
}

/** Why one product was picked, strongest evidence first. */
export function matchReason(m: PhotoMatch, p: Product, words: string[] | undefined, seen: PhotoSeen, productColours: string[], visualStandout: number): string {
  const parts: string[] = [];
  if (m.text > 0.2 && words?.length) parts.push(`label text “${words.slice(0, 2).join(' ')}” matches`);
  if (visualStandout >= 1.5) parts.push('looks similar');
  const shared = seen.colours.filter((c) => productColours.includes(c));
  if (shared.length) parts.push(`same colour (${shared.join(', ')})`);
  const category = p.categories[p.categories.length - 1];
  if (m.category >= CATEGORY_SURE && category) parts.push(`looks like ${article(singularPhrase(category.toLowerCase()))} ${singularPhrase(category.toLowerCase())}`);
  if (parts.length === 0) parts.push('closest overall match');
  const text = parts.slice(0, 3).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function noMatchText(seen: PhotoSeen): string {
  const said = seenSentence(seen);
  return `I couldn't match this photo to a product in this shop. ${said === 'I had a look at your photo.' ? '' : `${said} `}Try a closer photo of the product or its label, or tell me what you are looking for.`;
}
