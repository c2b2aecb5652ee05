// Worker recommender: what the shopper is focused on right now: the category on screen (a category page),
// else the category most of the latest items share. "For you" leads with it and with the categories the
// shop's customers buy with it (from the filtered co-purchase table), and spreads over the rest after them.
import type { CatalogIndexes } from './catalog-indexes.ts';
import type { ShopperProfile } from './shopper-profile.ts';
import { categoryOf } from './strategy-context.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';

/** The latest items looked at, and how many of them must share a category to call it a focus. */
const WINDOW = 4;
const AGREE = 3;
const COMPLEMENTS = 3;

export interface SessionFocus {
  category: string;
  /** The focus and its complement categories. */
  leads: ReadonlySet<string>;
}

export function sessionFocus(profile: ShopperProfile, catalog: CatalogData, indexes: CatalogIndexes, pageCategory?: string): SessionFocus | null {
  const focus = (category: string): SessionFocus => ({ category, leads: new Set([category, ...indexes.complementsOf(category).slice(0, COMPLEMENTS).map(([c]) => c)]) });
  // The category on screen leads alone: complements of it bought with an unrelated history would not.
  if (pageCategory) return { category: pageCategory, leads: new Set([pageCategory]) };
  const latest = profile.recent.slice(-WINDOW);
  if (latest.length < AGREE) return null;
  const counts = new Map<string, number>();
  for (const h of latest) {
    const c = categoryOf(catalog.byId.get(h.productId));
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const [category, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return category && n! >= AGREE ? focus(category) : null;
}

/**
 * Leads the list: a product of the focus, or of a complement category and bought with what was looked at
 * (`boughtWith`: its bought-with term).
 */
export function leadsWith(focus: SessionFocus, catalog: CatalogData, productId: string, boughtWith: number): boolean {
  const cat = categoryOf(catalog.byId.get(productId));
  return !!cat && (cat === focus.category || (focus.leads.has(cat) && boughtWith > 0));
}
