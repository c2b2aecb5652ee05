// Assistant, understanding: the one record `understand` makes of a message. Every later stage (decide,
// retrieve, compose) reads this record; none of them re-reads the message text to find something new.
import type { LanguageGuess } from './detect-language.ts';
import type { IntentDistribution } from './intent-classifier.ts';
import type { IntentId } from './intent-taxonomy.ts';
import type { AskedFact } from './parse-fact.ts';
import type { ParsedRequest } from './parse-query.ts';
import type { Reference } from './parse-references.ts';

/** What the page tells the assistant: the product on screen, the cart, what the shopper viewed. */
export interface PageContext {
  productId?: string;
  cart: string[];
  recentlyViewed: string[];
}

export interface Understanding {
  /** The message as typed (trimmed). */
  text: string;
  /** Normalised (lower case, no accents or punctuation) and its words. */
  norm: string;
  tokens: string[];
  language: LanguageGuess;
  intent: IntentDistribution;
  /** The most likely intent, and whether the classifier put the message outside the shop's scope. */
  top: IntentId;
  topP: number;
  outOfScope: boolean;
  /** A question, and one that asks for yes or no ("do you ship to the UK?", "is it waterproof?"). */
  isQuestion: boolean;
  yesNo: boolean;
  request: ParsedRequest;
  fact: AskedFact;
  reference: Reference | null;
  /** Product ids the message names by title, best first. */
  named: string[];
  /** Product ids the reference resolves to in the conversation state (or the page). */
  referred: string[];
  /** The shopper reports something wrong ("my promo code is not working", "charged twice"). */
  problem: boolean;
  /** For recommendation requests: related how to what ("what goes with this?" → complement). */
  relation: 'similar' | 'complement' | 'personal' | null;
  /** Reads as a continuation of the last answer ("and express?", "in blue?", "cheaper"). */
  followUp: boolean;
  /** The encoder's vector of the message, computed once and shared with retrieval. */
  embedding?: Float32Array;
}
