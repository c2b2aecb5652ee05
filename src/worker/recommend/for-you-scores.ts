// Worker recommender: the `for-you` score, shared by the production strategy (for-you.ts, which lets it
// generate candidates) and the offline eval (RecommendationEngine.scoreCandidates, which asks it to score
// a given list). Short-term interest: the shopper's recent items, decayed by steps and by clock, expanded
// through the merchant's tables; long-term: category/brand affinities, searches, popularity. Every
// contribution is added with the history item, search or category it comes from, so the reason is exact.
import { unitCosine, unitRow } from '../../shared/int8-vectors.ts';
import { allLogits, itemDot, knows, nextItemLogit, shopperVector } from '../../shared/next-item-model.ts';
import type { CandidatePool, Evidence } from './candidate-pool.ts';
import { poolFor } from './reason-text.ts';
import { EVENT_WEIGHT } from './shopper-profile.ts';
import { categoryOf, neighbours, type StrategyContext } from './strategy-context.ts';
import { words } from './words.ts';

const SEARCHES_USED = 3;
const TWO_HOP_ITEMS = 10;
const TWO_HOP_FANOUT = 30;
const RESCORED = 300;
const SEARCH_MATCHES = 100;
const SEARCH_POSTINGS = 1000;
/** Recent items the taste vector reads (each costs a dot product per candidate). */
const VECTOR_HISTORY = 6;
/** The newest items the title-word term may name as its evidence (older ones still count in its score). */
const TEXT_EVIDENCE = 8;

/** One item of the shopper's short-term history, newest first, with its weight. */
export interface HistoryItem {
  id: string;
  w: number;
}

/** The page's product first (it counts as the newest item), then the shopper's items, newest first. */
export function historyOf(ctx: StrategyContext): HistoryItem[] {
  const { catalog, profile, weights: W, now } = ctx;
  const history: HistoryItem[] = [];
  if (ctx.productId && catalog.byId.has(ctx.productId)) history.push({ id: ctx.productId, w: 1 });
  for (let i = profile.recent.length - 1, rank = 0; i >= 0; i--, rank++) {
    const h = profile.recent[i]!;
    if (h.productId === ctx.productId) continue;
    const clock = W.longTerm + (1 - W.longTerm) * Math.pow(2, -Math.max(0, now - h.at) / W.sessionHalfLifeMs);
    history.push({ id: h.productId, w: Math.pow(W.stepDecay, rank) * clock * EVENT_WEIGHT[h.type] });
  }
  return history;
}

/**
 * Scores candidates for the shopper. With `only`, scores exactly those ids (eval, re-ranking) and adds
 * nothing else; without, generates candidates from every signal.
 */
