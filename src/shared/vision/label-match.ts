// Shared vision: matches the words read on a shopper's photo ("TROPICANA", "opicana", "BRAVO APPLE")
// against each product's own words (title, brand, the label text read on its catalog image, its
// description), forgiving OCR slips: tokens match when their character trigrams mostly agree. Rare
// words count more (idf), so "Oatly" outweighs "milk". Scores are 0..1 per product.

export interface LabelDocument {
  /** [text, weight] fields of one product, e.g. [[title, 1], [imageText, 1], [description, 0.4]]. */
  fields: Array<[string, number]>;
}

export interface LabelHit {
  /** Product index. */
  doc: number;
  score: number;
  /** The query words that matched, as read on the photo. */
  words: string[];
}

const MIN_TOKEN = 3;
const MIN_SIMILARITY = 0.72;

export function labelTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= MIN_TOKEN && !/^\d+$/.test(t));
}

function trigrams(token: string): Set<string> {
  const padded = ` ${token} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Dice coefficient of padded character trigrams; 1 for equal tokens. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common += 1;
  return (2 * common) / (ta.size + tb.size);
}

export class LabelMatcher {
  private readonly docs: Array<Map<string, number>>;
  private readonly idf = new Map<string, number>();
  private readonly vocabulary: string[];
  private readonly postings = new Map<string, number[]>();

  constructor(documents: LabelDocument[]) {
    this.docs = documents.map((d) => {
      const weights = new Map<string, number>();
      for (const [text, w] of d.fields) for (const t of labelTokens(text)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
      return weights;
    });
    const df = new Map<string, number>();
    this.docs.forEach((d, i) => {
      for (const t of d.keys()) {
        df.set(t, (df.get(t) ?? 0) + 1);
        const list = this.postings.get(t) ?? [];
        list.push(i);
        this.postings.set(t, list);
      }
    });
    const n = Math.max(1, this.docs.length);
    for (const [t, f] of df) this.idf.set(t, Math.log(1 + n / f));
    this.vocabulary = [...df.keys()];
  }

  /** Catalog words close to a word read on a photo, with their similarity. */
  private near(token: string): Array<[string, number]> {
    if (this.idf.has(token)) return [[token, 1]];
    const out: Array<[string, number]> = [];
    for (const v of this.vocabulary) {
      if (Math.abs(v.length - token.length) > Math.max(2, token.length / 2)) continue;
      const s = tokenSimilarity(token, v);
      if (s >= MIN_SIMILARITY) out.push([v, s]);
    }
    return out;
  }

  /** Products sharing words with `text`, best first; score = matched idf mass / the best product's possible mass. */
  match(text: string): LabelHit[] {
    const tokens = [...new Set(labelTokens(text))];
    const scores = new Map<number, { score: number; words: Set<string> }>();
    let possible = 0;
    for (const token of tokens) {
      const near = this.near(token);
      if (near.length === 0) continue;
      const idf = Math.max(...near.map(([v]) => this.idf.get(v)!));
      possible += idf;
      const best = new Map<number, number>();
      for (const [v, sim] of near) {
        for (const doc of this.postings.get(v) ?? []) {
          const s = sim * this.idf.get(v)! * this.docs[doc].get(v)!;
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
        }
      }
      for (const [doc, s] of best) {
        const entry = scores.get(doc) ?? { score: 0, words: new Set<string>() };
        entry.score += s;
        entry.words.add(token);
        scores.set(doc, entry);
      }
    }
    if (possible === 0) return [];
    return [...scores.entries()].map(([doc, e]) => ({ doc, score: e.score / possible, words: [...e.words] })).sort((a, b) => b.score - a.score);
  }
}
