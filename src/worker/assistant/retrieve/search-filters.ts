// Assistant, retrieval: the query as named hard filters. Every returned product satisfies all of them;
// when none does, the search drops one filter at a time (in `RELAX_ORDER`) and names the one it dropped.
// Exclusions ("not pink", "without a hood") are never dropped: the shopper ruled those products out.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms, type CatalogVocab } from '../understand/catalog-vocab.ts';
import type { SearchQuery } from '../understand/search-query.ts';
import { baseColours, hasMaterial, isAvailable, sizeValues } from './product-facts.ts';
import { withinLimit } from '../understand/parse-measure-limit.ts';
import { measureOf } from './product-measures.ts';

/** Price bounds in force; `label` replaces the numbers when they were derived, not said by the shopper. */
export interface PriceBounds {
  min?: number;
  max?: number;
  label?: string;
}

export type FilterName = 'size' | 'material' | 'colour' | 'price' | 'brand' | 'capacity' | 'measure' | 'category' | 'stock' | 'exclude';

export interface Filter {
  name: FilterName;
  /** What the shopper asked for, for the answer: "red", "under 100", "size M", "not pink". */
  label: string;
  test: (p: Product) => boolean;
}

/** Which filter to give up first when nothing matches all of them. */
export const RELAX_ORDER: FilterName[] = ['size', 'material', 'colour', 'brand', 'capacity', 'measure', 'price', 'stock', 'category'];

/**
 * Products whose breadcrumb covers all the query's category terms. When no product covers them all
 * ("headphones for running"), the rarest term is taken as the head: it names the narrower category.
 */
function categoryFilter(products: Product[], q: SearchQuery, vocab: CatalogVocab): Filter | null {
  const asked = q.categoryTerms;
  if (asked.length === 0) return null;
  const covers = (p: Product, t: string): boolean => vocab.kindTermsOf.get(p.id)?.has(t) ?? false;
  if (products.some((p) => asked.every((t) => covers(p, t)))) {
    // "bags" means the Bags category, not also Sleeping Bags: when some category's own name is made of
    // the asked words only, products of such categories are the ones meant.
    const leafIn = (p: Product) => {
      const leaf = vocab.leafTermsOf.get(p.id);
      return !!leaf && leaf.size > 0 && [...leaf].every((t) => asked.includes(t));
    };
    const exact = products.some((p) => asked.every((t) => covers(p, t)) && leafIn(p));
    return { name: 'category', label: asked.join(' '), test: (p) => asked.every((t) => covers(p, t)) && (!exact || leafIn(p)) };
  }
  let head: string | undefined;
  let headCount = Number.POSITIVE_INFINITY;
  for (const t of asked) {
    const count = products.filter((p) => covers(p, t)).length;
    if (count > 0 && count < headCount) [head, headCount] = [t, count];
  }
  if (head === undefined) return null;
  const term = head;
  return { name: 'category', label: term, test: (p) => covers(p, term) };
}

/** "for 4 people": exactly 4 when the shop has such products, else at least 4 (said in the label). */
function capacityFilter(products: Product[], n: number): Filter {
  const exact = products.some((p) => measureOf(p, 'capacity') === n);
  return exact
    ? { name: 'capacity', label: `for ${n} ${n === 1 ? "person" : "people"}`, test: (p) => measureOf(p, 'capacity') === n }
    : { name: 'capacity', label: `for at least ${n} ${n === 1 ? "person" : "people"}`, test: (p) => (measureOf(p, 'capacity') ?? 0) >= n };
}

const textCache = new WeakMap<Product, Set<string>>();

/** What a description says a product lacks ("without a hood", "no leather", "Hood: none"). */
const LACKS = /\b(?:without|no|non|not|zero)\s+(?:a\s+|an\s+|the\s+|any\s+)?[\w-]+|\b[\w-]+\s*:\s*(?:none|no|n\/a)\b/gi;

/**
 * Every canonical term a product's own text holds: an exclusion must see the description too, but not
 * what the description says the product lacks ("The Ridge without a hood" is no hood to exclude).
 */
function allTerms(p: Product): Set<string> {
  let t = textCache.get(p);
  if (!t) textCache.set(p, (t = new Set(canonicalTerms(`${p.title} ${p.tags.join(' ')} ${Object.values(p.attributes).join(' ')} ${(p.description ?? '').replace(LACKS, ' ')}`))));
  return t;
}

/** The product's own text states the term, not only that it lacks it ("Not waterproof" states no waterproofing). */
export function statesTerm(p: Product, term: string): boolean {
  return allTerms(p).has(term);
}

function exclusionFilter(q: SearchQuery): Filter | null {
  const { colours, materials, brands, terms } = q.exclude;
  if (colours.length + materials.length + brands.length + terms.length === 0) return null;
  const label = `not ${[...colours, ...materials, ...brands, ...terms].join(', not ')}`;
  const brandSet = new Set(brands.map((b) => b.toLowerCase()));
  return {
    name: 'exclude',
    label,
    test: (p) =>
      // A product that also comes in other colours stays: the shopper can pick one of those.
      !(baseColours(p).size > 0 && [...baseColours(p)].every((c) => colours.includes(c))) &&
      !materials.some((m) => hasMaterial(p, m)) &&
      !brandSet.has((p.brand ?? '').toLowerCase()) &&
      !terms.some((t) => allTerms(p).has(t)),
  };
}

export function buildFilters(products: Product[], q: SearchQuery, vocab: CatalogVocab, priceLimit: PriceBounds | null): Filter[] {
  const filters: Filter[] = [];
  const category = categoryFilter(products, q, vocab);
  if (category) filters.push(category);
  if (q.colours.length > 0) filters.push({ name: 'colour', label: q.colours.join(' or '), test: (p) => q.colours.some((c) => baseColours(p, true).has(c)) });
  if (priceLimit && (priceLimit.min !== undefined || priceLimit.max !== undefined)) {
    const { min = 0, max = Number.POSITIVE_INFINITY } = priceLimit;
    const round = (n: number) => String(Math.round(n * 100) / 100);
    const label = priceLimit.label ?? (priceLimit.min !== undefined && priceLimit.max !== undefined ? `between ${round(min)} and ${round(max)}` : priceLimit.max !== undefined ? `under ${round(max)}` : `over ${round(min)}`);
    filters.push({ name: 'price', label, test: (p) => p.price >= min && p.price <= max });
  }
  if (q.brand) {
    const brand = q.brand.toLowerCase();
    filters.push({ name: 'brand', label: q.brand, test: (p) => (p.brand ?? '').toLowerCase() === brand });
  }
  if (q.capacity !== undefined) filters.push(capacityFilter(category ? products.filter(category.test) : products, q.capacity));
  // "rated to 20°F or lower": a product that does not state the measure cannot be said to meet it.
  for (const limit of q.measures ?? []) {
    filters.push({ name: 'measure', label: limit.label, test: (p) => { const v = measureOf(p, limit.measure); return v !== undefined && withinLimit(v, limit); } });
  }
  if (q.size) {
    const size = q.size;
    filters.push({ name: 'size', label: `size ${size}`, test: (p) => sizeValues(p).includes(size) });
  }
  if (q.material) {
    const material = q.material;
    filters.push({ name: 'material', label: material, test: (p) => hasMaterial(p, material) });
  }
  const exclusion = exclusionFilter(q);
  if (exclusion) filters.push(exclusion);
  if (!q.includeOutOfStock) filters.push({ name: 'stock', label: 'in stock', test: isAvailable });
  return filters;
}

export function passesAll(p: Product, filters: Filter[]): boolean {
  return filters.every((f) => f.test(p));
}
