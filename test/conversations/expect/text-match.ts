// Conversation checks: reading facts out of answer text without depending on its wording: numbers and
// prices in any format, ranges ("3-5", "3 to 5"), yes or no, whole words and sizes as tokens.

/** Every number in the text ("$1,299.00" → 1299, "3-5" → 3 and 5). */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** Amounts written as money: "$19", "19.00 USD", "US$ 19". */
export function moneyIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?:US)?\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?(?:USD|dollars?)\b/gi)) {
    out.push(Number((m[1] ?? m[2])!.replace(/,/g, '')));
  }
  return out;
}

export const mentionsNumber = (text: string, n: number) => numbersIn(text).some((x) => Math.abs(x - n) < 0.005);

/** Lower case, one kind of dash, "3 to 5" = "3-5", "60-day" = "60 days", "15 percent" = "15%". */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\d)\s*(?:-|to)\s*(\d)/g, '$1-$2')
    .replace(/(\d)-(?=[a-z])/g, '$1 ')
    .replace(/\s*(?:percent|per cent)\b/g, '%')
    .replace(/(\d) %/g, '$1%')
    .replace(/(\d+) (\w+?)s\b/g, '$1 $2')
    .replace(/\s+/g, ' ');
}

/** The text states this value (a price is matched as a number, anything else as normalised words). */
export function statesValue(text: string, value: string): boolean {
  const money = /^\$?(\d+(?:\.\d+)?)$/.exec(value.trim());
  if (money) return mentionsNumber(text, Number(money[1]));
  return normalise(text).includes(normalise(value));
}

export function hasWord(text: string, word: string): boolean {
  const w = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

/** A size as its own token, case kept ("S" is not the s of "it's", "8" is not the 8 of "8.5"). */
export function hasSize(text: string, size: string): boolean {
  const s = size.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  return new RegExp(`(^|[^\\w.'’])${s}(?![\\w]|\\.\\d)`).test(text);
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n+/);
const NEGATED = /\b(not|never|cannot|no)\b|n['’]t\b/i;
const leads = (word: string) => {
  const re = new RegExp(`^\\W*(?:(?:sorry|unfortunately|good news|great news)\\W+)?${word}\\b`, 'i');
  return (text: string) => sentences(text).some((s) => re.test(s));
};
const leadsYes = leads('yes');
const leadsNo = leads('no');

/** A yes/no question answered yes: a sentence that starts with "Yes" (and none with "No"). */
export const saysYes = (text: string) => leadsYes(text) && !leadsNo(text);

/**
 * Answered no: a sentence that starts with "No", or a negated sentence about the topic ("we don't ship
 * to the UK"). A negation about something else ("I couldn't find anything") is not an answer.
 */
export function saysNo(text: string, topic?: { test(s: string): boolean }): boolean {
  if (leadsYes(text)) return false;
  if (leadsNo(text)) return true;
  return topic !== undefined && sentences(text).some((s) => NEGATED.test(s) && topic.test(s));
}
