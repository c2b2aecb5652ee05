// Worker recommender: the public entry point. The worker (src/worker/aisle-worker.ts) replays stored
// events through observe() at start-up, calls observe() on each track() and recommend() per slot; the
// offline eval (src/cli/eval-rec.ts) drives the same class through scoreCandidates().
import type { StoredEvent } from '../../protocol/events.ts';
import type { Candidate, PageContext, PageRequest, PageSlotResult, RecommendRequest, Strategy } from '../../protocol/recommend.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import { blend } from './blend.ts';
import { boughtTogether } from './bought-together.ts';
import { cart } from './cart.ts';
import { CatalogIndexes } from './catalog-indexes.ts';
import { DEFAULT_FOR_YOU_WEIGHTS, type ForYouWeights } from './for-you-weights.ts';
import { forYouPool } from './for-you-scores.ts';
import { forYou } from './for-you.ts';
import { recentlyViewed } from './recently-viewed.ts';
import { ShopperProfile } from './shopper-profile.ts';
import { similar } from './similar.ts';
import { recommendPage } from './recommend-page.ts';
import { sessionFocus } from './session-focus.ts';
import type { StrategyContext, StrategyFn } from './strategy-context.ts';
import { trending } from './trending.ts';

export const STRATEGY_FNS: Record<Strategy, StrategyFn> = {
  'for-you': forYou,
  similar,
  'bought-together': boughtTogether,
  trending,
  'recently-viewed': recentlyViewed,
  cart,
};

/**
 * Strategies whose slot is topped up from for-you (page context + trending) when they run short.
 * Not bought-together: a slot about the product stays about the product, short or empty.
 */
const FILLED: ReadonlySet<Strategy> = new Set(['similar', 'trending', 'cart']);
const DEFAULT_LIMIT = 8;
/** How recent the last action must be for for-you to make room for it. */
const LATEST_INTEREST_MS = 30 * 60 * 1000;
/** How many of the latest views for-you leaves out. */
const RECENT_VIEWS_HIDDEN = 10;
const MAX_LIMIT = 50;

/** Candidate lists already computed for this page, and how many products its slots may take in all. */
interface StrategyMemo {
  lists: Map<string, Candidate[]>;
  extra: number;
}

function memoized(memo: StrategyMemo | undefined, key: string, compute: () => Candidate[]): Candidate[] {
  if (!memo) return compute();
  let list = memo.lists.get(key);
  if (!list) memo.lists.set(key, (list = compute()));
  return list;
}

export interface EngineOptions {
  weights?: Partial<ForYouWeights>;
  /** MMR trade-off for slots (1 = no diversity). */
  diversity?: number;
}

export class RecommendationEngine {
  private profile: ShopperProfile;
  private readonly indexes: CatalogIndexes;
  private readonly weights: ForYouWeights;
  private readonly diversity: number;

  constructor(private readonly catalog: CatalogData, options: EngineOptions = {}) {
    this.indexes = new CatalogIndexes(catalog);
    this.weights = { ...DEFAULT_FOR_YOU_WEIGHTS, ...options.weights };
    this.diversity = options.diversity ?? 0.8;
    this.profile = this.newProfile();
  }

  observe(event: StoredEvent): void {
    this.profile.observe(event);
  }

  /** Prepares the lazily built lookup tables ahead of the first call (about 0.7 s at 100k products). */
  warm(): void {
    this.indexes.warm();
  }

  reset(): void {
    this.profile = this.newProfile();
  }

