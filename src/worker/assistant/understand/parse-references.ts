// Assistant, understanding: what a message points at in the conversation: "the second one", "the first two",
// "the last one", "these", "both", "it", "this one". Resolved against the conversation state by `understand`.

export type Reference =
  /** Positions in the last results, 0-based ("the second one" → [1]; "the last one" → [-1]). */
  | { kind: 'ordinal'; positions: number[] }
  /** "these", "them", "both", "all of them": the last results. */
  | { kind: 'plural'; max?: number }
  /** "it", "this", "this one", "that one": the product in focus. */
  | { kind: 'singular' }
  /** "the other one", "the other ones": the last results other than the product in focus. */
  | { kind: 'other'; plural: boolean };

const ORDINALS: Record<string, number> = {
  first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4,
  sixth: 5, '6th': 5, seventh: 6, eighth: 7, ninth: 8, tenth: 9, last: -1,
};
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
const ORDINAL_WORDS = Object.keys(ORDINALS).join('|');

/** `norm`: the normalised message (tokenize.normalizeText). */
export function parseReference(norm: string): Reference | null {
  // "and the other one?", "what about the other ones?": the shown products not in focus.
  const other = /\bthe other (one|ones)\b|\bthe other\s*$/.exec(norm);
  if (other) return { kind: 'other', plural: other[1] === 'ones' };
  // "the first two", "the last 3"
  const firstN = /\b(first|last|top)\s+(two|three|four|five|[2-5])\b(?!\s*(?:dollars?|\$))/.exec(norm);
  if (firstN) {
    const n = COUNTS[firstN[2] as string] as number;
    const from = firstN[1] === 'last' ? -n : 0;
    return { kind: 'ordinal', positions: Array.from({ length: n }, (_, i) => from + i) };
  }
  // "the second one", "the 2nd", "number 2", "#2", "the first and the third"
  const positions: number[] = [];
  for (const m of norm.matchAll(new RegExp(String.raw`\b(?:the\s+)?(${ORDINAL_WORDS})(?:\s+(?:one|ones|option|item|product|pick|result))?\b`, 'g'))) {
    const word = m[1] as string;
    // An ordinal points at a result only with "the" or a noun after it: "first time", "how long does it
    // last" are not references.
    if (!/^the\s/.test(m[0]) && m[0] === word) continue;
    positions.push(ORDINALS[word] as number);
  }
  for (const m of norm.matchAll(/\b(?:number|no|#)\s?([1-9])\b/g)) positions.push(Number(m[1]) - 1);
  if (positions.length) return { kind: 'ordinal', positions: [...new Set(positions)] };
  // "which of the three is lightest?": the first n shown.
  const ofN = /\b(?:which|one|any|each|all|none|either|neither) of (?:the|these|those) (two|three|four|five)\b/.exec(norm);
  if (ofN) return { kind: 'plural', max: COUNTS[ofN[1] as string] as number };
  // "the two" points back only on its own ("compare the two", "is the two waterproof"), not in "the two
  // cheapest tents": a verb may follow it, a describing word may not.
  if (/\b(both|both of them)\b|\bthe two\b(?!\s+(?!of\b|ones?\b|is\b|are\b|has\b|have\b|do\b|does\b|would\b|will\b|can\b|come\b|comes\b|cost\b|costs\b|weigh\b|weighs\b)\w)/.test(norm)) return { kind: 'plural', max: 2 };
  if (/\b(these|those|them|they|all of them|the ones you showed|these ones|those ones)\b/.test(norm)) return { kind: 'plural' };
  if (/\b(it|its|this|this one|that one)\b/.test(norm)) return { kind: 'singular' };
  return null;
}

/** Positions → ids in the last results (negative positions count from the end). */
export function resolvePositions(positions: number[], lastResults: string[]): string[] {
  const out: string[] = [];
  for (const p of positions) {
    const id = lastResults[p < 0 ? lastResults.length + p : p];
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
