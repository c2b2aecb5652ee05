// Assistant, understanding: the one text normaliser shared by intent rules, slot extraction and BM25,
// so a word is folded the same way in the query and in the catalog.

const STOPWORDS = new Set(
  'a an the and or of for to in on at by with from is are was be it its this that these those i me my we you your do does did can could would should will have has had any some me please show find want need looking look get give what which how much many about there their them they than then so just also but not no'.split(
    ' ',
  ),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lower-case, strip accents and punctuation (keeping $ € £ . in numbers), collapse spaces. */
export function normalizeText(text: string): string {
  // Catalog text is mostly ASCII: the Unicode decomposition only runs where there is something to fold
  // (the whole catalog passes through here when the indexes are built).
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return folded
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9$€£.\s]|(?<![0-9])\.|\.(?![0-9])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A light English stemmer: plural and common suffixes only, so "shoes" ≈ "shoe" and "running" ≈ "run". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) {
    const base = word.slice(0, -3);
    // "running" → "runn" → "run": undo the doubled consonant.
    return /([bdgmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
  }
  // "resistant" ≈ "resistance", "thickness" ≈ "thick": a product question and a description say it differently.
  if (word.length > 7 && /(ance|ence)$/.test(word)) return word.slice(0, -4);
  if (word.length > 7 && /(ant|ent)$/.test(word)) return word.slice(0, -3);
  if (word.length > 6 && word.endsWith('ness')) return word.slice(0, -4);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Normalised words, including stopwords (rules need "is", "this"). */
export function words(text: string): string[] {
  const norm = normalizeText(text);
  return norm ? norm.split(' ') : [];
}

/**
 * Stemmed content terms for retrieval: stopwords dropped, and bare numbers too unless `keepNumbers`
 * (a price in "under 100" is not a word to match, but the 9 in "iPhone 9" names a model).
 */
export function terms(text: string, keepNumbers = false): string[] {
  return termsOfWords(words(text), keepNumbers);
}

/** `terms` of words already normalised (so a caller that needs both normalises once). */
export function termsOfWords(ws: string[], keepNumbers = false): string[] {
  return ws
    .filter((w) => !STOPWORDS.has(w) && (keepNumbers ? !/^[$€£]/.test(w) : !/^[$€£]?[0-9.]+$/.test(w)))
    .map(stem);
}
