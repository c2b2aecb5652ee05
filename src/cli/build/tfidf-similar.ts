// CLI build: content neighbours for the `similar` chunk. TF-IDF over title, category, brand, attributes,
// tags and description; candidates from an inverted index pruned to each term's strongest postings and
// each product's strongest terms, then re-scored with the exact cosine. Scales to 100k products.
import type { Product } from '../../protocol/product.ts';
import { NON_DESCRIPTIVE_ATTRIBUTES } from './read-details.ts';
import { tokenize } from './tokenize.ts';
import { SerialisedJson } from './write-index.ts';

export interface SparseVectors {
  /** Per product: term ids sorted ascending and their L2-normalised weights. */
  terms: Int32Array[];
  weights: Float32Array[];
}

export interface SimilarOptions {
  k?: number;
  /** Strongest terms of a product used to look up candidates. */
  queryTerms?: number;
  /** Postings kept per term (highest weights): common terms stop dominating the cost. */
  postingsPerTerm?: number;
  candidates?: number;
  onProgress?: (fraction: number) => void;
}

/** Field weights: what a shopper means by "similar" is mostly title, category and brand. */
function weightedTerms(p: Product): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (terms: string[], w: number) => {
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + w);
  };
  add(tokenize(p.title), 3);
  if (p.brand) add([`brand:${p.brand.toLowerCase()}`], 2);
  p.categories.forEach((c, i) => add([`cat:${c.toLowerCase()}`], i === p.categories.length - 1 ? 3 : 1));
  add(tokenize(p.categories.join(' ')), 1.5);
  // What the product is, not its terms of sale: a shared "1 year warranty" or barcode prefix is no likeness.
  for (const [k, v] of Object.entries(p.attributes)) if (!NON_DESCRIPTIVE_ATTRIBUTES.has(k)) add([`${k}:${v.toLowerCase()}`], 1);
  add(p.tags.flatMap(tokenize), 1.5);
  if (p.description) add(tokenize(p.description.slice(0, 600)), 0.5);
  return tf;
}

export function tfidfVectors(products: Product[]): SparseVectors {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const raw = products.map((p) => {
    const tf = weightedTerms(p);
    const ids: number[] = [];
    const ws: number[] = [];
    for (const [term, w] of tf) {
      let id = vocab.get(term);
      if (id === undefined) {
        id = df.length;
        vocab.set(term, id);
        df.push(0);
      }
      df[id]++;
      ids.push(id);
      ws.push(1 + Math.log(w));
    }
    return { ids, ws };
  });
  const n = products.length;
  const terms: Int32Array[] = [];
  const weights: Float32Array[] = [];
  for (const { ids, ws } of raw) {
    // Terms seen in one product only link it to nothing: drop them.
    const kept = ids.map((id, i) => ({ id, w: df[id] > 1 ? ws[i] * Math.log(n / df[id]) : 0 })).filter((t) => t.w > 0);
    kept.sort((a, b) => a.id - b.id);
    const norm = Math.hypot(...kept.map((t) => t.w)) || 1;
    terms.push(Int32Array.from(kept, (t) => t.id));
    weights.push(Float32Array.from(kept, (t) => t.w / norm));
  }
  return { terms, weights };
}

export function sparseDot(v: SparseVectors, a: number, b: number): number {
  const ta = v.terms[a], tb = v.terms[b], wa = v.weights[a], wb = v.weights[b];
  let i = 0, j = 0, s = 0;
  while (i < ta.length && j < tb.length) {
    if (ta[i] === tb[j]) s += wa[i++] * wb[j++];
    else if (ta[i] < tb[j]) i++;
    else j++;
  }
  return s;
}

