// Worker recommender: the sentence each kind of evidence shows on a card. It names the evidence: the
// product viewed, on screen or in the cart, the search, the category. The popover (src/ui/why-text.ts)
// explains the same kinds at more length.
import { CandidatePool, type Evidence, type SayReason } from './candidate-pool.ts';
import { titleOf, type StrategyContext } from './strategy-context.ts';

export function reasonText(ctx: StrategyContext): SayReason {
  return (e: Evidence): string => {
    const about = e.about ?? '';
    const title = () => titleOf(ctx, about);
    switch (e.kind) {
      case 'similar':
        return about ? `Similar to ${title()}` : 'Similar to what you viewed';
      case 'looks-similar':
        return `Looks like ${title()}`;
      case 'bought-with':
        return ctx.profile.cart.has(about) ? `Goes with ${title()} in your cart` : `Often bought with ${title()}`;
      case 'went-on-to-buy':
        return `Customers who bought ${title()} went on to buy this`;
      case 'also-bought':
        return e.indirect ? `Related to ${title()} by what customers bought` : `Customers who bought ${title()} also bought this`;
      case 'complement':
        return `Often bought with ${about}`;
      case 'search':
        return `Matches your search “${about}”`;
      case 'category':
        return `Because you've been browsing ${about}`;
      case 'brand':
        return `Because you've been browsing ${about}`;
      case 'trending':
        return about ? `Trending in ${about}` : 'Popular right now';
      case 'recently-viewed':
        return 'You viewed this recently';
      case 'shop':
        return 'Recommended by the shop';
    }
  };
}

/** A candidate pool whose reasons are written for this context. */
export function poolFor(ctx: StrategyContext): CandidatePool {
  return new CandidatePool(reasonText(ctx));
}
