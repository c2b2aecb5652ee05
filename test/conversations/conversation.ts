// Conversation checks: the shape of a scripted conversation (what the shopper says, turn by turn, and
// what a right answer must satisfy) and of what came back. Expectations check facts from the shop's
// files, never the assistant's wording.
import type { FactProduct } from './facts/fact-product.ts';
import type { ShopFacts } from './facts/shop-facts.ts';

/** One label per turn: the eval table counts right/wrong per kind. */
export const KINDS = ['search', 'follow-up', 'policy', 'service', 'compare', 'recommendation', 'out-of-scope', 'product-question', 'language'] as const;
export type Kind = (typeof KINDS)[number];

/** `homeware` and `pets` are the held-out shops (test/conversations-holdout/, test/conversations-holdout2/): never in ALL_CONVERSATIONS. */
export type ShopName = 'demo' | 'outdoor' | 'dummyjson' | 'homeware' | 'pets';

/** What the shopper got back: as read from the chat UI, or from `Aisle.ask`. */
export interface Answer {
  /** What the assistant says (the chat bubble, or `AskResult.text`). */
  text: string;
  /**
   * Everything the shopper reads in the answer but its product cards: the text, a comparison table, the
   * name of the source section (not a whole section kept behind "see more").
   */
  seen: string;
  /** Product cards in order (product or variant ids). */
  productIds: string[];
  /** Each card's "why" line, in the order of `productIds`. */
  reasons: string[];
  actions: Array<'contact-human' | 'open-url'>;
  /** The transcript the page received when the shopper took the contact-human action. */
  transcript?: string[];
  /** What the assistant says it understood (API only; reported, never checked). */
  intent?: string;
}

export interface TurnContext {
  facts: ShopFacts;
  /** Earlier answers of this conversation, oldest first. */
  previous: Answer[];
  /** The product whose page the shopper is on. */
  focus?: FactProduct;
  /** Products the conversation recorded as viewed before it started. */
  viewed: FactProduct[];
  /** What the shopper said this turn. */
  message: string;
}

export interface Verdict {
  /** The expectation with its computed values: "every product is a Tent that sleeps ≥ 4". */
  expected: string;
  ok: boolean;
  /** What was wrong, in terms of the catalog ("Cairnmoor Wisp: sleeps 1"). */
  got?: string;
}

export interface Expectation {
  evaluate(answer: Answer, ctx: TurnContext): Verdict;
}

/** A product the conversation points at, resolved when the turn runs. */
export interface ProductRef {
  label: string;
  resolve(ctx: Omit<TurnContext, 'message'>): FactProduct;
}

export type Setup =
  /** `Aisle.track` views of these products, in order (a history for "based on what I looked at"). */
  | { view: ProductRef[] }
  /** Opens this product's page (its JSON-LD records the view; "this" means it). */
  | { visit: ProductRef }
  /** Reloads the page: the conversation must survive it. */
  | { reload: true };

export type Message = string | { template: string; product: ProductRef };

export interface Turn {
  say: Message;
  kind: Kind;
  expect: Expectation[];
  before?: Setup[];
}

export interface Conversation {
  id: string;
  shop: ShopName;
  /** Typed into the chat UI, or sent with `Aisle.ask` on the page. */
  via: 'ui' | 'api';
  turns: Turn[];
}

/** A reference that cannot be resolved (the previous answer had no second product): the turn is wrong. */
export class UnresolvedReference extends Error {
  override name = 'UnresolvedReference';
}