export function forYouPool(ctx: StrategyContext, only?: ReadonlySet<string>): CandidatePool {
  const { catalog, profile, weights: W, now } = ctx;
  const pool = poolFor(ctx);
  const add = (id: string, score: number, evidence: Evidence) => {
    if (!only || only.has(id)) pool.add(id, score, evidence);
  };
  const history = historyOf(ctx);

  const tables = [
    ['went-on-to-buy', catalog.transitions, W.transitions],
    ['also-bought', catalog.coview, W.coview],
    ['bought-with', catalog.copurchase, W.copurchase],
    ['similar', catalog.similar, W.similar],
  ] as const;
  for (const h of history) {
    for (const [kind, table, weight] of tables) {
      if (!table || weight <= 0) continue;
      const evidence = { kind, about: h.id };
      for (const [c, s] of neighbours(table, h.id)) add(c, h.w * weight * s, evidence);
    }
  }

  // Two hops (neighbours of neighbours) reach items no shopper has paired with these yet.
  if (W.twoHop > 0) {
    for (const h of history.slice(0, TWO_HOP_ITEMS)) {
      const evidence = { kind: 'also-bought', about: h.id, indirect: true } as const;
      for (const [table, weight] of [[catalog.coview, W.coview], [catalog.transitions, W.transitions]] as const) {
        if (!table || weight <= 0) continue;
        for (const [n, s1] of neighbours(table, h.id).slice(0, TWO_HOP_FANOUT)) {
          for (const [c, s2] of neighbours(table, n)) if (c !== h.id) add(c, h.w * W.twoHop * weight * s1 * s2, evidence);
        }
      }
    }
  }

  // Searches: products whose words cover most of a recent query.
  if (W.search > 0) {
    // The search that brought the shopper to this page counts as the newest.
    const searches = profile.searches.slice(-SEARCHES_USED).map((s) => s.query);
    if (ctx.query && !searches.some((q) => q.toLowerCase() === ctx.query!.toLowerCase())) searches.push(ctx.query);
    searches.slice(-SEARCHES_USED).forEach((query, i, list) => {
      const terms = [...new Set(words(query))];
      if (terms.length === 0) return;
      const hits = new Map<number, number>();
      // Postings are best sellers first: the head of each is enough, whatever the shop's size.
      for (const t of terms) for (const row of ctx.indexes.withWord(t).slice(0, SEARCH_POSTINGS)) hits.set(row, (hits.get(row) ?? 0) + 1);
      const recency = Math.pow(0.7, list.length - 1 - i);
      // A common word can match thousands of products: keep the best-covered, then the most popular.
      const matched: Array<[string, number]> = [];
      for (const [row, n] of hits) if (n * 2 >= terms.length) matched.push([catalog.products[row]!.id, n / terms.length]);
      if (matched.length > SEARCH_MATCHES) {
        matched.sort((a, b) => b[1] - a[1] || ctx.indexes.popularity(b[0]) - ctx.indexes.popularity(a[0]));
        matched.length = SEARCH_MATCHES;
      }
      const evidence = { kind: 'search', about: query } as const;
      for (const [id, cover] of matched) add(id, W.search * recency * cover, evidence);
    });
  }

  // The trained next-item model proposes what usually comes next after these items.
  const model = catalog.nextItem && W.model > 0 && history.length > 0 ? nextItemScores(ctx, history) : null;

  // Long-term affinities: generate from the shopper's top categories, then score every candidate.
  const topCats = profile.categories.top(now, 3);
  if (!only && W.category > 0) {
    for (const c of topCats) for (const id of ctx.indexes.popularIn(c.name).slice(0, 20)) add(id, 1e-9, { kind: 'category', about: c.name });
  }
  // Generating, only the strongest collaborative candidates get the per-item scores below: it keeps a
  // recommendation in milliseconds when two hops reach thousands of items.
  const ids = only ? [...only] : [...new Set([...pool.ids(Math.max(RESCORED, ctx.want * 10)), ...(model?.top ?? [])])];
  const catTop = new Map(topCats.map((c) => [c.name, c.weight]));
  const brandTop = new Map(profile.brands.top(now, 3).map((b) => [b.name, b.weight]));
  for (const id of ids) {
    const p = catalog.byId.get(id);
    const cat = categoryOf(p);
    const ca = cat ? catTop.get(cat) ?? 0 : 0;
    if (ca > 0) add(id, W.category * ca, { kind: 'category', about: cat });
    const ba = p?.brand ? brandTop.get(p.brand) ?? 0 : 0;
    if (ba > 0) add(id, W.brand * ba, { kind: 'brand', about: p!.brand });
  }

  if (model) {
    for (const id of ids) {
      const s = model.score(id);
      if (s) add(id, s.term, s.evidence);
    }
  }
  if (W.text > 0 && history.length > 0) addTitleWords(ctx, history, ids, add);
  if (catalog.vectors && W.vectors > 0 && history.length > 0) addVectors(ctx, history, ids, add);

  // Popularity: a small prior on every candidate, and the cold-start fill (the page's category first).
  if (W.popularity > 0) {
    const pageCat = ctx.category ? ctx.indexes.popularIn(ctx.category).slice(0, ctx.want * 2) : [];
    for (const id of pageCat) add(id, W.popularity * Math.pow(ctx.indexes.popularity(id), W.popularityExponent), { kind: 'trending', about: ctx.category });
    const fill = only ? ids : new Set([...ids, ...ctx.indexes.popular().slice(0, ctx.want * 2)]);
    for (const id of fill) {
      const pop = ctx.indexes.popularity(id);
      if (pop > 0) add(id, W.popularity * Math.pow(pop, W.popularityExponent), { kind: 'trending', about: categoryOf(catalog.byId.get(id)) });
    }
  }
  return pool;
}

