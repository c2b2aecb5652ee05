// Unit (recommender, issue 11 item 2): every reason names its evidence, and only the evidence that
// contributed most. For every strategy, the page blend and the fallbacks, a candidate's terms add up to
// its score, its source is the kind with the largest term, and its sentence is that kind's, naming a
// product, search or category that contributed to that term.
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/protocol/events.ts';
import { STRATEGIES, type Candidate, type ReasonKind } from '../../src/protocol/recommend.ts';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';
import { DEFAULT_FOR_YOU_WEIGHTS, type ForYouWeights } from '../../src/worker/recommend/for-you-weights.ts';
import { trainNextItemModel } from '../../src/cli/train/train-next-item-model.ts';
import { decodeNextItem, encodeNextItem } from '../../src/shared/next-item-model.ts';
import type { CatalogData } from '../../src/worker/catalog/catalog-data.ts';
import { fixtureCatalog, PRODUCTS } from '../eval/rec-fixture.ts';

/** The fixture shop with a trained next-item model: tent → pegs → lamp, Trail Runner 2 → socks → road. */
function withModel(catalog = fixtureCatalog()): CatalogData {
  const row = (id: string) => catalog.rowOf.get(id)!;
  const seqs: number[][] = [];
  for (let i = 0; i < 40; i++) seqs.push(['tent', 'pegs', 'lamp'].map(row), ['tr2', 'socks', 'road'].map(row));
  const m = trainNextItemModel(seqs, catalog.products.length, { dim: 8, epochs: 20, negatives: 4, batch: 16, lr: 0.03 });
  const bytes = encodeNextItem(m.dim, m.positions, m.rows, m.bias);
  catalog.nextItem = decodeNextItem(bytes.buffer as ArrayBuffer, catalog.products.length);
  return catalog;
}

const NOW = Date.UTC(2025, 0, 10, 12);
const title = (id: string) => PRODUCTS.find((p) => p.id === id)!.title;
const TITLES = PRODUCTS.map((p) => p.title);
const CATEGORIES = [...new Set(PRODUCTS.map((p) => p.categories.at(-1)!))];

/** The sentence each kind may say; `names` is what it must name (a product title, a query or a category). */
const SAYS: Record<ReasonKind, RegExp> = {
  similar: /^Similar to (?<names>.+)$/,
  'looks-similar': /^Looks like (?<names>.+)$/,
  'bought-with': /^(?:Often bought with (?<names>.+)|Goes with (?<cart>.+) in your cart)$/,
  'went-on-to-buy': /^Customers who bought (?<names>.+) went on to buy this$/,
  'also-bought': /^(?:Customers who bought (?<names>.+) also bought this|Related to (?<hop>.+) by what customers bought)$/,
  complement: /^Often bought with (?<category>.+)$/,
  search: /^Matches your search “(?<query>.+)”$/,
  category: /^Because you've been browsing (?<category>.+)$/,
  brand: /^Because you've been browsing (?<brand>.+)$/,
  trending: /^(?:Trending in (?<category>.+)|Popular right now)$/,
  'recently-viewed': /^You viewed this recently$/,
  shop: /^Recommended by the shop$/,
};

function check(c: Candidate, where: string): void {
  const terms = c.terms ?? {};
  const entries = Object.entries(terms) as Array<[ReasonKind, number]>;
  expect(entries.length, `${where}: ${c.productId} has no terms`).toBeGreaterThan(0);
  const largest = Math.max(...entries.map(([, v]) => v));
  // Ties (two tables saying the same) may name either.
  expect(terms[c.source], `${where}: ${c.productId} is said to be ${c.source} (${JSON.stringify(terms)})`).toBeGreaterThanOrEqual(largest - 1e-12);
  const m = SAYS[c.source].exec(c.reason);
  expect(m, `${where}: "${c.reason}" is not a ${c.source} reason`).not.toBeNull();
  const g = m!.groups ?? {};
  const named = g.names ?? g.cart ?? g.hop;
  if (named) expect(TITLES, `${where}: "${c.reason}" names no product`).toContain(named);
  if (g.category) expect(CATEGORIES).toContain(g.category);
}

const HISTORY: StoredEvent[] = [
  { type: 'view', productId: 'tent', at: NOW - 50_000 },
  { type: 'view', productId: 'tr2', at: NOW - 40_000 },
  { type: 'cart', productId: 'tr3', quantity: 1, at: NOW - 30_000 },
  { type: 'search', query: 'camping lamp', at: NOW - 5_000 },
];

function engines(): Array<[string, RecommendationEngine]> {
  const cold = new RecommendationEngine(fixtureCatalog());
  const warm = new RecommendationEngine(fixtureCatalog());
  for (const e of HISTORY) warm.observe(e);
  const pinned = new RecommendationEngine(fixtureCatalog({ pin: [{ productId: 'lamp', position: 0 }] }));
  for (const e of HISTORY) pinned.observe(e);
  const modelled = new RecommendationEngine(withModel());
  for (const e of HISTORY) modelled.observe(e);
  return [['new visitor', cold], ['shopper', warm], ['pinned', pinned], ['shopper, with a trained model', modelled]];
}

