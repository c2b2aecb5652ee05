// Protocol: the product shapes that cross every boundary (CLI → index → worker → UI → merchant page).

/** A product as the index stores it and the worker holds it in memory. */
export interface Product {
  id: string;
  title: string;
  /** Price in the currency's major unit (19.99), always a finite number ≥ 0. */
  price: number;
  /** ISO 4217 code, upper case. */
  currency: string;
  /** Breadcrumb from broad to narrow, e.g. ["Shoes", "Running"]. Empty when the feed has none. */
  categories: string[];
  brand?: string;
  description?: string;
  /** http(s) URL of the product page. */
  url?: string;
  /** http(s) or site-relative URL of the main image. */
  image?: string;
  /** false when the feed says out of stock. */
  inStock: boolean;
  tags: string[];
  /** Free attributes, lower-case keys: colour, size, material, ... Values are display strings. */
  attributes: Record<string, string>;
  /** Variant ids grouped under this product (size/colour), when the feed has variants. */
  variants?: Array<{ id: string; title?: string; price?: number; attributes: Record<string, string>; inStock: boolean }>;
}

/** The public result shape of `Aisle.recommend` and of product cards in chat answers. */
export interface RecommendedProduct {
  id: string;
  title: string;
  price: number;
  currency?: string;
  category?: string;
  url?: string;
  image?: string;
  /** A short human sentence: "Because you viewed Trail Runner 2". */
  reason: string;
  /**
   * The price as the page's language writes it ("€1,299.00"), formatted in the worker: the first
   * Intl.NumberFormat of a page costs 40-120 ms of ICU set-up, which on the page would be a long task.
   */
  priceText?: string;
}
