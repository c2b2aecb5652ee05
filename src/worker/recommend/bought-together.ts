// Worker recommender strategy `bought-together`: the anchor's co-purchase neighbours (the table holds a
// lift-like score over orders with a minimum support), else best sellers of complementary categories.
import type { Candidate } from '../../protocol/recommend.ts';
import { anchorOf } from './anchor-of.ts';
import { complementsOf } from './complements-of.ts';
import type { StrategyContext } from './strategy-context.ts';

export function boughtTogether(ctx: StrategyContext): Candidate[] {
  const anchor = anchorOf(ctx);
  if (!anchor) return [];
  return complementsOf(ctx, [anchor], (title) => `Often bought with ${title}`).filter((c) => c.productId !== anchor).slice(0, ctx.want);
}