describe('reasons name the largest evidence', () => {
  it.each(engines())('for every strategy, anchored or not (%s)', (_name, engine) => {
    let checked = 0;
    for (const strategy of STRATEGIES) {
      for (const productId of [undefined, 'tr2', 'tent', 'lamp']) {
        for (const c of engine.recommend(productId ? { strategy, productId, limit: 20 } : { strategy, limit: 20 }, NOW)) {
          check(c, `${strategy}(${productId ?? '-'})`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('in a page blend, with page context and disjoint slots', () => {
    for (const [name, engine] of engines()) {
      const results = engine.recommendPage({
        slots: STRATEGIES.map((strategy, i) => ({ key: String(i), strategy, limit: 4 })),
        context: { productId: 'tr2', query: 'tent pegs', category: 'Outdoor > Tents' },
      }, NOW);
      for (const r of results) for (const c of r.products) check(c, `${name} page ${r.key}`);
    }
  });

  it.each([['tables', fixtureCatalog], ['tables and a trained model', withModel]] as const)('for-you (%s): the term of each kind is what that signal alone scores, and the source is the largest of them', (_name, catalogOf) => {
    const OFF: Partial<ForYouWeights> = { transitions: 0, coview: 0, copurchase: 0, similar: 0, twoHop: 0, text: 0, vectors: 0, popularity: 0, category: 0, brand: 0, search: 0, model: 0 };
    const shop = catalogOf();
    const D = DEFAULT_FOR_YOU_WEIGHTS;
    const alone = (weights: Partial<ForYouWeights>) => {
      const engine = new RecommendationEngine(shop, { weights: { ...OFF, ...weights } });
      for (const e of HISTORY) engine.observe(e);
      return (ids: string[]) => engine.scoreCandidates(ids, NOW);
    };
    const transitions = alone({ transitions: D.transitions });
    const model = alone({ model: D.model });
    const signals: Array<[ReasonKind, (ids: string[]) => number[]]> = [
      // What follows what: the transitions table and the trained model both say "went on to buy".
      ['went-on-to-buy', (ids) => transitions(ids).map((v, i) => v + model(ids)[i]!)],
      ['bought-with', alone({ copurchase: D.copurchase })],
      ['similar', alone({ similar: D.similar, text: D.text, vectors: D.vectors })],
      ['search', alone({ search: D.search })],
      ['category', alone({ category: D.category })],
      ['brand', alone({ brand: D.brand })],
      ['trending', alone({ popularity: D.popularity })],
    ];
    // Two hops count as also-bought whichever table they go through.
    const coview = alone({ coview: D.coview, twoHop: D.twoHop });
    const hopsWith = alone({ transitions: D.transitions, twoHop: D.twoHop });
    const hopsWithout = alone({ transitions: D.transitions });
    signals.push(['also-bought', (ids) => coview(ids).map((v, i) => v + hopsWith(ids)[i]! - hopsWithout(ids)[i]!)]);

    const engine = new RecommendationEngine(shop, { diversity: 1 });
    for (const e of HISTORY) engine.observe(e);
    const out = engine.recommend({ strategy: 'for-you', limit: 20 }, NOW);
    if (shop.nextItem) expect(out.some((c) => (c.terms?.['went-on-to-buy'] ?? 0) > 0)).toBe(true);
    expect(out.length).toBeGreaterThan(3);
    const ids = out.map((c) => c.productId);
    const independent = signals.map(([kind, score]) => [kind, score(ids)] as const);
    out.forEach((c, i) => {
      for (const [kind, values] of independent) expect(c.terms?.[kind] ?? 0, `${c.productId} ${kind}`).toBeCloseTo(values[i]!, 6);
      const own = independent.find(([kind]) => kind === c.source)![1][i]!;
      expect(own, `${c.productId}: ${c.source} is not the largest term`).toBeGreaterThanOrEqual(Math.max(...independent.map(([, values]) => values[i]!)) - 1e-12);
    });
  });

  it('names the evidence that was really largest: a co-purchase partner over a weaker look-alike', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    engine.observe({ type: 'view', productId: 'tent', at: NOW - 1000 });
    const pegs = engine.recommend({ strategy: 'for-you', limit: 8 }, NOW).find((c) => c.productId === 'pegs')!;
    expect(pegs.terms!['also-bought']! + (pegs.terms!['went-on-to-buy'] ?? 0)).toBeGreaterThan(0);
    check(pegs, 'for-you after the tent');
    expect(pegs.reason).toContain(title('tent'));
  });

  it('a cold start is only popularity, and says so', () => {
    const engine = new RecommendationEngine(fixtureCatalog());
    const [page] = engine.recommendPage({ slots: [{ key: 'home', strategy: 'for-you' }] }, NOW);
    expect(page!.basis).toBe('popular');
    for (const c of page!.products) expect(c.source).toBe('trending');
    // The page's product changes that: the list rests on it, and the reasons name it.
    const [product] = engine.recommendPage({ slots: [{ key: 'p', strategy: 'for-you' }], context: { productId: 'tr2' } }, NOW);
    expect(product!.basis).toBe('context');
    expect(product!.products[0]!.reason).toContain(title('tr2'));
  });
});
