// Worker recommender: what every strategy reads (catalog, shopper profile, time, anchor product) and the
// small lookups they share. Built once per recommend() call by the engine.
import type { PairTableChunk } from '../../protocol/index-format.ts';
import type { Candidate } from '../../protocol/recommend.ts';
import type { Product } from '../../protocol/product.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import type { CatalogIndexes } from './catalog-indexes.ts';
import type { SessionFocus } from './session-focus.ts';
import type { ShopperProfile } from './shopper-profile.ts';
import type { ForYouWeights } from './for-you-weights.ts';

export interface StrategyContext {
  catalog: CatalogData;
  indexes: CatalogIndexes;
  profile: ShopperProfile;
  weights: ForYouWeights;
  now: number;
  /** Anchor product (similar, bought-together) or the page's product for the others. */
  productId?: string;
  /** The category the page shows (a category page), as the catalog names it. */
  category?: string;
  /** The search that brought the shopper to the page. */
  query?: string;
  /** What the shopper is focused on (see session-focus.ts): for-you keeps its best products in the running. */
  focus?: SessionFocus;
  /** How many candidates a strategy should aim for before blending. */
  want: number;
}

/** A strategy: candidates with scores, sources and reasons; blending happens later. */
export type StrategyFn = (ctx: StrategyContext) => Candidate[];

/** A product's list in a pair table; [] when it has none (`pairs.constructor` of a parsed object is no list). */
export function neighbours(table: PairTableChunk | null, id: string): Array<[string, number]> {
  const list = table?.pairs[id];
  return Array.isArray(list) ? list : [];
}

/** The narrowest category (last breadcrumb element), used in reasons: "Trending in Shoes". */
export function categoryOf(p: Product | undefined): string | undefined {
  return p?.categories[p.categories.length - 1];
}

export function titleOf(ctx: StrategyContext, id: string): string {
  return ctx.catalog.byId.get(id)?.title ?? id;
}
