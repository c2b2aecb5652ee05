// Assistant, retrieval: the slots as named hard filters. Every returned product satisfies all of them;
// when none does, the search drops one filter at a time (in `RELAX_ORDER`) and names the one it dropped.
import type { Product } from '../../../protocol/product.ts';
import type { CatalogVocab } from '../understand/catalog-vocab.ts';
import type { Slots } from '../understand/extract-slots.ts';
import { baseColours, hasMaterial, isAvailable, sizeValues } from './product-facts.ts';

/** Price bounds in force; `label` replaces the numbers when they were derived, not said by the shopper. */
export interface PriceBounds {
  min?: number;
  max?: number;
  label?: string;
}

export type FilterName = 'size' | 'material' | 'colour' | 'price' | 'brand' | 'category' | 'stock';

export interface Filter {
  name: FilterName;
  /** What the shopper asked for, for the answer: "red", "under 100", "size M". */
  label: string;
  test: (p: Product) => boolean;
}

/** Which filter to give up first when nothing matches all of them. */
export const RELAX_ORDER: FilterName[] = ['size', 'material', 'colour', 'brand', 'price', 'stock', 'category'];

/**
 * Products whose breadcrumb covers all the query's category terms. When no product covers them all
 * ("headphones for running"), the rarest term is taken as the head: it names the narrower category.
 */
function categoryFilter(products: Product[], slots: Slots, vocab: CatalogVocab): Filter | null {
  const asked = slots.categoryTerms;
  if (asked.length === 0) return null;
  const covers = (p: Product, t: string): boolean => vocab.categoryTermsOf.get(p.id)?.has(t) ?? false;
  if (products.some((p) => asked.every((t) => covers(p, t)))) {
    return { name: 'category', label: asked.join(' '), test: (p) => asked.every((t) => covers(p, t)) };
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

export function buildFilters(products: Product[], slots: Slots, vocab: CatalogVocab, priceLimit: PriceBounds | null): Filter[] {
  const filters: Filter[] = [];
  const category = categoryFilter(products, slots, vocab);
  if (category) filters.push(category);
  if (slots.colours.length > 0) {
    filters.push({ name: 'colour', label: slots.colours.join(' or '), test: (p) => slots.colours.some((c) => baseColours(p, true).has(c)) });
  }
  if (priceLimit && (priceLimit.min !== undefined || priceLimit.max !== undefined)) {
    const { min = 0, max = Number.POSITIVE_INFINITY } = priceLimit;
    const label = priceLimit.label ?? (priceLimit.min !== undefined && priceLimit.max !== undefined ? `between ${min} and ${max}` : priceLimit.max !== undefined ? `under ${max}` : `over ${min}`);
    filters.push({ name: 'price', label, test: (p) => p.price >= min && p.price <= max });
  }
  if (slots.brand) {
    const brand = slots.brand.toLowerCase();
    filters.push({ name: 'brand', label: slots.brand, test: (p) => (p.brand ?? '').toLowerCase() === brand });
  }
  if (slots.size) {
    const size = slots.size;
    filters.push({ name: 'size', label: `size ${size}`, test: (p) => sizeValues(p).includes(size) });
  }
  if (slots.material) {
    const material = slots.material;
    filters.push({ name: 'material', label: material, test: (p) => hasMaterial(p, material) });
  }
  if (!slots.includeOutOfStock) filters.push({ name: 'stock', label: 'in stock', test: isAvailable });
  return filters;
}

export function passesAll(p: Product, filters: Filter[]): boolean {
  return filters.every((f) => f.test(p));
}
