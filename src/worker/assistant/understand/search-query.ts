// Assistant, understanding: the structured form of a product request. Plain data (it is saved in the
// conversation state as the active search), so follow-ups ("in blue?", "cheaper", "not pink") edit it.
import type { MeasureLimit } from './parse-measure-limit.ts';
import type { PriceLimit } from './parse-price.ts';
import type { Superlative } from './parse-ranking.ts';

export interface Exclusions {
  colours: string[];
  materials: string[];
  brands: string[];
  /** Canonical terms no result may mention ("hood"). */
  terms: string[];
}

export interface SearchQuery {
  /** Canonical terms that name catalog categories ("shoe", "run"). */
  categoryTerms: string[];
  /** Other canonical content terms, for text relevance. */
  terms: string[];
  /** Terms of the purpose or recipient ("for a hiker"): ranking only, never required. */
  softTerms: string[];
  colours: string[];
  brand?: string;
  size?: string;
  material?: string;
  price?: PriceLimit;
  /** People the product must hold ("for 4 people"). */
  capacity?: number;
  /** Limits on a measure ("rated to 20°F or lower", "at least 50 litres"), at most one per measure. */
  measures?: MeasureLimit[];
  superlative?: Superlative;
  /** How many the shopper asked for ("the two cheapest"). */
  count?: number;
  exclude: Exclusions;
  includeOutOfStock: boolean;
  /** The product noun the shopper named (canonical) and its phrase as typed ("kayak", "sea kayaks"). */
  head?: { term: string; word: string };
}

export function emptyExclusions(): Exclusions {
  return { colours: [], materials: [], brands: [], terms: [] };
}

/** True when the query says anything a search could act on. */
export function hasSearchContent(q: SearchQuery): boolean {
  const ex = q.exclude;
  return (
    q.colours.length > 0 || q.categoryTerms.length > 0 || q.terms.length > 0 || q.softTerms.length > 0 || !!q.brand || !!q.material || !!q.size ||
    !!q.price || q.capacity !== undefined || !!q.measures?.length || !!q.superlative || ex.colours.length + ex.materials.length + ex.brands.length + ex.terms.length > 0
  );
}

/** True when the query names what is wanted (a category or words), not only a refinement of it. */
export function hasSubject(q: SearchQuery): boolean {
  return q.categoryTerms.length > 0 || q.terms.length > 0 || q.softTerms.length > 0;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * A follow-up edits the active search: new values win, open ones are inherited, the subject (category +
 * words) travels as one, and exclusions add up, except that asking for a value again lifts its exclusion.
 */
export function mergeQueries(previous: SearchQuery, next: SearchQuery): SearchQuery {
  // "wireless ones" after headphones: describing words with no kind of their own keep the active kind.
  const describes = hasSubject(next) && next.categoryTerms.length === 0 && previous.categoryTerms.length > 0;
  const subject = describes ? { ...next, categoryTerms: previous.categoryTerms, ...(previous.head ? { head: previous.head } : {}) } : hasSubject(next) ? next : previous;
  const colours = (next.colours.length ? next.colours : previous.colours).filter((c) => !next.exclude.colours.includes(c));
  const merged: SearchQuery = {
    categoryTerms: subject.categoryTerms,
    terms: subject.terms,
    softTerms: subject.softTerms,
    colours,
    exclude: {
      colours: union(previous.exclude.colours, next.exclude.colours).filter((c) => !next.colours.includes(c)),
      materials: union(previous.exclude.materials, next.exclude.materials).filter((m) => m !== next.material),
      brands: union(previous.exclude.brands, next.exclude.brands).filter((b) => b !== next.brand),
      terms: union(previous.exclude.terms, next.exclude.terms),
    },
    includeOutOfStock: next.includeOutOfStock || previous.includeOutOfStock,
  };
  const head = subject.head;
  const brand = next.brand ?? previous.brand;
  const size = next.size ?? previous.size;
  const material = next.material ?? previous.material;
  const price = next.price ?? previous.price;
  const capacity = next.capacity ?? previous.capacity;
  const superlative = next.superlative ?? previous.superlative;
  if (head) merged.head = head;
  if (brand && !next.exclude.brands.includes(brand)) merged.brand = brand;
  if (size) merged.size = size;
  if (material && !next.exclude.materials.includes(material)) merged.material = material;
  if (price) merged.price = price;
  if (capacity !== undefined) merged.capacity = capacity;
  // A new limit on a measure replaces the old one on that measure; limits on other measures hold.
  const measures = [...(previous.measures ?? []).filter((m) => !next.measures?.some((n) => n.measure === m.measure)), ...(next.measures ?? [])];
  if (measures.length) merged.measures = measures;
  if (superlative) merged.superlative = superlative;
  if (next.count !== undefined) merged.count = next.count;
  return merged;
}
