// Assistant, answers: prices (and weights) as the catalog states them (its own number and currency), never computed
// discounts, so every figure in an answer can be found in the catalog.

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

export function formatPrice(price: number, currency: string): string {
  const amount = Number.isInteger(price) ? String(price) : price.toFixed(2);
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${amount}` : `${amount} ${currency}`;
}

/** "$45–$95" or "$45" for a set of products. */
export function priceRange(items: Array<{ price: number; currency: string }>): string {
  if (items.length === 0) return '';
  const prices = items.map((i) => i.price);
  const currency = items[0]?.currency ?? '';
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  return lo === hi ? formatPrice(lo, currency) : `${formatPrice(lo, currency)}–${formatPrice(hi, currency)}`;
}

/** Grams as the shopper reads them: "900 g", "1.4 kg". */
export function formatWeight(grams: number): string {
  return grams >= 1000 ? `${Math.round(grams / 10) / 100} kg` : `${Math.round(grams)} g`;
}
