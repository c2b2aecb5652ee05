// Conversation checks: everything the checks know about one shop: its products (from the feed file)
// and its help centre (from the FAQ file), looked up by product or variant id.
import type { FactProduct } from './fact-product.ts';
import type { HelpCentre } from './help-centre.ts';

export interface ShopFacts {
  /** "demo", "outdoor", "dummyjson". */
  shop: string;
  products: FactProduct[];
  helpCentre: HelpCentre;
  /** Product or variant id → product. */
  find(id: string): FactProduct | undefined;
}

export function shopFacts(shop: string, products: FactProduct[], helpCentre: HelpCentre): ShopFacts {
  const byId = new Map<string, FactProduct>();
  for (const p of products) {
    byId.set(p.id, p);
    for (const v of p.variantIds) byId.set(v, p);
  }
  return { shop, products, helpCentre, find: (id) => byId.get(id) };
}
