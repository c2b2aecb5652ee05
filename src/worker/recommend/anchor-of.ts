// Worker recommender: the product a strategy is about: the request's productId, else the shopper's
// most recent item (what they are probably looking at).
import type { StrategyContext } from './strategy-context.ts';

export function anchorOf(ctx: StrategyContext): string | undefined {
  if (ctx.productId && ctx.catalog.byId.has(ctx.productId)) return ctx.productId;
  return ctx.profile.recent[ctx.profile.recent.length - 1]?.productId;
}
