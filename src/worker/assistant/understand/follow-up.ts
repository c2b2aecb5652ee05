// Assistant, understanding: follow-up refinement ("in blue?", "cheaper ones", "what about jackets?") by
// re-reading the conversation: earlier search messages supply every slot the new message leaves open.
import type { ChatMessage } from '../../../protocol/assistant.ts';
import type { CatalogVocab } from './catalog-vocab.ts';
import { classifyIntent } from './classify-intent.ts';
import { extractSlots, hasSearchContent, type Slots } from './extract-slots.ts';
import { normalizeText } from './tokenize.ts';

const FOLLOW_UP_START = /^(and|or|but|what about|how about|any|anything|in|only|just|cheaper|less expensive|more|show me more|maybe|same|ones|also|now|other|others|something else|anything else)\b/;
/** "show me more", "any others?": the shopper has seen the last answer's products. */
const WANTS_OTHERS = /\b(more|other|others|else|different|another)\b/;
/** How many earlier shopper messages a refinement chain may reach back. */
const MAX_CHAIN = 4;
/** How many history messages (both roles) a chain may span. */
const MAX_MESSAGES = 16;

export interface PreviousSearch {
  slots: Slots;
  /** Prices of the products the assistant showed after it. */
  prices: number[];
  /** Ids of every product the assistant showed since that search began. */
  shown: string[];
  text: string;
}

function hasSubject(s: Slots): boolean {
  return s.categoryTerms.length > 0 || s.freeTerms.length > 0;
}

/** New slots win; open ones are inherited. The subject (category + words) travels as one. */
export function mergeSlots(previous: Slots, next: Slots): Slots {
  const merged: Slots = {
    colours: next.colours.length ? next.colours : previous.colours,
    categoryTerms: hasSubject(next) ? next.categoryTerms : previous.categoryTerms,
    freeTerms: hasSubject(next) ? next.freeTerms : previous.freeTerms,
    includeOutOfStock: next.includeOutOfStock || previous.includeOutOfStock,
  };
  const brand = next.brand ?? previous.brand;
  const size = next.size ?? previous.size;
  const material = next.material ?? previous.material;
  const price = next.price ?? previous.price;
  if (brand) merged.brand = brand;
  if (size) merged.size = size;
  if (material) merged.material = material;
  if (price) merged.price = price;
  return merged;
}

/** The search the conversation was last refining, or null. */
export function previousSearch(history: ChatMessage[], vocab: CatalogVocab): PreviousSearch | null {
  const chain: Array<{ slots: Slots; text: string }> = [];
  let prices: number[] | null = null;
  const shown = new Set<string>();
  const oldest = Math.max(0, history.length - MAX_MESSAGES);
  for (let i = history.length - 1; i >= oldest && chain.length < MAX_CHAIN; i--) {
    const m = history[i] as ChatMessage;
    if (m.role === 'assistant') {
      prices ??= (m.products ?? []).map((p) => p.price);
      for (const p of m.products ?? []) shown.add(p.id);
      continue;
    }
    // Weak guesses count too: "what about jackets?" reads as a question but refines the search.
    const guess = classifyIntent(m.text);
    if (guess.strong && guess.intent !== 'product-search') break;
    const slots = extractSlots(m.text, vocab);
    const followUp = FOLLOW_UP_START.test(normalizeText(m.text));
    // "show me more" adds nothing to the search but belongs to it: look past it.
    if (!hasSearchContent(slots)) {
      if (followUp) continue;
      break;
    }
    chain.unshift({ slots, text: m.text });
    if (hasSubject(slots) && !followUp) break;
  }
  if (chain.length === 0) return null;
  const slots = chain.slice(1).reduce((acc, c) => mergeSlots(acc, c.slots), (chain[0] as { slots: Slots }).slots);
  return { slots, prices: prices ?? [], shown: [...shown], text: chain.map((c) => c.text).join(' ') };
}

/** Products to leave out of a follow-up that asks for others than those already shown. */
export function alreadyShown(text: string, previous: PreviousSearch): Set<string> {
  return WANTS_OTHERS.test(normalizeText(text)) ? new Set(previous.shown) : new Set();
}

/** True when a message reads as a refinement of the last search rather than a new one. */
export function isFollowUp(text: string, slots: Slots): boolean {
  const t = normalizeText(text);
  if (FOLLOW_UP_START.test(t)) return true;
  return hasSearchContent(slots) && !hasSubject(slots) && t.split(' ').length <= 6;
}
