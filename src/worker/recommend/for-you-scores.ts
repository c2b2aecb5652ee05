// Worker recommender: the `for-you` score, shared by the production strategy (for-you.ts, which lets it
// generate candidates) and the offline eval (RecommendationEngine.scoreCandidates, which asks it to score
// a given list). Short-term interest: the shopper's recent items, decayed by steps and by clock, expanded
// through the merchant's tables; long-term: category/brand affinities, searches, popularity.
import { addUnitRow, norm, queryCosine } from '../../shared/int8-vectors.ts';
import { CandidatePool } from './candidate-pool.ts';
import { EVENT_WEIGHT, type Interaction } from './shopper-profile.ts';
import { categoryOf, neighbours, titleOf, type StrategyContext } from './strategy-context.ts';
import { words } from './words.ts';

const VERB: Record<Interaction['type'], string> = { view: 'viewed', click: 'viewed', cart: 'added', purchase: 'bought' };
const SEARCHES_USED = 3;
const TWO_HOP_ITEMS = 10;
const TWO_HOP_FANOUT = 30;
const RESCORED = 300;
const SEARCH_MATCHES = 100;
const SEARCH_POSTINGS = 1000;

/**
 * Scores candidates for the shopper. With `only`, scores exactly those ids (eval, re-ranking) and adds
 * nothing else; without, generates candidates from every signal.
 */
export function forYouPool(ctx: StrategyContext, only?: ReadonlySet<string>): CandidatePool {
  const { catalog, profile, weights: W, now } = ctx;
  const pool = new CandidatePool();
  const add = (id: string, score: number, source: string, reason: string) => {
    if (!only || only.has(id)) pool.add(id, score, source, reason);
  };

  // Short-term: recent items, newest first. Page context counts as the newest item.
  const history: Array<{ id: string; w: number; reason: string }> = [];
  if (ctx.productId && catalog.byId.has(ctx.productId)) history.push({ id: ctx.productId, w: 1, reason: `Similar to ${titleOf(ctx, ctx.productId)}` });
  for (let i = profile.recent.length - 1, rank = 0; i >= 0; i--, rank++) {
    const h = profile.recent[i]!;
    const clock = W.longTerm + (1 - W.longTerm) * Math.pow(2, -Math.max(0, now - h.at) / W.sessionHalfLifeMs);
    const w = Math.pow(W.stepDecay, rank) * clock * EVENT_WEIGHT[h.type];
    history.push({ id: h.productId, w, reason: `Because you ${VERB[h.type]} ${titleOf(ctx, h.productId)}` });
  }
  const tables = [
    ['transitions', catalog.transitions, W.transitions],
    ['coview', catalog.coview, W.coview],
    ['copurchase', catalog.copurchase, W.copurchase],
    ['similar', catalog.similar, W.similar],
  ] as const;
  for (const h of history) {
    for (const [source, table, weight] of tables) {
      if (!table || weight <= 0) continue;
      const reason = source === 'copurchase' ? `Often bought with ${titleOf(ctx, h.id)}` : h.reason;
      for (const [c, s] of neighbours(table, h.id)) add(c, h.w * weight * s, source, reason);
    }
  }

  // Two hops (neighbours of neighbours) reach items no shopper has paired with these yet.
  if (W.twoHop > 0) {
    for (const h of history.slice(0, TWO_HOP_ITEMS)) {
      for (const [table, weight] of [[catalog.coview, W.coview], [catalog.transitions, W.transitions]] as const) {
        if (!table || weight <= 0) continue;
        for (const [n, s1] of neighbours(table, h.id).slice(0, TWO_HOP_FANOUT)) {
          for (const [c, s2] of neighbours(table, n)) if (c !== h.id) add(c, h.w * W.twoHop * weight * s1 * s2, 'two-hop', h.reason);
        }
      }
    }
  }

  // Searches: products whose words cover most of a recent query.
  if (W.search > 0) {
    profile.searches.slice(-SEARCHES_USED).forEach((s, i, list) => {
      const terms = [...new Set(words(s.query))];
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
      for (const [id, cover] of matched) add(id, W.search * recency * cover, 'search', `Matches your search “${s.query}”`);
    });
  }

  // Long-term affinities: generate from the shopper's top categories, then score every candidate.
  const topCats = profile.categories.top(now, 3);
  if (!only && W.category > 0) {
    for (const c of topCats) for (const id of ctx.indexes.popularIn(c.name).slice(0, 20)) add(id, 1e-9, 'category', `Because you like ${c.name}`);
  }
  // Generating, only the strongest collaborative candidates get the per-item scores below: it keeps a
  // recommendation in milliseconds when two hops reach thousands of items.
  const ids = only ? [...only] : pool.list().slice(0, Math.max(RESCORED, ctx.want * 10)).map((c) => c.productId);
  const catTop = new Map(topCats.map((c) => [c.name, c.weight]));
  const brandTop = new Map(profile.brands.top(now, 3).map((b) => [b.name, b.weight]));
  for (const id of ids) {
    const p = catalog.byId.get(id);
    const cat = categoryOf(p);
    const ca = cat ? catTop.get(cat) ?? 0 : 0;
    if (ca > 0) add(id, W.category * ca, 'category', `Because you like ${cat}`);
    const ba = p?.brand ? brandTop.get(p.brand) ?? 0 : 0;
    if (ba > 0) add(id, W.brand * ba, 'brand', `Because you like ${p!.brand}`);
  }

  // Words of recent titles (IDF-weighted): the platform, series or material a shopper keeps coming back to.
  if (W.text > 0 && history.length > 0) {
    const taste = new Map<string, number>();
    history.forEach((h, rank) => {
      // Taste in words (platform, series) lasts longer than the next-item signal: its own, slower decay.
      const w = Math.pow(W.textStepDecay, rank) * (h.w > 0 ? 1 : 0);
      for (const [word, x] of ctx.indexes.textVector(h.id)) taste.set(word, (taste.get(word) ?? 0) + w * x);
    });
    let tn = 0;
    for (const x of taste.values()) tn += x * x;
    tn = Math.sqrt(tn);
    const best = history[0]!;
    for (const id of ids) {
      let dot = 0;
      for (const [w, x] of ctx.indexes.textVector(id)) dot += x * (taste.get(w) ?? 0);
      if (dot > 0) add(id, (W.text * dot) / tn, 'text', best.reason);
    }
  }

  // Taste vector: recent items' unit vectors, weighted like the history.
  const vec = catalog.vectors;
  if (vec && W.vectors > 0 && history.length > 0) {
    const taste = new Float32Array(vec.dim);
    for (const h of history.slice(0, 10)) {
      const r = catalog.rowOf.get(h.id);
      if (r !== undefined) addUnitRow(vec, r, h.w, taste);
    }
    const tn = norm(taste);
    const best = history[0]!;
    for (const id of ids) {
      const r = catalog.rowOf.get(id);
      if (r !== undefined && tn > 0) add(id, W.vectors * Math.max(0, queryCosine(vec, taste, tn, r)), 'vectors', best.reason);
    }
  }

  // Popularity: a small prior on every candidate, and the cold-start fill.
  if (W.popularity > 0) {
    const fill = only ? ids : new Set([...ids, ...ctx.indexes.popular().slice(0, ctx.want * 2)]);
    for (const id of fill) {
      const pop = ctx.indexes.popularity(id);
      if (pop > 0) {
        const cat = categoryOf(catalog.byId.get(id));
        add(id, W.popularity * Math.pow(pop, W.popularityExponent), 'trending', cat ? `Trending in ${cat}` : 'Popular right now');
      }
    }
  }
  return pool;
}
