// CLI build: one FeedRecord → one Product (protocol shape). Every value is checked; a record without a
// usable id, title or price is skipped with a problem, a bad optional value is dropped with a warning.
import type { Product } from '../../protocol/product.ts';
import { fitProduct, TEXT_LIMITS } from '../../shared/text-limits.ts';
import { checkUrl, stripHtml } from './clean-text.ts';
import { isCurrencyCode } from './currencies.ts';
import { lookup, type FeedMapping } from './feed-mapping.ts';
import type { FeedRecord } from './feed-record.ts';
import { firstImage, readAttributes, readCategories, readList, scalarText } from './feed-values.ts';
import { parsePrice } from './parse-price.ts';
import type { Problems, Where } from './problems.ts';
import { parseStock } from './parse-stock.ts';

export interface NormalizeContext {
  problems: Problems;
  mapping: FeedMapping;
  /** Base URL of the shop, to turn Shopify handles into product URLs. */
  site?: string;
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

  const variants = (rec.variants ?? []).map((v) => normalizeVariant(v, ctx)).filter((v) => v !== null);
  const priceField = get('price');
  let price: number | undefined;
  let currency: string | undefined;
  if (priceField) {
    const parsed = parsePrice(priceField.value);
    if (!parsed.ok) {
      problems.error(at, priceField.key, parsed.message);
      return null;
    }
    price = parsed.price;
    currency = parsed.currency;
  } else if (variants.length > 0 && variants.some((v) => v.price !== undefined)) {
    price = Math.min(...variants.flatMap((v) => (v.price === undefined ? [] : [v.price])));
  } else {
    problems.error(at, 'price', `missing for product "${id}"; give every product a price like 12.99`);
    return null;
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

  const product: Product = {
    id,
    title,
    price,
    currency: currency ?? '',
    categories: readCategories(get('category')?.value),
    inStock: readStock(rec, ctx, variants),
    tags: readList(get('tags')?.value),
    attributes: readAttributes(rec.fields, mapping),
  };
  const brand = get('brand');
  if (brand) product.brand = scalarText(brand.value);
  const description = get('description');
  if (description) {
    const text = stripHtml(scalarText(description.value));
    if (text) product.description = text;
  }
  const url = get('url');
  if (url) {
    const raw = scalarText(url.value);
    const handle = url.key === 'handle' || (!raw.includes('/') && !raw.includes(':'));
    if (handle) {
      if (ctx.site) product.url = `${ctx.site.replace(/\/$/, '')}/products/${encodeURIComponent(raw)}`;
    } else {
      // A site path ("/product/42.html") is fine: the widget runs on the shop's own pages, where it resolves.
      const checked = checkUrl(raw, true);
      if (checked.ok) product.url = checked.url;
      else problems.warn(at, url.key, `${checked.message} (product "${id}" kept without a link)`);
    }
  }
  const image = get('image');
  if (image) {
    const raw = firstImage(image.value);
    if (raw) {
      const checked = checkUrl(raw, true);
      if (checked.ok) product.image = checked.url;
      else problems.warn(at, image.key, `${checked.message} (product "${id}" kept without an image)`);
    }
  }
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

type Variant = NonNullable<Product['variants']>[number];

function normalizeVariant(rec: FeedRecord, ctx: NormalizeContext): Variant | null {
  const idField = lookup(rec.fields, 'id', ctx.mapping);
  const id = idField ? scalarText(idField.value) : '';
  if (!id) {
    ctx.problems.error(rec.where, 'id', 'variant without an id or sku; give every variant its own id');
    return null;
  }
  const variant: Variant = { id, attributes: readAttributes(rec.fields, ctx.mapping), inStock: readStock(rec, ctx, []) };
  const title = lookup(rec.fields, 'title', ctx.mapping);
  if (title) variant.title = scalarText(title.value);
  const priceField = lookup(rec.fields, 'price', ctx.mapping);
  if (priceField) {
    const parsed = parsePrice(priceField.value);
    if (parsed.ok) variant.price = parsed.price;
    else ctx.problems.warn(rec.where, priceField.key, `${parsed.message} (variant "${id}" kept without its own price)`);
  }
  return variant;
}

function readStock(rec: FeedRecord, ctx: NormalizeContext, variants: Variant[]): boolean {
  const field = lookup(rec.fields, 'stock', ctx.mapping);
  if (!field) return variants.length > 0 ? variants.some((v) => v.inStock) : true;
  const stock = parseStock(field.value);
  if (stock === undefined) {
    ctx.problems.warn(rec.where, field.key, `${JSON.stringify(field.value)} is not a stock value; write a quantity, true/false, "in stock" or "out of stock" (read as in stock)`);
    return true;
  }
  return stock;
}
