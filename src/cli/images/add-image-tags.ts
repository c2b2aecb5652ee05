// CLI images: image tags become searchable. A product whose feed names no colour gets the colours its
// picture shows as tags ("red backpack" then finds it), and every product gets the words read on its
// label (a brand on the carton). Only clear readings count: big enough shares, confident OCR lines.
import type { Product } from '../../protocol/product.ts';
import type { ImageAnalysis } from './analyse-image.ts';

const MIN_COLOUR_SHARE = 0.25;
const MIN_LINE_CONFIDENCE = 0.8;
const MAX_LABEL_WORDS = 6;
const COLOUR_KEYS = ['colour', 'color'];
const COLOUR_WORD = /\b(black|white|gr[ae]y|red|orange|yellow|green|blue|navy|purple|pink|brown|beige|tan|olive|burgundy|silver|gold)\b/i;

/** The confident label text of a picture, biggest print first, as one line. */
export function labelLine(a: ImageAnalysis): string {
  return a.text.filter((l) => l.confidence >= MIN_LINE_CONFIDENCE).map((l) => l.text).join(' ').trim();
}

/** Words of the label text worth searching: letters, ≥ 3 long, not already in the product's own text. */
export function labelWords(a: ImageAnalysis, p: Product): string[] {
  const own = `${p.title} ${p.brand ?? ''} ${p.tags.join(' ')}`.toLowerCase();
  const words = labelLine(a)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !own.includes(w));
  return [...new Set(words)].slice(0, MAX_LABEL_WORDS);
}

export function feedNamesColour(p: Product): boolean {
  return COLOUR_KEYS.some((k) => p.attributes[k]) || COLOUR_WORD.test(`${p.title} ${p.tags.join(' ')}`);
}

/** Adds image colours (when the feed names none) and label words to `tags`; returns how many products gained a tag. */
export function addImageTags(products: Product[], analyses: Array<ImageAnalysis | null>): number {
  let tagged = 0;
  products.forEach((p, i) => {
    const a = analyses[i];
    if (!a) return;
    const add: string[] = [];
    if (!feedNamesColour(p)) for (const c of a.colours) if (c.share >= MIN_COLOUR_SHARE) add.push(c.name);
    add.push(...labelWords(a, p));
    const fresh = add.filter((t) => !p.tags.includes(t));
    if (fresh.length) {
      p.tags = [...p.tags, ...fresh];
      tagged += 1;
    }
  });
  return tagged;
}
