// Conversation checks: a product as the checks see it, read from the merchant's own source file (not
// from the index the CLI wrote, nor from anything the assistant says), so an answer can be checked
// against what the catalog states.

/** Numbers a shopper asks about ("for 4 people", "warmest", "at least 40 litres", "best rated"). */
export type NumberFact = 'capacity' | 'tempF' | 'litres' | 'lumens' | 'weightG' | 'rating' | 'watts' | 'cm';
/** Yes/no properties ("is it waterproof?"); absent = the catalog does not say. */
export type FlagFact = 'waterproof' | 'hooded' | 'sweatResistant' | 'noiseCancelling' | 'dishwasherSafe' | 'inductionReady';

export interface FactProduct {
  id: string;
  title: string;
  /** The price a shopper pays for the cheapest variant. */
  price: number;
  /** Every variant's price (the product's own when it has no variants). */
  prices: number[];
  brand: string;
  categories: string[];
  /** What the shop calls this kind of product: the demo's leaf category, Shopify's Type, DummyJSON's category. */
  type: string;
  colours: string[];
  sizes: string[];
  /** Sizes with a variant in stock (every size when the feed has no per-size stock). */
  availableSizes: string[];
  materials: string[];
  tags: string[];
  inStock: boolean;
  /** Title, description and tags, lower case: what the catalog says about it in words. */
  text: string;
  numbers: Partial<Record<NumberFact, number>>;
  flags: Partial<Record<FlagFact, boolean>>;
  /** Variant ids that stand for this product in an answer. */
  variantIds: string[];
}
