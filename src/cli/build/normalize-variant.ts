// CLI build: one variant FeedRecord (a Shopify row, a nested JSON variant, a Woo variation) → the
// product's variant shape: id, options and details, price and compare-at price, stock, own picture.
import type { Product } from '../../protocol/product.ts';
import { checkUrl } from './clean-text.ts';
import { lookup } from './feed-mapping.ts';
import { readFacts, type FactsContext } from './feed-facts.ts';
import type { FeedRecord } from './feed-record.ts';
import { firstImage, scalarText } from './feed-values.ts';
import { parseStock } from './parse-stock.ts';
import { readPrices } from './read-prices.ts';

export type Variant = NonNullable<Product['variants']>[number];

export interface VariantContext extends FactsContext {
  now: number;
}

/** Keys a variant's own picture may come under (Shopify "Variant Image", JSON `featured_image`). */
const VARIANT_IMAGE = ['variant_image', 'featured_image', 'image', 'image_link', 'image_src'];

export interface NormalizedVariant {
  variant: Variant;
  /** Its attribute keys that are details (share-variant-details.ts may move them to the product). */
  details: Set<string>;
}

export function normalizeVariant(rec: FeedRecord, ctx: VariantContext): NormalizedVariant | null {
  const idField = lookup(rec.fields, 'id', ctx.mapping);
  const id = idField ? scalarText(idField.value) : '';
  if (!id) {
    ctx.problems.error(rec.where, 'id', 'variant without an id or sku; give every variant its own id');
    return null;
  }
  const facts = readFacts(rec, ctx, `variant "${id}"`);
  const variant: Variant = { id, attributes: facts.attributes, inStock: readStock(rec, ctx, []) };
  const title = lookup(rec.fields, 'title', ctx.mapping);
  if (title) variant.title = scalarText(title.value);
  const prices = readPrices(rec.fields, ctx.mapping, ctx.now);
  if (!prices.ok) ctx.problems.warn(rec.where, prices.field, `${prices.message} (variant "${id}" kept without its own price)`);
  else {
    for (const p of prices.problems) ctx.problems.warn(rec.where, p.field, `${p.message} (variant "${id}" ${p.outcome})`);
    if (prices.prices.price !== undefined) variant.price = prices.prices.price;
    if (prices.prices.compareAtPrice !== undefined) variant.compareAtPrice = prices.prices.compareAtPrice;
  }
  const imageKey = VARIANT_IMAGE.find((k) => firstImage(rec.fields.get(k)));
  if (imageKey) {
    const checked = checkUrl(firstImage(rec.fields.get(imageKey)), true);
    if (checked.ok) variant.image = checked.url;
    else ctx.problems.warn(rec.where, imageKey, `${checked.message} (variant "${id}" kept without its own picture)`);
  }
  return { variant, details: facts.details };
}

export function readStock(rec: FeedRecord, ctx: FactsContext, variants: Variant[]): boolean {
  const field = lookup(rec.fields, 'stock', ctx.mapping);
  if (!field) return variants.length > 0 ? variants.some((v) => v.inStock) : true;
  const stock = parseStock(field.value);
  if (stock === undefined) {
    ctx.problems.warn(rec.where, field.key, `${JSON.stringify(field.value)} is not a stock value; write a quantity, true/false, "in stock" or "out of stock" (read as in stock)`);
    return true;
  }
  return stock;
}
