// Assistant, understanding: price limits in a shopper's words ("under $50", "between 20 and 40",
// "less than 50 euros", "cheap"). "cheap" is resolved later against the catalog's own price spread.

export interface PriceLimit {
  min?: number;
  max?: number;
  /** "cheap"/"budget" (lower third) or "premium" (upper third), resolved against the candidates. */
  band?: 'low' | 'high';
  /** "cheaper ones": below the previous answer's prices. */
  cheaper?: boolean;
  /** The currency the shopper named ("50 euros" → EUR), when they named one. */
  currency?: string;
}

/** The currency a shopper's words name, if any. */
function currencyOf(t: string): string | undefined {
  if (/€|\beuros?\b|\beur\b/.test(t)) return 'EUR';
  if (/£|\bpounds?\b|\bgbp\b/.test(t)) return 'GBP';
  if (/\$|\bdollars?\b|\busd\b|\bbucks\b/.test(t)) return 'USD';
  return undefined;
}

const NUM = String.raw`[$€£]?\s?(\d+(?:[.,]\d{1,2})?)\s?(?:\$|€|£|dollars?|euros?|eur|usd|gbp|pounds?|bucks)?`;

function num(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.'));
}

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORDS = new RegExp(String.raw`\b(?:(a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and)? ?)?(?:(${TENS.slice(2).join('|')})[ -]?)?(${UNITS.slice(1).join('|')})?\b`, 'g');

/** "fifty" → "50", "a hundred and twenty" → "120": so "under fifty dollars" reads like "under 50". */
export function numberWordsToDigits(text: string): string {
  return text.replace(NUMBER_WORDS, (match, hundreds: string | undefined, tens: string | undefined, units: string | undefined) => {
    if (!match.trim() || (!hundreds && !tens && !units)) return match;
    // "one" alone is usually not a price ("the blue one").
    if (!hundreds && !tens && units && UNITS.indexOf(units) < 10) return match;
    const h = hundreds ? (hundreds === 'a' ? 1 : UNITS.indexOf(hundreds)) * 100 : 0;
    const value = h + (tens ? TENS.indexOf(tens) * 10 : 0) + (units ? UNITS.indexOf(units) : 0);
    return `${value}${match.endsWith(' ') ? ' ' : ''}`;
  });
}

/** Extracts a price limit from normalised lower-case text, or null when none is stated. */
export function parsePrice(text: string): PriceLimit | null {
  const t = numberWordsToDigits(text.toLowerCase());
  const limit = parseLimit(t);
  const currency = currencyOf(t);
  return limit && currency && (limit.min !== undefined || limit.max !== undefined) ? { ...limit, currency } : limit;
}

function parseLimit(t: string): PriceLimit | null {
  let m = new RegExp(String.raw`between\s+${NUM}\s+(?:and|to|-)\s+${NUM}`).exec(t) ?? new RegExp(String.raw`${NUM}\s?(?:-|to)\s?${NUM}`).exec(t);
  if (m && /[$€£]|between|price|cost|dollar|euro/.test(t)) {
    const [a, b] = [num(m[1]), num(m[2])];
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  m = new RegExp(String.raw`(?:under|below|less than|cheaper than|max(?:imum)?|up to|no more than|at most|within|<)\s*${NUM}`).exec(t);
  if (m) return { max: num(m[1]) };
  m = new RegExp(String.raw`(?:over|above|more than|at least|min(?:imum)?|from|>)\s*${NUM}`).exec(t);
  if (m && /[$€£]|dollar|euro|pound|over|above|more than|at least/.test(m[0])) return { min: num(m[1]) };
  m = /(?:around|about|roughly|approximately|~)\s*[$€£]?\s?(\d+(?:[.,]\d{1,2})?)/.exec(t);
  if (m && /[$€£]|dollar|euro|price|budget|cost|spend/.test(t)) {
    const v = num(m[1]);
    return { min: v * 0.8, max: v * 1.2 };
  }
  if (/\b(cheaper|less expensive|lower price|more affordable)\b/.test(t)) return { cheaper: true };
  if (/\b(cheap|cheapest|budget|affordable|inexpensive|low cost|bargain)\b/.test(t)) return { band: 'low' };
  if (/\b(premium|luxury|high end|expensive|best quality)\b/.test(t)) return { band: 'high' };
  return null;
}
