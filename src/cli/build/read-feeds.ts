// CLI build: every --feed file → checked Products. Picks the reader by extension/content, normalises,
// groups rows that share an item_group_id into variants, drops duplicate ids and settles currencies.
import { extname } from 'node:path';
import type { Product } from '../../protocol/product.ts';
import { isCurrencyCode } from './currencies.ts';
import type { FeedMapping } from './feed-mapping.ts';
import type { FeedRecord } from './feed-record.ts';
import { normalizeProduct, type NormalizedProduct } from './normalize-product.ts';
import { getOwn, setOwn } from './own-record.ts';
import { formatWhere, type Problems } from './problems.ts';
import { readCsvFeed } from './read-csv-feed.ts';
import { readJsonFeed } from './read-json-feed.ts';
import { readText } from './read-text.ts';
import { readXmlFeed } from './read-xml-feed.ts';

export interface FeedOptions {
  problems: Problems;
  mapping: FeedMapping;
  currency?: string;
  site?: string;
}

export interface ReadFeedsResult {
  products: Product[];
  /** Shop currency: --currency, else the most common one in the feeds. */
  currency: string;
  /** Variant id → product id, so orders that name variants count for their product. */
  variantOf: Map<string, string>;
  rows: number;
  formats: string[];
}

export function readFeeds(paths: string[], opts: FeedOptions): ReadFeedsResult {
  const { problems } = opts;
  const normalized: NormalizedProduct[] = [];
  const formats: string[] = [];
  let rows = 0;
  for (const path of paths) {
    const src = readText(path, problems);
    const { records, format } = readAnyFeed(src, path, problems);
    formats.push(`${src.name} (${format})`);
    if (records.length === 0) {
      problems.error({ file: src.name }, undefined, 'the feed holds no products; check that you exported the right file');
      continue;
    }
    rows += records.length;
    for (const rec of records) {
      const n = normalizeProduct(rec, { problems, mapping: opts.mapping, site: opts.site });
      if (n) normalized.push(n);
    }
  }
  const grouped = groupVariants(normalized);
  const seen = new Map<string, NormalizedProduct>();
  const products: Product[] = [];
  const variantOf = new Map<string, string>();
  for (const n of grouped) {
    const first = seen.get(n.product.id);
    if (first) {
      problems.error(n.where, 'id', `duplicate id "${n.product.id}" (first seen at ${formatWhere(first.where)}); give every product its own id. This row was skipped`);
      continue;
    }
    seen.set(n.product.id, n);
    products.push(n.product);
    for (const v of n.product.variants ?? []) variantOf.set(v.id, n.product.id);
    // Shopify's "Default Title" variant: one variant without options adds nothing to show.
    const only = n.product.variants;
    if (only?.length === 1 && Object.keys(only[0].attributes).length === 0) delete n.product.variants;
  }
  const currency = settleCurrency(products, opts);
  return { products, currency, variantOf, rows, formats };
}

function readAnyFeed(src: ReturnType<typeof readText>, path: string, problems: Problems): { records: FeedRecord[]; format: string } {
  const ext = extname(path).toLowerCase();
  const head = src.text.trimStart().slice(0, 1);
  if (ext === '.json' || head === '[' || head === '{') return { records: readJsonFeed(src), format: 'json' };
  if (ext === '.xml' || ext === '.rss' || ext === '.atom' || head === '<') return { records: readXmlFeed(src), format: 'merchant-center-xml' };
  const { records, flavour } = readCsvFeed(src, problems);
  return { records, format: `${ext === '.tsv' ? 'tsv' : 'csv'}:${flavour}` };
}

/** Rows sharing an item_group_id / parent become one product whose variants are the rows. */
function groupVariants(list: NormalizedProduct[]): NormalizedProduct[] {
  const groups = new Map<string, NormalizedProduct[]>();
  const out: NormalizedProduct[] = [];
  for (const n of list) {
    if (!n.group || n.group === n.product.id) {
      out.push(n);
      continue;
    }
    const members = groups.get(n.group);
    if (members) members.push(n);
    else {
      const list2 = [n];
      groups.set(n.group, list2);
      out.push({ ...n, product: { ...n.product }, group: `\u0000${n.group}` });
    }
  }
  return out.map((n) => {
    if (!n.group?.startsWith('\u0000')) return n;
    const members = groups.get(n.group.slice(1)) ?? [];
    if (members.length < 2) return { ...n, product: members[0].product, group: undefined };
    const base = members[0].product;
    const product: Product = {
      ...base,
      id: n.group.slice(1),
      price: Math.min(...members.map((m) => m.product.price)),
      inStock: members.some((m) => m.product.inStock),
      attributes: commonAttributes(members.map((m) => m.product.attributes)),
      variants: members.map((m) => ({ id: m.product.id, title: m.product.title, price: m.product.price, attributes: m.product.attributes, inStock: m.product.inStock })),
    };
    return { product, where: members[0].where };
  });
}

function commonAttributes(all: Array<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(all[0])) if (all.every((a) => getOwn(a, k) === v)) setOwn(out, k, v);
  return out;
}

function settleCurrency(products: Product[], opts: FeedOptions): string {
  let currency = opts.currency?.toUpperCase();
  if (!currency) {
    const counts = new Map<string, number>();
    for (const p of products) if (p.currency) counts.set(p.currency, (counts.get(p.currency) ?? 0) + 1);
    currency = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  if (!currency) {
    currency = 'USD';
    if (products.length > 0) opts.problems.warn({ file: 'feeds' }, 'currency', 'no currency in the feeds and no --currency; prices are read as USD. Pass --currency with your shop\'s ISO 4217 code, e.g. --currency EUR');
  }
  if (!isCurrencyCode(currency)) throw new Error(`--currency ${opts.currency} is not an ISO 4217 code; use one like EUR, USD or GBP`);
  for (const p of products) if (!p.currency) p.currency = currency;
  return currency;
}
