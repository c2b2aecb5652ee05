// Protocol: the product shapes that cross every boundary (CLI → index → worker → UI → merchant page).
import type { ReasonKind } from './recommend.ts';

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
  /** The merchant's alt text for `image` (Shopify "Image Alt Text"), for the picture's `alt`. */
  imageAlt?: string;
  /**
   * The regular price while the product is on sale ("was $249"): always above `price`, in the same
   * currency. From Shopify's "Compare At Price", or the regular price of a feed whose sale price is in
   * effect. For a product with variants, the compare-at price of the variant `price` comes from.
   */
  compareAtPrice?: number;
  /** Average review rating on a 0-5 scale (feeds on another scale are rescaled), 2 decimals at most. */
  rating?: number;
  /** How many reviews (or ratings) `rating` averages; 0 when the feed says none yet. */
  reviewCount?: number;
  /** false when the feed says out of stock. */
  inStock: boolean;
  tags: string[];
  /**
   * Free attributes, lower-case snake_case keys, values are display strings: what the product is
   * (colour, size, material, temperature_rating, ...) and what a shopper asks about it (weight "1.2 kg",
   * dimensions "L 30 × W 20 × H 10 cm", warranty, returns, shipping, condition, barcode, ...). The keys
   * Aisle writes itself are listed in README ("The merchant CLI").
   */
  attributes: Record<string, string>;
  /**
   * Variant ids grouped under this product (size/colour), when the feed has variants. A variant's
   * attributes hold its options and the details where it differs from the product (its own weight).
   */
  variants?: Array<{ id: string; title?: string; price?: number; compareAtPrice?: number; image?: string; attributes: Record<string, string>; inStock: boolean }>;
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
  /** A short human sentence: "Often bought with Trail Runner 2". */
  reason: string;
  /** The kind of evidence the reason names (recommendations only): the "Why am I seeing this?" text follows it. */
  why?: ReasonKind;
  /**
   * The price as the page's language writes it ("€1,299.00"), formatted in the worker: the first
   * Intl.NumberFormat of a page costs 40-120 ms of ICU set-up, which on the page would be a long task.
   */
  priceText?: string;
}
