// CLI build: a record's price, and its compare-at ("was") price when it is on sale: Shopify's Compare At
// Price, or a sale price (Merchant Center, WooCommerce) that is in effect at build time, whose regular
// price then becomes the compare-at price. A sale that has ended or not begun leaves the regular price.
import { lookup, type FeedMapping } from './feed-mapping.ts';
import { scalarText } from './feed-values.ts';
import { parsePrice } from './parse-price.ts';

export interface Prices {
  price?: number;
  currency?: string;
  compareAtPrice?: number;
  /** ISO date the sale in effect ends on, when the feed says. */
  saleEnds?: string;
}

/** A bad optional value; `outcome` says what was kept instead ("kept at its regular price"). */
export interface PriceProblem {
  field: string;
  message: string;
  outcome: string;
}

export type PricesResult = { ok: true; prices: Prices; problems: PriceProblem[] } | { ok: false; field: string; message: string };

export function readPrices(fields: Map<string, unknown>, mapping: FeedMapping, now: number): PricesResult {
  const problems: PriceProblem[] = [];
  const regularField = lookup(fields, 'price', mapping);
  const regular = regularField ? parsePrice(regularField.value) : undefined;
  if (regularField && regular && !regular.ok) return { ok: false, field: regularField.key, message: regular.message };
  const saleField = lookup(fields, 'sale_price', mapping);
  let sale = saleField ? parsePrice(saleField.value) : undefined;
  if (saleField && sale && !sale.ok) {
    problems.push({ field: saleField.key, message: sale.message, outcome: 'kept at its regular price' });
    sale = undefined;
  }
  const base = regular?.ok ? regular : undefined;
  const onSale = sale?.ok ? sale : undefined;
  if (onSale) {
    const window = saleWindow(fields);
    if ('message' in window) problems.push({ field: window.field, message: window.message, outcome: 'kept at its sale price' });
    const running = 'message' in window || ((window.start === undefined || now >= window.start) && (window.end === undefined || now < window.end));
    if (!base || (running && onSale.price < base.price)) {
      const prices: Prices = { price: onSale.price, currency: onSale.currency ?? base?.currency };
      if (base && base.price > onSale.price) prices.compareAtPrice = base.price;
      if (!('message' in window) && window.lastDay && base) prices.saleEnds = window.lastDay;
      return { ok: true, prices, problems };
    }
  }
  if (!base) return { ok: true, prices: {}, problems };
  const prices: Prices = { price: base.price, currency: base.currency };
  const compareField = lookup(fields, 'compare_at_price', mapping);
  if (compareField) {
    const compare = parsePrice(compareField.value);
    if (!compare.ok) problems.push({ field: compareField.key, message: compare.message, outcome: 'kept without a compare-at price' });
    // Shopify leaves an old compare-at price at or below the price when a sale ends: not a sale.
    else if (compare.price > base.price) prices.compareAtPrice = compare.price;
  }
  return { ok: true, prices, problems };
}

/** `lastDay`: the sale's last day as the feed writes it (its own time zone), "2025-06-30". */
type SaleWindow = { start?: number; end?: number; lastDay?: string } | { field: string; message: string };

const DATE_FIX = 'write dates like 2025-06-01 or 2025-06-01T09:00-07:00';

/** When the sale price applies: Merchant Center's "start/end" interval, WooCommerce's two date columns. */
function saleWindow(fields: Map<string, unknown>): SaleWindow {
  const interval = scalarText(fields.get('sale_price_effective_date'));
  if (interval) {
    const [from, to, extra] = interval.split('/');
    const start = Date.parse(from);
    const end = to === undefined ? NaN : Date.parse(to);
    if (extra !== undefined || !Number.isFinite(start) || !Number.isFinite(end)) {
      return { field: 'sale_price_effective_date', message: `"${interval}" is not a date range; write it as start/end, e.g. 2025-06-01T09:00-07:00/2025-06-30T23:59-07:00` };
    }
    return { start, end, lastDay: isoDay(to) };
  }
  const out: { start?: number; end?: number; lastDay?: string } = {};
  for (const [side, keys] of [['start', ['date_sale_price_starts', 'date_on_sale_from']], ['end', ['date_sale_price_ends', 'date_on_sale_to']]] as const) {
    const key = keys.find((k) => scalarText(fields.get(k)));
    if (!key) continue;
    const raw = scalarText(fields.get(key));
    const ms = Date.parse(raw);
    if (!Number.isFinite(ms)) return { field: key, message: `"${raw}" is not a date; ${DATE_FIX}` };
    // WooCommerce's end date is the last day of the sale: it ends when that day does.
    out[side] = side === 'end' && /^\d{4}-\d{2}-\d{2}(?:[ T]00:00(?::00)?)?$/.test(raw) ? ms + 86_400_000 : ms;
    if (side === 'end') out.lastDay = isoDay(raw);
  }
  return out;
}

function isoDay(s: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(s.trim())?.[0];
}
