// Protocol: recommendation requests and the candidate shape every strategy returns.

export const STRATEGIES = ['for-you', 'similar', 'bought-together', 'trending', 'recently-viewed', 'cart'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface RecommendRequest {
  strategy: Strategy;
  /** The anchor product for `similar` and `bought-together`; page context for the others. */
  productId?: string;
  /** How many results at most; default 8, capped at 50. */
  limit?: number;
}

/**
 * What a recommendation rests on, as a shopper reads it; the "Why am I seeing this?" popover explains each.
 * A new signal joins the kind whose evidence it is; the visual table (`aisle build --images`) has its own,
 * because "Looks like X" is a different claim from "Similar to X" (title, category, description).
 */
export const REASON_KINDS = [
  'similar', // content: the similar table, item vectors, title words (a product the shopper viewed or has on screen)
  'looks-similar', // the visual neighbours table: the product's picture is close to the anchor's
  'bought-with', // the co-purchase table: in the same orders as a product viewed, on screen or in the cart
  'went-on-to-buy', // transitions and the sequence model: what customers bought next after a product
  'also-bought', // customer co-occurrence (and its second hop): bought by the customers of a product
  'complement', // category level: best sellers of a category bought with the product's category
  'search', // words of a search
  'category', // the shopper's category interest
  'brand', // the shopper's brand interest
  'trending', // popularity only: nothing about the shopper
  'recently-viewed', // the shopper's own views
  'shop', // placed by the merchant's rules
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** One scored product from one strategy, before blending. */
export interface Candidate {
  productId: string;
  score: number;
  /** The kind of evidence whose term of the score is largest; `reason` names that evidence. */
  source: ReasonKind;
  /** A short human sentence naming the evidence: "Often bought with Trail Runner 2". */
  reason: string;
  /** The score split by kind of evidence (before the blend's tier and rule factors, which scale all alike). */
  terms?: Partial<Record<ReasonKind, number>>;
  /** Placed by a merchant pin rule (its reason stays the evidence it had, or "Recommended by the shop"). */
  pinned?: boolean;
}

/** What the page shows, for recommendations built from context before any history exists. */
export interface PageContext {
  /** The product on screen (a product page). */
  productId?: string;
  /** The category on screen (a category page), as the feed names it: "Running Shoes" or "Shoes > Running Shoes". */
  category?: string;
  /** The search that brought the shopper here (the page URL's q / query / search parameter). */
  query?: string;
}

/** One slot of a page: a strategy, and the place it takes in the page's one request. */
export interface PageSlot extends RecommendRequest {
  /** Names the slot in the result (the loader numbers them). */
  key: string;
  /** The panel's "For you" tab: served after the slots on the page. */
  panel?: boolean;
  /** `data-allow-repeats`: this slot may show products other slots show. */
  allowRepeats?: boolean;
}

/** One request for everything a page shows: its slots get disjoint products, best slot first. */
export interface PageRequest {
  slots: PageSlot[];
  context?: PageContext;
  /** Products the merchant's page already shows itself (`data-aisle-shown`): no slot repeats them. */
  shown?: string[];
}

/**
 * What a slot's list rests on, for its title: `personal` (the shopper's own history), `context` (only the
 * page: the product, search or cart on screen), `popular` (best sellers only: the slot says so).
 */
export type SlotBasis = 'personal' | 'context' | 'popular';

export interface PageSlotResult<P> {
  key: string;
  products: P[];
  basis: SlotBasis;
  /** With `popular`: the category all of them are popular in, when they share one. */
  popularIn?: string;
}
