// Assistant, retrieval: which catalog products a message names ("how much is the Trail Runner 2?",
// "compare the Aero Jacket and the Storm Shell"), by title-term coverage, one per named part.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import type { ProductSearch } from './product-search.ts';

/** A title counts as named when the message holds at least this share of its terms. */
const MIN_TITLE_COVERAGE = 0.6;
/** How many of the best text matches are checked for title coverage. */
const MAX_CANDIDATES = 200;
/** "X and Y", "X vs Y", "X or Y": each part names at most one product. */
const SEPARATOR = /\b(?:and|vs|versus|or|with|against|compared to)\b|[,&/]/i;

const cache = new WeakMap<Product, { plain: string[]; numbered: string[] }>();

/** A title's terms, worked out once per product (every message looks for named products). */
function titleTermsOf(p: Product, withNumbers: boolean): string[] {
  let t = cache.get(p);
  if (!t) cache.set(p, (t = { plain: [...new Set(canonicalTerms(p.title))], numbered: [...new Set(canonicalTerms(p.title, true))] }));
  return withNumbers ? t.numbered : t.plain;
}

function bestNamed(part: string, search: ProductSearch, products: Map<string, Product>): Product | undefined {
  const asked = new Set(canonicalTerms(part, true));
  if (asked.size === 0) return undefined;
  // Model numbers count only when the part gives one: "iPhone 9" is not the iPhone 6, but
  // "the Chef Knife" still names the "Chef Knife 8 Inch".
  const askedNumber = [...asked].some((t) => /^[0-9.]+$/.test(t));
  let best: { p: Product; coverage: number; score: number } | undefined;
  // A named product is among the best text matches (its title words weigh most): the rest cannot be it.
  const candidates = [...search.textScores([...asked])].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
  for (const [id, score] of candidates) {
    const p = products.get(id);
    if (!p) continue;
    const titleTerms = titleTermsOf(p, askedNumber);
    if (titleTerms.length === 0) continue;
    const coverage = titleTerms.filter((t) => asked.has(t)).length / titleTerms.length;
    if (coverage >= MIN_TITLE_COVERAGE && (!best || coverage > best.coverage || (coverage === best.coverage && score > best.score))) best = { p, coverage, score };
  }
  return best?.p;
}

export function findNamedProducts(text: string, search: ProductSearch, products: Map<string, Product>, max = 2): Product[] {
  const found = new Map<string, Product>();
  for (const part of [text, ...text.split(SEPARATOR)]) {
    if (found.size >= max) break;
    // One product: the whole message goes first, as titles may hold a separator ("Salt & Pepper Mill").
    // Several: only the parts, so each names its own.
    if (part === text && SEPARATOR.test(text) && max > 1) continue;
    const p = bestNamed(part, search, products);
    if (p) found.set(p.id, p);
  }
  return [...found.values()];
}
