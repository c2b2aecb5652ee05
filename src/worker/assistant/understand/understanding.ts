// Assistant, understanding: the one record `understand` makes of a message. Every later stage (decide,
// retrieve, compose) reads this record; none of them re-reads the message text to find something new.
import type { LanguageGuess } from './detect-language.ts';
import type { IntentDistribution } from './intent-classifier.ts';
import type { IntentId } from './intent-taxonomy.ts';
import type { AskedFact } from './parse-fact.ts';
import type { ParsedRequest } from './parse-query.ts';
import type { Superlative } from './parse-ranking.ts';
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
  /**
   * The alternatives a message lists, when it lists two or more ("Stridewell vs Northpace running shoes",
   * "it or the Storm Shell"): each part names a product, a brand, a kind or points at one. Else empty.
   */
  parts: string[];
  /** Asks what the shop sells at all ("what do you sell then?", "what kinds of products do you have?"). */
  asksRange: boolean;
  /** A choice among products pointed at ("which of the two is waterproof?", "which one is cheaper?"). */
  choosing: boolean;
  /** The measure a choice is made by, from a comparative ("which one is cheaper?"); only when choosing. */
  choiceBy?: Superlative;
  /** A comparative in the message ("a bigger one", "similar but lighter"): relative to the product in focus. */
  than?: Superlative;
  /** Words that set products side by side ("compare", "vs", "better than", "the difference"). */
  comparative: boolean;
  /** Product ids the reference resolves to in the conversation state (or the page). */
  referred: string[];
  /** The shopper reports something wrong ("my promo code is not working", "charged twice"). */
  problem: boolean;
  /** For recommendation requests: related how to what ("what goes with this?" → complement). */
  relation: 'similar' | 'complement' | 'personal' | null;
  /** Reads as a continuation of the last answer ("and express?", "in blue?", "cheaper"). */
  followUp: boolean;
  /**
   * The message's content terms (canonical, question-form words left out), and which of them the shop's
   * own text uses: in product fields, or only in the help centre. Evidence the intent model cannot see.
   */
  words: { content: string[]; catalog: string[]; helpOnly: string[] };
  /** A continuation with no question of its own ("and Canada?"): it asks the last question again. */
  elliptical: boolean;
  /** Share (rarity-weighted, 0..1) of the content terms that the last help-centre section holds; 0 without one. */
  topicCoverage: number;
  /** The same share for the best of the other help-centre sections: a new topic holds more of the message. */
  otherTopicCoverage: number;
  /** The same share for the best help-centre section of all. */
  helpCoverage: number;
  /** Only limits or refinements, no subject ("cheaper", "in blue?", "not pink", "for 4 people"). */
  refines: boolean;
  /** The encoder's vector of the message, computed once and shared with retrieval. */
  embedding?: Float32Array;
}
