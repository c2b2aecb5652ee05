// CLI build: one FeedRecord → one Product (protocol shape). Every value is checked; a record without a
// usable id, title or price is skipped with a problem, a bad optional value is dropped with a warning.
import type { Product } from '../../protocol/product.ts';
import { capText, fitProduct, TEXT_LIMITS } from '../../shared/text-limits.ts';
import { checkUrl, stripHtml } from './clean-text.ts';
import { isCurrencyCode } from './currencies.ts';
import { readFacts, type FactsContext } from './feed-facts.ts';
import { lookup } from './feed-mapping.ts';
import type { FeedRecord } from './feed-record.ts';
import { firstImage, firstImageAlt, readCategories, readList, scalarText } from './feed-values.ts';
import { normalizeVariant, readStock, type Variant } from './normalize-variant.ts';
import type { Where } from './problems.ts';
import { readPrices } from './read-prices.ts';
import { readRating, readReviewCount } from './read-rating.ts';
import { shareVariantDetails } from './share-variant-details.ts';

export interface NormalizeContext extends FactsContext {
  /** Base URL of the shop, to turn Shopify handles into product URLs. */
  site?: string;
  /** Build time (ms): decides whether a dated sale price is in effect. */
  now: number;
}

export interface NormalizedProduct {
  product: Product;
  where: Where;
  /** Feed group (item_group_id / parent), for variants listed as separate rows. */
  group?: string;
}

/** What a cut counts: characters, or items for the list fields. */
const COUNTED_ITEMS = new Set(['categories', 'tags', 'attributes', 'variants']);

export function normalizeProduct(rec: FeedRecord, ctx: NormalizeContext): NormalizedProduct | null {
  const { problems, mapping } = ctx;
  const at = rec.where;
  const get = (name: Parameters<typeof lookup>[1]) => lookup(rec.fields, name, mapping);

  const idField = get('id');
  const id = idField ? scalarText(idField.value) : '';
  if (!id) {
    problems.error(at, 'id', 'missing; every product needs an id (a column or key named id or sku; or map one with --mapping)');
    return null;
  }
  if (id.length > TEXT_LIMITS.id) {
    problems.error(at, idField!.key, `${id.length.toLocaleString('en')} characters long; ids of up to ${TEXT_LIMITS.id} characters are kept, give this product a shorter id`);
    return null;
  }
  const titleField = get('title');
  const title = titleField ? stripHtml(scalarText(titleField.value)) : '';
  if (!title) {
    problems.error(at, 'title', `missing for product "${id}"; give every product a title (column title or name)`);
    return null;
  }

  const normalized = (rec.variants ?? []).map((v) => normalizeVariant(v, ctx)).filter((v) => v !== null);
  const variants = normalized.map((n) => n.variant);
  const prices = readPrices(rec.fields, mapping, ctx.now);
  if (!prices.ok) {
    problems.error(at, prices.field, prices.message);
    return null;
  }
  for (const p of prices.problems) problems.warn(at, p.field, `${p.message} (product "${id}" ${p.outcome})`);
  let { price, currency, compareAtPrice } = prices.prices;
  if (price === undefined) {
    // The product's price is its cheapest variant's, and so is its compare-at price ("from $59, was $79").
    const cheapest = cheapestVariant(variants);
    if (!cheapest) {
      problems.error(at, 'price', `missing for product "${id}"; give every product a price like 12.99`);
      return null;
    }
    price = cheapest.price;
    compareAtPrice = cheapest.compareAtPrice;
  }

  const currencyField = get('currency');
  if (currencyField) {
    const code = scalarText(currencyField.value).toUpperCase();
    if (!isCurrencyCode(code)) {
      problems.error(at, currencyField.key, `"${scalarText(currencyField.value)}" is not an ISO 4217 currency code; use a three-letter code such as EUR, USD or GBP`);
      return null;
    }
    currency = code;
  }

  const { attributes } = readFacts(rec, ctx, `product "${id}"`);
  if (prices.prices.saleEnds) attributes.sale_ends = prices.prices.saleEnds;
  shareVariantDetails(attributes, normalized);
  const product: Product = {
    id,
    title,
    price: price!,
    currency: currency ?? '',
    categories: readCategories(get('category')?.value),
    inStock: readStock(rec, ctx, variants),
    tags: readList(get('tags')?.value),
    attributes,
  };
  if (compareAtPrice !== undefined) product.compareAtPrice = compareAtPrice;
  readReviews(rec, ctx, product);
  const brand = get('brand');
  const brandName = brand ? brandOf(brand) : '';
  if (brandName) product.brand = brandName;
  const description = get('description');
  if (description) {
    const text = stripHtml(scalarText(description.value));
    if (text) product.description = text;
  }
  readLink(rec, ctx, product);
  readImage(rec, ctx, product);
  if (variants.length > 0) product.variants = variants;
  // Every text within the index's limits (the assistant quotes from them, the UI shows them, the
  // index should stay small): longer values are cut, with one warning each.
  const fitted = fitProduct(product, (field, length, limit) => {
    const unit = COUNTED_ITEMS.has(field) ? 'items' : 'characters';
    problems.warn(at, field, `${length.toLocaleString('en')} ${unit} for product "${id}"; kept the first ${limit} (longer values are cut)`);
  });
  if (!fitted) {
    problems.error(at, 'id', `product "${id}" is not a usable product (id, title and price checked above); fix the row`);
    return null;
  }
  const group = get('group');
  return { product: fitted, where: at, group: group ? scalarText(group.value).replace(/^id:/, '') : undefined };
}

