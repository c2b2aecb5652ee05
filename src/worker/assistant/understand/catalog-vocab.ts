// Assistant, understanding: what this catalog can be asked about (category terms, brands), built once per
// catalog so slot extraction matches the shop's own names ("mens-shoes", "Running") instead of a fixed list.
import type { Product } from '../../../protocol/product.ts';
import { normalizeText, stem, terms } from './tokenize.ts';

/** Shopper words that mean a catalog term: "sneakers" finds the "Shoes" category. */
const TERM_SYNONYMS: Record<string, string> = {
  sneaker: 'shoe', trainer: 'shoe', footwear: 'shoe', runner: 'run', jog: 'run', jogger: 'run', jogging: 'run',
  tee: 'shirt', tshirt: 'shirt', jumper: 'sweater', pullover: 'sweater', hoody: 'hoodie', coat: 'jacket',
  phone: 'smartphone', cellphone: 'smartphone', notebook: 'laptop', perfume: 'fragrance',
  cologne: 'fragrance', sofa: 'couch', handbag: 'bag', purse: 'bag', backpack: 'bag', jewelry: 'jewellery',
  skincare: 'skin', pant: 'trouser', jean: 'trouser', shade: 'sunglass', tablet: 'tablet', man: 'men', woman: 'women',
  ladie: 'women', lady: 'women', gent: 'men', hike: 'hik', hiking: 'hik', hiker: 'hik',
};

/** Stemmed term with synonyms applied: the form both queries and the catalog are compared in. */
export function canonicalTerm(term: string): string {
  return TERM_SYNONYMS[term] ?? term;
}

export function canonicalTerms(text: string, keepNumbers = false): string[] {
  return terms(text, keepNumbers).map(canonicalTerm);
}

export interface CatalogVocab {
  /** Canonical terms that occur in some product's category breadcrumb. */
  categoryTerms: Set<string>;
  /** Per product id: canonical terms of its whole breadcrumb. */
  categoryTermsOf: Map<string, Set<string>>;
  /** Normalised brand name → display brand. */
  brands: Map<string, string>;
}

export function buildCatalogVocab(products: Product[]): CatalogVocab {
  const categoryTerms = new Set<string>();
  const categoryTermsOf = new Map<string, Set<string>>();
  const brands = new Map<string, string>();
  for (const p of products) {
    const own = new Set(canonicalTerms(p.categories.join(' ')));
    categoryTermsOf.set(p.id, own);
    for (const t of own) categoryTerms.add(t);
    if (p.brand) {
      const key = normalizeText(p.brand);
      if (key.length >= 2) brands.set(key, p.brand);
    }
  }
  return { categoryTerms, categoryTermsOf, brands };
}

/** Stemmed, canonical form of one word, exposed for rules that test a single word. */
export function canonicalWord(word: string): string {
  return canonicalTerm(stem(word));
}
