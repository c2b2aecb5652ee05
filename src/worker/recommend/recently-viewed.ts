// Worker recommender strategy `recently-viewed`: the shopper's own views, newest first, without the page
// they are on.
import type { Candidate } from '../../protocol/recommend.ts';
import type { StrategyContext } from './strategy-context.ts';

export function recentlyViewed(ctx: StrategyContext): Candidate[] {
  const out: Candidate[] = [];
  const viewed = ctx.profile.viewed;
  for (let i = viewed.length - 1; i >= 0 && out.length < ctx.want; i--) {
    const id = viewed[i]!;
    if (id === ctx.productId) continue;
    const score = 1 / (viewed.length - i);
    out.push({ productId: id, score, source: 'recently-viewed', reason: 'You viewed this recently', terms: { 'recently-viewed': score } });
  }
  return out;
}