  /**
   * One slot's recommendations. `exclude`: products other slots of the page took; `context`: what the page
   * shows (see PageContext), used when the request names no product.
   */
  recommend(req: RecommendRequest, now = Date.now(), options: { exclude?: ReadonlySet<string>; context?: PageContext; memo?: StrategyMemo } = {}): Candidate[] {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(req.limit ?? DEFAULT_LIMIT)));
    const fn = STRATEGY_FNS[req.strategy];
    if (!fn) throw new RangeError(`unknown strategy "${String(req.strategy)}"; use one of ${Object.keys(STRATEGY_FNS).join(', ')}`);
    const page = options.context ?? {};
    const productId = req.productId ?? page.productId;
    const exclude = this.profile.excluded();
    for (const id of options.exclude ?? []) exclude.add(id);
    // The product on screen is never recommended on its own page.
    if (productId && req.strategy !== 'trending') exclude.add(productId);
    // "For you" looks forward: what the shopper just looked at has its own recently-viewed slot.
    if (req.strategy === 'for-you') for (const id of this.profile.viewed.slice(-RECENT_VIEWS_HIDDEN)) exclude.add(id);
    // Ask for more than the limit: exclusions and rules remove some before the cut.
    // A page's slots share one candidate list per strategy (memo), asked for enough for all of them.
    const ctx = this.context(now, limit * 3 + (options.memo ? this.profile.excluded().size + options.memo.extra : exclude.size), productId, page);
    const focus = req.strategy === 'for-you' ? sessionFocus(this.profile, this.catalog, this.indexes, ctx.category) : null;
    if (focus) ctx.focus = focus;
    const tiers = [memoized(options.memo, `${req.strategy}|${productId ?? ''}|${ctx.want}`, () => fn(ctx))];
    if (FILLED.has(req.strategy) && tiers[0]!.length < ctx.want) tiers.push(forYou(ctx));
    const blended = blend(this.catalog, tiers, { strategy: req.strategy, limit, exclude, rules: this.catalog.rules, diversity: this.diversity, ...(focus ? { focus } : {}) });
    return req.strategy === 'for-you' ? this.withLatestInterest(blended, exclude, now, limit, options.memo) : blended;
  }

  /** Every slot of a page at once, with disjoint products (see recommend-page.ts). */
  recommendPage(req: PageRequest, now = Date.now()): Array<PageSlotResult<Candidate>> {
    const memo: StrategyMemo = { lists: new Map(), extra: req.slots.reduce((n, s) => n + (s.limit ?? DEFAULT_LIMIT), (req.shown ?? []).length) };
    return recommendPage(req, {
      recommend: (slot, exclude, context) => this.recommend(slot, now, { exclude, context, memo }),
      hasHistory: () => this.profile.recent.length > 0 || this.profile.searches.length > 0,
      categoryOf: (id) => this.catalog.byId.get(id)?.categories.at(-1),
    });
  }

  /**
   * The shopper's very last action shows on the next call: when none of the results comes from the
   * newest item (a long history can outweigh one view), its best neighbour takes the second place.
   */
  private withLatestInterest(results: Candidate[], exclude: Set<string>, now: number, limit: number, memo?: StrategyMemo): Candidate[] {
    const latest = this.profile.recent[this.profile.recent.length - 1];
    if (!latest || now - latest.at > LATEST_INTEREST_MS || results.length === 0) return results;
    const fromLatest = memoized(memo, `latest|${latest.productId}|${limit}`, () => similar(this.context(now, limit, latest.productId)));
    if (fromLatest.length === 0 || results.some((r) => fromLatest.some((c) => c.productId === r.productId))) return results;
    const shown = new Set(results.map((r) => r.productId));
    const [pick] = blend(this.catalog, [fromLatest], { strategy: 'for-you', limit: 1, exclude: new Set([...exclude, ...shown, latest.productId]), rules: this.catalog.rules, diversity: 1 });
    if (!pick) return results;
    return [results[0]!, pick, ...results.slice(1)].slice(0, limit);
  }

  /** The for-you score of each id, in order (0 when nothing links it to the shopper). Used by the eval. */
  scoreCandidates(ids: string[], now = Date.now()): number[] {
    const pool = forYouPool(this.context(now, ids.length), new Set(ids));
    return ids.map((id) => pool.score(id));
  }

  profileSummary(): { categories: Array<{ name: string; weight: number }>; brands: Array<{ name: string; weight: number }>; recentSearches: string[]; cart: string[]; dismissed: string[] } {
    const p = this.profile;
    const now = Math.max(p.lastAt, Date.now());
    return {
      categories: p.categories.top(now),
      brands: p.brands.top(now),
      recentSearches: p.searches.map((s) => s.query).reverse(),
      cart: [...p.cart],
      dismissed: [...p.dismissed],
    };
  }

  private context(now: number, want: number, productId?: string, page: PageContext = {}): StrategyContext {
    const ctx: StrategyContext = { catalog: this.catalog, indexes: this.indexes, profile: this.profile, weights: this.weights, now, want };
    if (productId) ctx.productId = productId;
    const category = page.category?.split('>').pop()?.trim();
    if (category && this.indexes.popularIn(category).length > 0) ctx.category = category;
    const query = page.query?.trim();
    if (query) ctx.query = query.slice(0, 200);
    return ctx;
  }

  private newProfile(): ShopperProfile {
    return new ShopperProfile((id) => this.catalog.byId.get(id));
  }
}