type Add = (id: string, score: number, evidence: Evidence) => void;

/** Above this many products the model scans the best sellers only for its proposals and its scale. */
const MAX_MODEL_SCAN = 25_000;

/**
 * The next-item model's term: model × (exp((logit − best) / temperature) − exp((mean − best) / temperature)),
 * with the best and the mean logit over the catalog: positive for what the model finds likelier than
 * usual (then "went on to buy" can be the reason), negative for the rest. Its evidence is the history
 * item whose embedding pulls most toward the candidate (the model's score is a sum over the history).
 */
function nextItemScores(ctx: StrategyContext, history: HistoryItem[]) {
  const { catalog, weights: W } = ctx;
  const m = catalog.nextItem!;
  const rows = history.flatMap((h) => {
    const r = catalog.rowOf.get(h.id);
    return r !== undefined && knows(m, r) ? [r] : [];
  }).slice(0, m.positions.length);
  const u = shopperVector(m, rows);
  const n = catalog.products.length;
  const scanned = n <= MAX_MODEL_SCAN ? null : ctx.indexes.popularRows().subarray(0, MAX_MODEL_SCAN);
  // NaN: not computed yet (outside the scan); -Infinity: a product the model never saw.
  const logits = new Float32Array(n);
  if (scanned) logits.fill(NaN);
  else allLogits(m, u, logits);
  const logitOf = (r: number): number => {
    if (Number.isNaN(logits[r]!)) logits[r] = knows(m, r) ? nextItemLogit(m, u, r) : -Infinity;
    return logits[r]!;
  };
  let max = -Infinity, sum = 0, known = 0;
  const count = scanned ? scanned.length : n;
  for (let i = 0; i < count; i++) {
    const l = scanned ? logitOf(scanned[i]!) : logits[i]!;
    if (l === -Infinity) continue;
    if (l > max) max = l;
    sum += l;
    known++;
  }
  const usual = Math.exp((sum / Math.max(1, known) - max) / W.modelTemperature);
  // One history item's embedding, weighted by its position, for the split.
  const parts = rows.map((r, g) => {
    const v = new Float32Array(m.dim);
    const s = m.positions[g]! * m.items.scales[r]!;
    for (let k = 0; k < m.dim; k++) v[k] = s * m.items.data[r * m.dim + k]!;
    return v;
  });
  const score = (id: string): { term: number; evidence: Evidence } | null => {
    const r = catalog.rowOf.get(id);
    if (r === undefined || rows.length === 0) return null;
    const logit = logitOf(r);
    if (logit === -Infinity) return null;
    let top = 0, g = 0;
    parts.forEach((v, i) => {
      const c = itemDot(m, v, r);
      if (c > top) [top, g] = [c, i];
    });
    return { term: W.model * (Math.exp((logit - max) / W.modelTemperature) - usual), evidence: { kind: 'went-on-to-buy', about: catalog.products[rows[g]!]!.id } };
  };
  // The best rows, kept sorted in one pass (no sort of the whole catalog).
  const k = rows.length > 0 ? Math.max(W.modelProposals, ctx.want * 2) : 0;
  const best: number[] = [];
  for (let i = 0; i < count && k > 0; i++) {
    const r = scanned ? scanned[i]! : i;
    const l = logits[r]!;
    if (l === -Infinity || (best.length === k && l <= logits[best[k - 1]!]!)) continue;
    let at = best.length;
    while (at > 0 && logits[best[at - 1]!]! < l) at--;
    best.splice(at, 0, r);
    if (best.length > k) best.pop();
  }
  return { top: best.map((r) => catalog.products[r]!.id), score };
}

