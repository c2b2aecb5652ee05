// CLI describe: a draft description for a product whose own is missing or thin, assembled only from
// its feed fields and its image tags (colours seen, label text read). Each sentence lists the fields
// it came from, so the merchant (and the test) can trace every word; nothing is invented.
import type { Product } from '../../protocol/product.ts';

export interface ImageTags {
  colours: string[];
  text?: string;
}

export interface DraftSentence {
  text: string;
  /** Where its facts came from: feed fields ("title", "attributes.material") or image tags ("image.colours"). */
  sources: string[];
}

export interface Draft {
  id: string;
  sentences: DraftSentence[];
  text: string;
}

/** The words the templates add around the facts (the test allows these and nothing else). */
export const TEMPLATE_WORDS = ['is', 'a', 'an', 'the', 'by', 'in', 'and', 'made', 'of', 'available', 'sizes', 'size', 'colours', 'colour', 'label', 'reads', 'from', 'range', 'its', 'picture', 'shows', 'it', 'part', 'our', 'also', 'comes'];

const attr = (p: Product, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = p.attributes[k];
    if (v && v.trim()) return v.trim();
  }
  return undefined;
};

function list(values: string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

const article = (w: string): string => (/^[aeiou]/i.test(w) ? 'an' : 'a');

/** "Backpacks" → "backpack" for "a black backpack" (category names are usually plural). */
export function singular(word: string): string {
  if (/ies$/i.test(word)) return word.replace(/ies$/i, 'y');
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(sh|ch|x|ss)es$/i.test(word)) return word.replace(/es$/i, '');
  return word.replace(/s$/i, '');
}

export function wordCount(text: string | undefined): number {
  return (text ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function draftDescription(p: Product, tags: ImageTags | null): Draft {
  const sentences: DraftSentence[] = [];
  const leaf = p.categories[p.categories.length - 1];
  const feedColour = attr(p, 'colour', 'color');
  const colours = feedColour ? [feedColour.toLowerCase()] : (tags?.colours ?? []).slice(0, 2);
  const colourSource = feedColour ? 'attributes.colour' : 'image.colours';
  if (leaf) {
    const words = leaf.toLowerCase().split(' ');
    const noun = [...words.slice(0, -1), singular(words[words.length - 1])].join(' ');
    const phrase = colours.length ? `${list(colours)} ${noun}` : noun;
    const sources = ['title', 'categories', ...(colours.length ? [colourSource] : []), ...(p.brand ? ['brand'] : [])];
    const by = p.brand && !p.title.toLowerCase().includes(p.brand.toLowerCase()) ? ` by ${p.brand}` : '';
    // "Aubergine is a black aubergine" says the name twice: say only what the name does not.
    const named = p.title.toLowerCase().includes(noun);
    if (!named) sentences.push({ text: `${p.title} is ${article(phrase)} ${phrase}${by}.`, sources });
    else if (colours.length || by) sentences.push({ text: `${p.title} is ${[list(colours), by.trim()].filter(Boolean).join(', ')}.`, sources });
  } else if (colours.length) {
    sentences.push({ text: `${p.title} comes in ${list(colours)}.`, sources: ['title', colourSource] });
  }
  if (p.categories.length > 1) sentences.push({ text: `It is part of our ${p.categories.slice(0, -1).join(' ').toLowerCase()} range.`, sources: ['categories'] });
  const label = tags?.text?.trim();
  if (label) sentences.push({ text: `The label reads “${label.slice(0, 60)}”.`, sources: ['image.text'] });
  const material = attr(p, 'material', 'fabric');
  if (material) sentences.push({ text: `Made of ${material.toLowerCase()}.`, sources: ['attributes.material'] });
  const sizes = attr(p, 'size', 'sizes') ?? [...new Set((p.variants ?? []).map((v) => v.attributes.size).filter(Boolean))].join(', ');
  if (sizes) sentences.push({ text: `Available in sizes ${sizes}.`, sources: [attr(p, 'size', 'sizes') ? 'attributes.size' : 'variants.size'] });
  const variantColours = [...new Set((p.variants ?? []).map((v) => v.attributes.colour ?? v.attributes.color).filter((c): c is string => Boolean(c)))];
  if (variantColours.length > 1) sentences.push({ text: `Also available in ${list(variantColours.map((c) => c.toLowerCase()))}.`, sources: ['variants.colour'] });
  return { id: p.id, sentences, text: sentences.map((s) => s.text).join(' ') };
}