/** Top-k neighbours per product (product index → [index, cosine] best first). */
export function similarNeighbours(v: SparseVectors, opts: SimilarOptions = {}): Array<Array<[number, number]>> {
  const k = opts.k ?? 20, q = opts.queryTerms ?? 12, perTerm = opts.postingsPerTerm ?? 400, cand = opts.candidates ?? 60;
  const n = v.terms.length;
  const postings = buildPostings(v, perTerm);
  const acc = new Float32Array(n);
  const touched: number[] = [];
  const out: Array<Array<[number, number]>> = [];
  for (let d = 0; d < n; d++) {
    if (opts.onProgress && d % 2000 === 0) opts.onProgress(d / n);
    const order = strongest(v.weights[d], q);
    for (const i of order) {
      const list = postings[v.terms[d][i]];
      const w = v.weights[d][i];
      for (let p = 0; p < list.docs.length; p++) {
        const other = list.docs[p];
        if (other === d) continue;
        if (acc[other] === 0) touched.push(other);
        acc[other] += w * list.weights[p];
      }
    }
    const top = topByScore(touched, acc, cand);
    for (const t of touched) acc[t] = 0;
    touched.length = 0;
    const scored = top.map((o): [number, number] => [o, sparseDot(v, d, o)]).filter((s) => s[1] > 0.05);
    scored.sort((a, b) => b[1] - a[1]);
    out.push(scored.slice(0, k));
  }
  return out;
}

/** The `count` entries of `ids` with the highest `score`, without sorting all of them (thousands per product). */
function topByScore(ids: number[], score: Float32Array, count: number): number[] {
  if (ids.length <= count) return ids.slice();
  const top: number[] = [];
  for (const id of ids) {
    const s = score[id];
    if (top.length === count && s <= score[top[count - 1]]) continue;
    let i = top.length === count ? count - 1 : top.length;
    while (i > 0 && score[top[i - 1]] < s) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = id;
    if (top.length > count) top.length = count;
  }
  return top;
}

function strongest(w: Float32Array, q: number): number[] {
  const idx = Array.from(w.keys());
  return w.length <= q ? idx : idx.sort((a, b) => w[b] - w[a]).slice(0, q);
}

/** Postings in two flat typed arrays (millions of entries at 100k products: no per-entry objects). */
function buildPostings(v: SparseVectors, perTerm: number): Array<{ docs: Int32Array; weights: Float32Array }> {
  let terms = 0;
  for (const ts of v.terms) for (const t of ts) if (t + 1 > terms) terms = t + 1;
  const start = new Int32Array(terms + 1);
  for (const ts of v.terms) for (const t of ts) start[t + 1]++;
  for (let t = 0; t < terms; t++) start[t + 1] += start[t];
  const fill = start.slice(0, terms);
  const docs = new Int32Array(start[terms]);
  const weights = new Float32Array(start[terms]);
  v.terms.forEach((ts, d) =>
    ts.forEach((t, i) => {
      docs[fill[t]] = d;
      weights[fill[t]++] = v.weights[d][i];
    }),
  );
  const out: Array<{ docs: Int32Array; weights: Float32Array }> = [];
  for (let t = 0; t < terms; t++) {
    let ds = docs.subarray(start[t], start[t + 1]);
    let ws = weights.subarray(start[t], start[t + 1]);
    if (ds.length > perTerm) {
      const keep = Array.from(ws.keys()).sort((a, b) => ws[b] - ws[a]).slice(0, perTerm);
      ds = Int32Array.from(keep, (k) => ds[k]);
      ws = Float32Array.from(keep, (k) => ws[k]);
    }
    out.push({ docs: ds, weights: ws });
  }
  return out;
}

/** The `similar` PairTableChunk, serialised row by row (same JSON as JSON.stringify of the object). */
export function similarChunk(products: Product[], neighbours: Array<Array<[number, number]>>, measure: string): SerialisedJson {
  const rows: string[] = [];
  neighbours.forEach((list, d) => {
    if (list.length === 0) return;
    const pairs = list.map(([o, s]) => `[${JSON.stringify(products[o].id)},${Math.round(s * 1000) / 1000}]`).join(',');
    rows.push(`${JSON.stringify(products[d].id)}:[${pairs}]`);
  });
  return new SerialisedJson(`{"measure":${JSON.stringify(measure)},"pairs":{${rows.join(',')}}}`);
}
