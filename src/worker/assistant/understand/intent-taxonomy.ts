// Assistant, understanding: every intent the trained classifier tells apart, grouped by what the assistant
// does with it. The ids are a contract: the shipped weights name their classes with them, `decide` switches
// on them, and `AskResult.intent` carries one. Add ids at the end of a group; never rename one.

/** What a shopper does in a shop's chat beyond customer service (written by the project). */
export const SHOPPING_INTENTS = [
  'product-search', // "red running shoes under $100", "do you sell kayaks?"
  'product-question', // "is this waterproof?", "what sizes does the second one come in?"
  'compare', // "compare the two cheapest tents", "Stridewell vs Northpace"
  'recommend', // "recommend something based on what I looked at", "what goes with this?"
  'greeting',
  'thanks',
  'goodbye',
  'contact-human', // Bitext contact_human_agent, plus "let me talk to a person"
] as const;

/** Bitext's customer-service intents, one id each (contact_human_agent is 'contact-human' above). */
export const BITEXT_INTENTS = [
  'cancel-order',
  'change-order',
  'change-shipping-address',
  'check-cancellation-fee',
  'check-invoice',
  'check-payment-methods',
  'check-refund-policy',
  'complaint',
  'contact-customer-service',
  'create-account',
  'delete-account',
  'delivery-options',
  'delivery-period',
  'edit-account',
  'get-invoice',
  'get-refund',
  'newsletter-subscription',
  'payment-issue',
  'place-order',
  'recover-password',
  'registration-problems',
  'review',
  'set-up-shipping-address',
  'switch-account',
  'track-order',
  'track-refund',
] as const;

/** Store flows beyond Bitext (ABCD's ontology and real help centres), written by the project. */
export const STORE_INTENTS = [
  'return-item', // "I want to send back a jacket I never wore"
  'exchange',
  'warranty',
  'shipping-cost',
  'international-shipping',
  'promo-code', // "my promo code is not working"
  'price-match',
  'discount', // "do you have a student discount?"
  'gift-card',
  'sizing', // "does it run true to size?"
  'store-info', // opening hours, where you are, privacy, who you are
] as const;

export const INTENT_IDS = [...SHOPPING_INTENTS, ...BITEXT_INTENTS, ...STORE_INTENTS] as const;
export type IntentId = (typeof INTENT_IDS)[number];

/** Bitext's label (snake_case, as in its CSV) → the id here. */
export function fromBitextLabel(label: string): IntentId | undefined {
  if (label === 'contact_human_agent') return 'contact-human';
  const id = label.replace(/_/g, '-');
  return (INTENT_IDS as readonly string[]).includes(id) ? (id as IntentId) : undefined;
}