/**
 * Words of recent titles (IDF-weighted): the platform, series or material a shopper keeps coming back to.
 * The cosine of a candidate with the history's word vector is a sum over history items; it is added as one
 * contribution whose evidence is the history item that shares the most (one add per candidate keeps this
 * cheap with a long history).
 */
function addTitleWords(ctx: StrategyContext, history: HistoryItem[], ids: string[], add: Add): void {
  const W = ctx.weights;
  const taste = new Map<string, number>();
  const postings = new Map<string, Array<[number, number]>>();
  history.forEach((h, rank) => {
    // Taste in words (platform, series) lasts longer than the next-item signal: its own, slower decay.
    const w = Math.pow(W.textStepDecay, rank) * (h.w > 0 ? 1 : 0);
    if (w === 0) return;
    for (const [word, x] of ctx.indexes.textVector(h.id)) {
      taste.set(word, (taste.get(word) ?? 0) + w * x);
      if (rank >= TEXT_EVIDENCE) continue;
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push([rank, w * x]);
    }
  });
  let tn = 0;
  for (const x of taste.values()) tn += x * x;
  tn = Math.sqrt(tn);
  if (tn === 0) return;
  const byItem = new Float64Array(Math.min(TEXT_EVIDENCE, history.length));
  for (const id of ids) {
    byItem.fill(0);
    let total = 0;
    for (const [word, x] of ctx.indexes.textVector(id)) {
      const t = taste.get(word);
      if (t === undefined) continue;
      total += x * t;
      for (const [rank, hx] of postings.get(word) ?? []) byItem[rank] += x * hx;
    }
    if (!(total > 0)) continue;
    // No newest item shares a word (only older ones do): the reason stays general rather than name one.
    const best = argmax(byItem);
    add(id, (W.text * total) / tn, byItem[best]! > 0 ? { kind: 'similar', about: history[best]!.id } : { kind: 'similar' });
  }
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Cosine with the taste vector (the recent items' unit vectors, weighted like the history). */
function addVectors(ctx: StrategyContext, history: HistoryItem[], ids: string[], add: Add): void {
  const { catalog, weights: W } = ctx;
  const vec = catalog.vectors!;
  const norms = ctx.indexes.vectorNorms(vec);
  const rows = history.slice(0, VECTOR_HISTORY).flatMap((h) => {
    const r = catalog.rowOf.get(h.id);
    return r === undefined || !(norms[r]! > 0) ? [] : [{ id: h.id, w: h.w, unit: unitRow(vec, r, norms) }];
  });
  if (rows.length === 0) return;
  // |Σ w·unit(v_h)|, the taste vector's norm, from the rows' pairwise cosines.
  let tn2 = 0;
  for (const a of rows) for (const b of rows) {
    let dot = 0;
    for (let k = 0; k < vec.dim; k++) dot += a.unit[k]! * b.unit[k]!;
    tn2 += a.w * b.w * dot;
  }
  const tn = Math.sqrt(Math.max(0, tn2));
  if (!(tn > 0)) return;
  for (const id of ids) {
    const r = catalog.rowOf.get(id);
    if (r === undefined) continue;
    const parts = rows.map((h) => (h.w * unitCosine(vec, h.unit, r, norms)) / tn);
    const total = parts.reduce((a, b) => a + b, 0);
    // The cosine (clamped at 0), with the item that pulls most toward the candidate as its evidence.
    if (total > 0) add(id, W.vectors * total, { kind: 'similar', about: rows[argmax(parts)]!.id });
  }
}
