// Assistant, understanding: what this catalog can be asked about, derived from its own records (category
// breadcrumbs, title head nouns, tags, attribute keys and values, brands), built once per catalog so the
// parser reads a shop it has never seen in that shop's words instead of a word list written for one shop.
import type { Product } from '../../../protocol/product.ts';
import { normalizeText, stem, terms, termsOfWords, words } from './tokenize.ts';

/** Shopper words that mean a catalog term: "sneakers" finds the "Shoes" category. General English. */
const TERM_SYNONYMS: Record<string, string> = {
  sneaker: 'shoe', trainer: 'shoe', footwear: 'shoe', runner: 'run', jog: 'run', jogger: 'run', jogging: 'run',
  tee: 'shirt', tshirt: 'shirt', jumper: 'sweater', pullover: 'sweater', hoody: 'hoodie', coat: 'jacket',
  phone: 'smartphone', cellphone: 'smartphone', notebook: 'laptop', perfume: 'fragrance',
  cologne: 'fragrance', sofa: 'couch', handbag: 'bag', purse: 'bag', backpack: 'bag', jewelry: 'jewellery',
  skincare: 'skin', pant: 'trouser', jean: 'trouser', shade: 'sunglass', man: 'men', woman: 'women',
  ladie: 'women', lady: 'women', gent: 'men', hike: 'hik', hiking: 'hik', hiker: 'hik', colour: 'color',
};

/** Stemmed term with synonyms applied: the form both queries and the catalog are compared in. */
export function canonicalTerm(term: string): string {
  return TERM_SYNONYMS[term] ?? term;
}

export function canonicalTerms(text: string, keepNumbers = false): string[] {
  return terms(text, keepNumbers).map(canonicalTerm);
}

/** Stemmed, canonical form of one word. */
export function canonicalWord(word: string): string {
  return canonicalTerm(stem(word));
}

export interface CatalogVocab {
  /** Canonical terms that occur in some product's category breadcrumb. */
  categoryTerms: Set<string>;
  /** Per product id: canonical terms of its whole breadcrumb. */
  categoryTermsOf: Map<string, Set<string>>;
  /** Per product id: stemmed terms (no synonyms) of its breadcrumb's last part, its own category's name. */
  leafTermsOf: Map<string, Set<string>>;
  /** Per product id: whether its title's last word names its category ("Laptop Backpack" in Backpacks). */
  typedTitle: Map<string, boolean>;
  /** What the shop sells: category terms and the head noun (last word) of each title. */
  productTypes: Set<string>;
  /** Normalised brand name → display brand. */
  brands: Map<string, string>;
  /** Attribute key (as in the feed, lower case) → the canonical terms of its key name. */
  attributeKeys: Map<string, string[]>;
  /** Canonical term of an attribute value → the keys it is a value of ("leather" → material). */
  valueKeys: Map<string, Set<string>>;
  /** Every normalised word of the catalog's and help centre's text: the shop's language. */
  knownWords: Set<string>;
  /** Category display names (leaf and full path), for "the closest we have". */
  categories: Array<{ name: string; path: string[] }>;
}

/** The title's last word of three letters or more, canonical: its noun ("Tent 4P" → tent, "Boot II" → boot). */
function titleHead(titleWords: string[]): string | undefined {
  const ws = titleWords.filter((w) => /^[a-z]{3,}$/.test(w));
  const last = ws[ws.length - 1];
  return last ? canonicalWord(last) : undefined;
}

export function buildCatalogVocab(products: Product[], extraText: string[] = []): CatalogVocab {
  const categoryTerms = new Set<string>();
  const categoryTermsOf = new Map<string, Set<string>>();
  const leafTermsOf = new Map<string, Set<string>>();
  const productTypes = new Set<string>();
  const typedTitle = new Map<string, boolean>();
  const brands = new Map<string, string>();
  const attributeKeys = new Map<string, string[]>();
  const valueKeys = new Map<string, Set<string>>();
  const knownWords = new Set<string>();
  const categories = new Map<string, { name: string; path: string[] }>();
  const seenBrands = new Set<string>();
  const leafCache = new Map<string, Set<string>>();
  const leafTerms = (leaf: string | undefined): Set<string> => {
    let t = leafCache.get(leaf ?? '');
    if (!t) leafCache.set(leaf ?? '', (t = new Set(terms(leaf ?? ''))));
    return t;
  };
  const addWords = (text: string) => {
    for (const w of words(text)) knownWords.add(w);
  };
  // Breadcrumbs, tags, colours, sizes, materials and brands repeat across thousands of products: each
  // distinct string is normalised once (a 12k-product catalog has a few hundred of them, not 50k).
  const folded = new Map<string, string[]>();
  const memo = (text: string): string[] => {
    let t = folded.get(text);
    if (!t) {
      const ws = words(text);
      for (const w of ws) knownWords.add(w);
      folded.set(text, (t = termsOfWords(ws).map(canonicalTerm)));
    }
    return t;
  };
  for (const p of products) {
    const path = p.categories.join('>');
    const own = new Set(memo(p.categories.join(' ')));
    categoryTermsOf.set(p.id, own);
    for (const t of own) (categoryTerms.add(t), productTypes.add(t));
    const leaf = p.categories[p.categories.length - 1];
    if (leaf && !categories.has(path)) categories.set(path, { name: leaf, path: p.categories });
    // Without synonyms: "Sneakers" is not the category a shopper means by "shoes".
    leafTermsOf.set(p.id, leafTerms(leaf));
    const titleWords = words(p.title);
    for (const w of titleWords) knownWords.add(w);
    const head = titleHead(titleWords);
    if (head) productTypes.add(head);
    typedTitle.set(p.id, !!head && own.has(head));
    for (const tag of p.tags) memo(tag);
    for (const [key, value] of Object.entries(p.attributes)) {
      if (!attributeKeys.has(key)) attributeKeys.set(key, canonicalTerms(key.replace(/_/g, ' ')));
      for (const t of memo(value)) {
        let keys = valueKeys.get(t);
        if (!keys) valueKeys.set(t, (keys = new Set()));
        keys.add(key);
      }
    }
    if (p.brand && !seenBrands.has(p.brand)) {
      seenBrands.add(p.brand);
      const key = normalizeText(p.brand);
      for (const w of key.split(' ')) if (w) knownWords.add(w);
      if (key.length >= 2) brands.set(key, p.brand);
    }
  }
  for (const text of extraText) addWords(text);
  return { categoryTerms, categoryTermsOf, leafTermsOf, typedTitle, productTypes, brands, attributeKeys, valueKeys, knownWords, categories: [...categories.values()] };
}
