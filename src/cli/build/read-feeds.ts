// CLI build: every --feed file → checked Products. Picks the reader by extension/content, normalises,
// groups rows that share an item_group_id into variants, drops duplicate ids and settles currencies.
import { basename, extname } from 'node:path';
import type { Product } from '../../protocol/product.ts';
import { isCurrencyCode } from './currencies.ts';
import type { FeedMapping } from './feed-mapping.ts';
import type { FactsContext } from './feed-facts.ts';
import type { FeedRecord } from './feed-record.ts';
import { groupItemVariants } from './group-item-variants.ts';
import { unlistedReason } from './listing-status.ts';
import { normalizeProduct, type NormalizedProduct } from './normalize-product.ts';
import { formatWhere, type Problems, type Where } from './problems.ts';
import { readCsvFeed } from './read-csv-feed.ts';
import { readJsonFeed } from './read-json-feed.ts';
import type { UnitlessMeasure } from './read-measures.ts';
import { readText } from './read-text.ts';
import { readXmlFeed } from './read-xml-feed.ts';

export interface FeedOptions {
  problems: Problems;
  mapping: FeedMapping;
  currency?: string;
  site?: string;
  /** Build time (ms since the epoch) for dated sale prices; default now. */
  now?: number;
}

export interface ReadFeedsResult {
  products: Product[];
  /** Shop currency: --currency, else the most common one in the feeds. */
  currency: string;
  /** Variant id → product id, so orders that name variants count for their product. */
  variantOf: Map<string, string>;
  rows: number;
  formats: string[];
  /** Products left out because the feed marks them as not for sale, by reason ("draft": 3). */
  unlisted: Record<string, number>;
}

export function readFeeds(paths: string[], opts: FeedOptions): ReadFeedsResult {
  const { problems } = opts;
  const normalized: NormalizedProduct[] = [];
  const formats: string[] = [];
  const unlisted: Record<string, number> = Object.create(null) as Record<string, number>;
  // One note per feed and field, naming the first value: the fix is the same for every row.
  const unitless = new Map<string, { where: Where; found: UnitlessMeasure }>();
  const onUnitless: FactsContext['onUnitless'] = (where, found) => {
    const id = `${where.file}\u0000${found.key}`;
    if (!unitless.has(id)) unitless.set(id, { where, found });
  };
  const ctx = { problems, mapping: opts.mapping, site: opts.site, now: opts.now ?? Date.now(), onUnitless };
  let rows = 0;
  let hiddenVariants = 0;
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
      const reason = unlistedReason(rec.fields);
      if (reason) {
        unlisted[reason] = (unlisted[reason] ?? 0) + 1;
        continue;
      }
      const variants = rec.variants?.filter((v) => !unlistedReason(v.fields));
      hiddenVariants += (rec.variants?.length ?? 0) - (variants?.length ?? 0);
      const n = normalizeProduct(variants ? { ...rec, variants } : rec, ctx);
      if (n) normalized.push(n);
    }
  }
  noteLeftOut(problems, unlisted, hiddenVariants, paths);
  for (const { where, found } of unitless.values()) {
    const { key, kind, value } = found;
    const unit = kind === 'weight' ? 'kg' : 'cm';
    problems.note({ file: where.file }, key, `no unit is given for ${kind} ("${value}" at ${formatWhere(where)}), so ${kind} values are shown as bare numbers; name the unit in a --mapping file, {"units": {"${kind}": "${unit}"}}, to show "${value} ${unit}"`);
  }
  const grouped = groupItemVariants(normalized);
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
  return { products, currency, variantOf, rows, formats, unlisted };
}

function noteLeftOut(problems: Problems, unlisted: Record<string, number>, hiddenVariants: number, paths: string[]): void {
  const total = Object.values(unlisted).reduce((a, b) => a + b, 0);
  if (total > 0) {
    const reasons = Object.entries(unlisted).map(([r, n]) => `${n} ${r}`).join(', ');
    problems.note({ file: paths.length === 1 ? basename(paths[0]) : 'feeds' }, 'status', `${total} product${total === 1 ? '' : 's'} left out because the feed marks ${total === 1 ? 'it' : 'them'} as not for sale (${reasons}); publish ${total === 1 ? 'it' : 'them'} in your shop and export again to show ${total === 1 ? 'it' : 'them'}`);
  }
  if (hiddenVariants > 0) problems.note({ file: paths.length === 1 ? basename(paths[0]) : 'feeds' }, 'status', `${hiddenVariants} variant${hiddenVariants === 1 ? '' : 's'} left out because the feed marks ${hiddenVariants === 1 ? 'it' : 'them'} as not for sale`);
}

function readAnyFeed(src: ReturnType<typeof readText>, path: string, problems: Problems): { records: FeedRecord[]; format: string } {
  const ext = extname(path).toLowerCase();
  const head = src.text.trimStart().slice(0, 1);
  if (ext === '.json' || head === '[' || head === '{') return { records: readJsonFeed(src), format: 'json' };
  if (ext === '.xml' || ext === '.rss' || ext === '.atom' || head === '<') return { records: readXmlFeed(src), format: 'merchant-center-xml' };
  const { records, flavour } = readCsvFeed(src, problems);
  return { records, format: `${ext === '.tsv' ? 'tsv' : 'csv'}:${flavour}` };
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
