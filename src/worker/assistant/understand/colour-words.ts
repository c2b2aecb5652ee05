// Assistant, understanding: colour and material vocabularies. A shopper's word maps to a base colour,
// and a catalog attribute value maps to the same base colour, so "navy" finds a "Navy Blue" jacket.

const COLOUR_SYNONYMS: Record<string, string[]> = {
  red: ['red', 'crimson', 'scarlet', 'burgundy', 'maroon', 'ruby'],
  blue: ['blue', 'navy', 'azure', 'cobalt', 'teal', 'turquoise', 'indigo'],
  green: ['green', 'khaki', 'emerald'],
  black: ['black', 'onyx', 'charcoal'],
  white: ['white', 'ivory', 'offwhite'],
  grey: ['grey', 'gray', 'silver', 'slate'],
  yellow: ['yellow', 'gold', 'golden'],
  orange: ['orange', 'coral', 'amber'],
  pink: ['pink', 'magenta', 'fuchsia'],
  purple: ['purple', 'violet', 'lavender', 'lilac', 'mauve'],
  brown: ['brown', 'tan', 'beige', 'camel', 'taupe'],
};

const WORD_TO_COLOUR = new Map<string, string>();
for (const [base, list] of Object.entries(COLOUR_SYNONYMS)) for (const w of list) WORD_TO_COLOUR.set(w, base);

/** Base colour of one normalised word, or undefined. */
export function colourOfWord(word: string): string | undefined {
  return WORD_TO_COLOUR.get(word);
}

/** Base colours named anywhere in a value ("Navy Blue / White" → blue, white). */
export function coloursIn(value: string): Set<string> {
  const out = new Set<string>();
  for (const w of value.toLowerCase().split(/[^a-z]+/)) {
    const c = WORD_TO_COLOUR.get(w);
    if (c) out.add(c);
  }
  return out;
}

/** Materials shoppers ask for; matched against attributes and text. */
export const MATERIALS = [
  'cotton', 'leather', 'wool', 'merino', 'linen', 'silk', 'polyester', 'nylon', 'denim', 'suede', 'canvas',
  'cashmere', 'fleece', 'gore-tex', 'mesh', 'rubber', 'wood', 'wooden', 'steel', 'stainless', 'aluminium',
  'aluminum', 'glass', 'ceramic', 'plastic', 'bamboo', 'down', 'gold', 'silver',
] as const;
