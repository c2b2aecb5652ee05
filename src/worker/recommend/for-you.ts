// Worker recommender strategy `for-you`: the shopper's own mix (recent items through co-occurrence and
// transitions, affinities, searches, cart), falling back to trending and the page's product when new.
import type { Candidate } from '../../protocol/recommend.ts';
import { forYouPool } from './for-you-scores.ts';
import type { StrategyContext } from './strategy-context.ts';

export function forYou(ctx: StrategyContext): Candidate[] {
  return forYouPool(ctx).list(ctx.want);
}
