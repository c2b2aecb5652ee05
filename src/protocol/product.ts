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
  /** A short human sentence: "Often bought with Trail Runner 2". */
  reason: string;
  /** The kind of evidence the reason names (recommendations only): the "Why am I seeing this?" text follows it. */
  why?: ReasonKind;
}
