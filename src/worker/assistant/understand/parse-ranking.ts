// Assistant, understanding: how the shopper wants results ordered and how many ("the two cheapest",
// "warmest", "best rated", "top 3") and what they must hold ("for 4 people", "2-person"). The adjectives
// are English; which catalog field each measure reads is decided later, from the catalog's own fields.

export type Measure = 'price' | 'weight' | 'temperature' | 'capacity' | 'volume' | 'brightness' | 'rating' | 'popularity';

export interface Superlative {
  measure: Measure;
  /** 'asc': smallest value first (cheapest, lightest, warmest = lowest rated temperature). */
  direction: 'asc' | 'desc';
  /** The shopper's word, for the answer ("cheapest"). */
  word: string;
}

const SUPERLATIVES: Array<[RegExp, Measure, 'asc' | 'desc']> = [
  [/\b(cheapest|least expensive|lowest priced?|most affordable|lowest cost)\b/, 'price', 'asc'],
  [/\b(most expensive|priciest|highest priced?|most premium|fanciest)\b/, 'price', 'desc'],
  [/\b(lightest|lightest weight|most lightweight)\b/, 'weight', 'asc'],
  [/\b(heaviest)\b/, 'weight', 'desc'],
  // A sleeping bag rated to -10° is warmer than one rated to 5°: the lowest temperature wins.
  [/\b(warmest|most insulated|coldest rated)\b/, 'temperature', 'asc'],
  [/\b(best rated|top rated|highest rated|best reviewed|highest reviewed|best)\b/, 'rating', 'desc'],
  [/\b(most popular|best ?selling|bestsellers?|most bought)\b/, 'popularity', 'desc'],
  [/\b(roomiest|most spacious|biggest|largest)\b/, 'capacity', 'desc'],
  [/\b(smallest|most compact)\b/, 'capacity', 'asc'],
  [/\b(brightest|most lumens|most powerful)\b/, 'brightness', 'desc'],
];

const COMPARATIVES: Array<[RegExp, Measure, 'asc' | 'desc']> = [
  [/\b(cheaper|less expensive|more affordable|lower priced)\b/, 'price', 'asc'],
  [/\b(more expensive|pricier|dearer)\b/, 'price', 'desc'],
  [/\b(lighter)\b/, 'weight', 'asc'],
  [/\b(heavier)\b/, 'weight', 'desc'],
  [/\b(warmer)\b/, 'temperature', 'asc'],
  [/\b(brighter)\b/, 'brightness', 'desc'],
  [/\b(better rated|higher rated|better reviewed)\b/, 'rating', 'desc'],
  [/\b(roomier|bigger|larger)\b/, 'capacity', 'desc'],
  [/\b(smaller|more compact)\b/, 'capacity', 'asc'],
];

/** "which one is cheaper?", "which of the two is lighter?": a comparative names the measure of a choice. */
export function parseComparative(norm: string): Superlative | undefined {
  for (const [re, measure, direction] of COMPARATIVES) {
    const m = re.exec(norm);
    if (m) return { measure, direction, word: m[1] as string };
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, single: 1, couple: 2, pair: 2 };

export function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

export function parseSuperlative(norm: string): Superlative | undefined {
  for (const [re, measure, direction] of SUPERLATIVES) {
    const m = re.exec(norm);
    // "best" alone is a superlative only as "the best ..."; "best for running" is a search for the use.
    if (m && !(m[1] === 'best' && !/\b(the|your|a) best\b/.test(norm))) return { measure, direction, word: m[1] as string };
  }
  return undefined;
}

/** "the two cheapest", "3 lightest", "top 3", "first two"; undefined when no count is stated. */
export function parseCount(norm: string, superlative: Superlative | undefined): number | undefined {
  const top = /\b(?:top|best|first)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(norm);
  if (top) return numberOf(top[1]);
  if (superlative) {
    const before = new RegExp(String.raw`\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of (?:the|your) )?${superlative.word}\b`).exec(norm);
    if (before) return numberOf(before[1]);
    return 1;
  }
  return undefined;
}

const PEOPLE = String.raw`(?:person|persons|people|man|men|sleeper|sleepers|p)`;
const NUM = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** "for 4 people", "a 2-person tent", "sleeps 3", "4p": how many people the product must hold, and the words that said it. */
export function parseCapacity(norm: string): { people: number; words: string[] } | undefined {
  const m =
    new RegExp(String.raw`\b${NUM}\s?${PEOPLE}\b`).exec(norm) ??
    new RegExp(String.raw`\b(?:for|sleeps|fits|holds|seats)\s+(?:up to\s+)?${NUM}(?:\s+(?:of us|adults|persons|people|kids))?\b(?!\s*(?:dollars?|\$|euros?|pounds?|bucks|usd|eur|gbp))`).exec(norm);
  if (!m) return undefined;
  // "for 50" is a price, "for 4" with no people word only counts when small.
  const n = numberOf(m[1]);
  if (n === undefined || n < 1 || n > 12) return undefined;
  const people = new RegExp(String.raw`\b${PEOPLE}\b`).test(m[0]) || /\b(of us|adults|kids)\b/.test(m[0]);
  if (!people && !/\b(sleeps|fits|holds|seats)\b/.test(m[0])) return undefined;
  // "a backpack that fits one": "one" with no people word is the pronoun (one laptop), not a count.
  if (!people && m[1] === 'one' && /\b(fits|holds)\b/.test(m[0])) return undefined;
  return { people: n, words: m[0].split(' ') };
}
