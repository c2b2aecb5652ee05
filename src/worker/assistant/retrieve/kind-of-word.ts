// Assistant, retrieval: the category a product noun names when it is no category's word ("a pot to go with
// it" in a shop whose category is "Camping Cookware & Dinnerware"): the category of the products whose
// titles use the word, else the category nearest to the word by meaning (the encoder), else none.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import type { EmbedFn } from './embed-scorer.ts';

/** A category this close to the word by meaning is the one it names. */
const NEAREST_CATEGORY_COSINE = 0.4;

export interface KindLookup {
  products: Product[];
  embed?: EmbedFn;
  nearestCategories: (v: Float32Array) => Array<{ path: string[]; cosine: number }>;
}

export async function kindOfWord(head: { term: string; word: string }, lookup: KindLookup): Promise<string[] | undefined> {
  const counts = new Map<string, { path: string[]; n: number }>();
  for (const p of lookup.products) {
    if (p.categories.length === 0 || !canonicalTerms(p.title).includes(head.term)) continue;
    const key = p.categories.join('>');
    const c = counts.get(key) ?? { path: p.categories, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  const lexical = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (lexical) return lexical.path;
  if (!lookup.embed) return undefined;
  try {
    const [vector] = await lookup.embed([head.word]);
    const near = vector ? lookup.nearestCategories(vector)[0] : undefined;
    return near && near.cosine >= NEAREST_CATEGORY_COSINE ? near.path : undefined;
  } catch {
    return undefined;
  }
}
