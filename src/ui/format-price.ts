// UI helper: product prices as the shopper's language writes them (Intl), cached per locale+currency.

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, currency: string | undefined): Intl.NumberFormat {
  const key = `${lang}|${currency ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, currency ? { style: 'currency', currency } : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      // A bad language tag or currency code (RangeError) must not blank the card: plain number instead.
      f = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    cache.set(key, f);
  }
  return f;
}

export function formatPrice(price: number, currency: string | undefined, lang: string): string {
  return formatter(lang, currency).format(price);
}