function cheapestVariant(variants: Variant[]): (Variant & { price: number }) | undefined {
  let best: (Variant & { price: number }) | undefined;
  for (const v of variants) if (v.price !== undefined && (!best || v.price < best.price)) best = v as Variant & { price: number };
  return best;
}

function readReviews(rec: FeedRecord, ctx: NormalizeContext, product: Product): void {
  const ratingField = lookup(rec.fields, 'rating', ctx.mapping);
  if (ratingField) {
    const r = readRating(ratingField.value);
    if (!r.ok) ctx.problems.warn(rec.where, ratingField.key, `${r.message} (product "${product.id}" kept without a rating)`);
    else if (r.value !== undefined) product.rating = r.value;
  }
  const countField = lookup(rec.fields, 'review_count', ctx.mapping);
  if (countField) {
    const c = readReviewCount(countField.value, countField.key);
    if (!c.ok) ctx.problems.warn(rec.where, countField.key, `${c.message} (product "${product.id}" kept without a review count)`);
    else if (c.value !== undefined) product.reviewCount = c.value;
  }
}

function readLink(rec: FeedRecord, ctx: NormalizeContext, product: Product): void {
  const url = lookup(rec.fields, 'url', ctx.mapping);
  if (!url) return;
  const raw = scalarText(url.value);
  const handle = url.key === 'handle' || (!raw.includes('/') && !raw.includes(':'));
  if (handle) {
    if (ctx.site) product.url = `${ctx.site.replace(/\/$/, '')}/products/${encodeURIComponent(raw)}`;
    return;
  }
  // A site path ("/product/42.html") is fine: the widget runs on the shop's own pages, where it resolves.
  const checked = checkUrl(raw, true);
  if (checked.ok) product.url = checked.url;
  else ctx.problems.warn(rec.where, url.key, `${checked.message} (product "${product.id}" kept without a link)`);
}

/** Alt text columns (Shopify "Image Alt Text"); JSON images may carry their own `alt`. */
const ALT_KEYS = ['image_alt_text', 'image_alt', 'alt_text'];

function readImage(rec: FeedRecord, ctx: NormalizeContext, product: Product): void {
  const image = lookup(rec.fields, 'image', ctx.mapping);
  const raw = image ? firstImage(image.value) : '';
  if (!image || !raw) return;
  const checked = checkUrl(raw, true);
  if (!checked.ok) {
    ctx.problems.warn(rec.where, image.key, `${checked.message} (product "${product.id}" kept without an image)`);
    return;
  }
  product.image = checked.url;
  const alt = stripHtml(ALT_KEYS.map((k) => scalarText(rec.fields.get(k))).find(Boolean) ?? firstImageAlt(image.value));
  if (alt) product.imageAlt = capText(alt, TEXT_LIMITS.title);
}

/**
 * A brand column's value. WooCommerce's `Brands` (9.6+) is a list, "Acme, Other" in its CSV export and
 * [{ id, name, slug }] in its REST API: the first brand is the product's.
 */
function brandOf(found: { key: string; value: unknown }): string {
  if (found.key !== 'brands') return scalarText(found.value);
  const names = Array.isArray(found.value) ? found.value.map((b) => scalarText(b && typeof b === 'object' ? (b as { name?: unknown }).name : b)) : readList(found.value);
  return names.find(Boolean) ?? '';
}
