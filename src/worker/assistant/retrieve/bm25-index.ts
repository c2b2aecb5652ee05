// Assistant, retrieval: a BM25 inverted index over documents' weighted text fields, built once per
// catalog (or FAQ) and queried with canonical terms. Postings are typed arrays so 10k+ products stay fast.
import { canonicalTerms } from '../understand/catalog-vocab.ts';

export interface Bm25Field {
  text: string;
  /** Term-frequency multiplier: a title word counts more than a description word. */
  weight: number;
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index {
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: Float32Array;
  private readonly avgLength: number;

  constructor(docs: Bm25Field[][]) {
    this.lengths = new Float32Array(docs.length);
    let total = 0;
    // Brands, breadcrumbs, tags and attribute values repeat across products: each distinct text is
    // folded once (building the index is the first question's cost on a big catalog).
    const folded = new Map<string, string[]>();
    const termsOf = (text: string): string[] => {
      let t = folded.get(text);
      if (!t) folded.set(text, (t = canonicalTerms(text)));
      return t;
    };
    docs.forEach((fields, doc) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const field of fields) {
        for (const term of termsOf(field.text)) {
          tf.set(term, (tf.get(term) ?? 0) + field.weight);
          length += field.weight;
        }
      }
      this.lengths[doc] = length;
      total += length;
      for (const [term, f] of tf) {
        let p = this.postings.get(term);
        if (!p) this.postings.set(term, (p = { docs: [], tfs: [] }));
        p.docs.push(doc);
        p.tfs.push(f);
      }
    });
    this.avgLength = docs.length ? total / docs.length : 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** How many documents contain the term. */
  docFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** BM25 score per document (sparse: only documents with at least one query term). */
  score(queryTerms: string[]): Map<number, number> {
    const out = new Map<number, number>();
    const n = this.size;
    for (const term of new Set(queryTerms)) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] as number;
        const tf = p.tfs[i] as number;
        const norm = tf + K1 * (1 - B + (B * (this.lengths[doc] as number)) / this.avgLength);
        out.set(doc, (out.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return out;
  }
}
