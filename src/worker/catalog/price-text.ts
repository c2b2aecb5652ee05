// Worker → catalog: prices as the page's language writes them, for RecommendedProduct.priceText. Done
// here, off the page's main thread: a page's first Intl.NumberFormat sets up ICU (40-120 ms measured on
// this project's machines), a long task the shop would feel; the worker pays it once, out of sight.

let lang = 'en';
const formatters = new Map<string, Intl.NumberFormat | null>();

/** The language prices are formatted in from now on (the UI's, from WorkerInit.lang). */
export function setPriceLanguage(next: string | undefined): void {
  if (next && next !== lang) {
    lang = next;
    formatters.clear();
  }
}

/** "€1,299.00", or undefined when Intl cannot format this currency (the UI then formats it itself). */
export function priceText(price: number, currency: string): string | undefined {
  const key = currency;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(lang, currency ? { style: 'currency', currency } : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      f = null;
    }
    formatters.set(key, f);
  }
  return f ? f.format(price) : undefined;
}
