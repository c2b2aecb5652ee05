// Assistant, understanding: the intents the assistant tells apart. `AskResult.intent` carries one of these;
// the worker logs 'product-search' answers as search events.

export const INTENTS = [
  'product-search',
  'product-question',
  'compare',
  'policy',
  'order-status',
  'account',
  'contact-human',
  'greeting',
  'thanks',
  'out-of-scope',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface IntentGuess {
  intent: Intent;
  /** True when a rule fired on an unambiguous phrase; false for the fallback guess. */
  strong: boolean;
}
