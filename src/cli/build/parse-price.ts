// CLI build: reads a feed's price cell ("19.99", 19.99, "19.99 EUR", "$19.99", "1,299.00 USD") into a
// number and, when the cell names one, a currency. Decimal commas are refused, not guessed.
import { CURRENCY_SYMBOLS, isCurrencyCode } from './currencies.ts';

export type PriceResult = { ok: true; price: number; currency?: string } | { ok: false; message: string };

const NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

export function parsePrice(value: unknown): PriceResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return { ok: false, message: `${value} is not a price; write a number ≥ 0 like 12.99` };
    return { ok: true, price: value };
  }
  if (typeof value !== 'string') return { ok: false, message: `${JSON.stringify(value)} is not a price; write a number like 12.99` };
  const raw = value.trim();
  let rest = raw;
  let currency: string | undefined;
  const code = /^([A-Za-z]{3})\s+|\s+([A-Za-z]{3})$/.exec(rest);
  if (code) {
    const c = (code[1] ?? code[2]).toUpperCase();
    if (!isCurrencyCode(c)) return { ok: false, message: `"${raw}" names currency "${c}", which is not an ISO 4217 code; use a code such as EUR, USD or GBP` };
    currency = c;
    rest = rest.replace(code[0], '').trim();
  }
  for (const [symbol, c] of Object.entries(CURRENCY_SYMBOLS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest.startsWith(symbol) || rest.endsWith(symbol)) {
      currency ??= c;
      rest = (rest.startsWith(symbol) ? rest.slice(symbol.length) : rest.slice(0, -symbol.length)).trim();
      break;
    }
  }
  if (!NUMBER.test(rest)) {
    const hint = /^\d+,\d{1,2}$/.test(rest) ? 'write the price like ' + rest.replace(',', '.') : 'write the price like 12.99';
    return { ok: false, message: `"${raw}" is not a number; ${hint}` };
  }
  return { ok: true, price: Number(rest.replace(/,/g, '')), currency };
}
