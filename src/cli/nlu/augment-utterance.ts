// CLI NLU: training-time noise, so the intent models do not lean on one exact word or spelling: a copy
// with words dropped (the message still means the same without any single word) and a copy with typos
// (a shopper's "cancle my oder" is the same request).
import type { Random } from '../../../demo/catalog/seeded-random.ts';

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbourKey(ch: string, rand: Random): string {
  for (const row of KEYBOARD) {
    const at = row.indexOf(ch);
    if (at >= 0) return row[Math.max(0, Math.min(row.length - 1, at + (rand.chance(0.5) ? 1 : -1)))] as string;
  }
  return ch;
}

/** One random edit (drop, swap, double, neighbouring key) inside a word of 4+ letters. */
export function misspell(word: string, rand: Random): string {
  if (word.length < 4 || !/^[a-z]+$/i.test(word)) return word;
  const at = rand.int(1, word.length - 2);
  const c = word[at] as string;
  switch (rand.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + (word[at + 1] as string) + c + word.slice(at + 2);
    case 2:
      return word.slice(0, at) + c + word.slice(at);
    default:
      return word.slice(0, at) + neighbourKey(c.toLowerCase(), rand) + word.slice(at + 1);
  }
}

export function withTypos(text: string, rand: Random, rate = 0.3): string {
  return text
    .split(' ')
    .map((w) => (rand.chance(rate) ? misspell(w, rand) : w))
    .join(' ');
}

/** Drops each word with probability `rate`, keeping at least one. */
export function withWordsDropped(text: string, rand: Random, rate = 0.2): string {
  const words = text.split(' ');
  if (words.length < 3) return text;
  const kept = words.filter(() => !rand.chance(rate));
  return (kept.length ? kept : [rand.pick(words)]).join(' ');
}
