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
  /** Canonical terms of the products' own fields (titles, categories, tags, attributes, brands). */
  catalogTerms: Set<string>;
  /** Canonical terms of the help centre: a message made of these and no catalog terms is about a policy. */
  helpTerms: Set<string>;
  /** Kind terms per product: its breadcrumb's terms and its title's head noun ("Trail Boot" → boot). */
  kindTermsOf: Map<string, Set<string>>;
  /** Every kind term: what a request can name as the kind of product it wants. */
  kindTerms: Set<string>;
  /** Title head nouns that several titles share ("backpack"): nouns that name a kind of product. */
  titleHeads: Set<string>;
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
  const catalogTerms = new Set<string>();
  const helpTerms = new Set<string>();
  const kindTermsOf = new Map<string, Set<string>>();
  const headCount = new Map<string, number>();
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
      for (const term of t) catalogTerms.add(term);
    }
    return t;
  };
  const heads = new Map<string, string>();
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
    for (const t of termsOfWords(titleWords)) catalogTerms.add(canonicalTerm(t));
    const head = titleHead(titleWords);
    if (head) {
      productTypes.add(head);
      heads.set(p.id, head);
      headCount.set(head, (headCount.get(head) ?? 0) + 1);
    }
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
  for (const text of extraText) {
    addWords(text);
    for (const t of canonicalTerms(text)) helpTerms.add(t);
  }
  for (const key of brands.keys()) for (const t of canonicalTerms(key)) catalogTerms.add(t);
  // A title's head noun names the product's kind where the breadcrumb is a taxonomy ("Apparel &
  // Accessories > Shoes" holds boots): heads that several titles share, so one odd title word is no kind.
  const kindTerms = new Set(categoryTerms);
  const titleHeads = new Set([...headCount].filter(([, n]) => n >= 2).map(([h]) => h));
  for (const p of products) {
    const own = new Set(categoryTermsOf.get(p.id));
    const head = heads.get(p.id);
    if (head && (headCount.get(head) ?? 0) >= 2) (own.add(head), kindTerms.add(head));
    kindTermsOf.set(p.id, own);
  }
  return { kindTerms, titleHeads, categoryTerms, categoryTermsOf, leafTermsOf, typedTitle, productTypes, brands, attributeKeys, valueKeys, knownWords, catalogTerms, helpTerms, kindTermsOf, categories: [...categories.values()] };
}
