// Assistant: the worker's chat entry point. Understands a message (rules + optional encoder), retrieves
// from the in-memory catalog only, composes a short templated answer and streams it in word groups.
import type { AskResult, ChatMessage } from '../../protocol/assistant.ts';
import type { Product } from '../../protocol/product.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import { toRecommended } from '../catalog/to-recommended.ts';
import { answerCompare, answerProductQuestion } from './compose/answer-product.ts';
import { answerSearch, matchReason } from './compose/answer-search.ts';
import { answerOrder, answerPolicy, answerService, type ServiceReply } from './compose/answer-service.ts';
import { streamText } from './compose/stream-text.ts';
import type { EmbedFn } from './retrieve/embed-scorer.ts';
import { FaqSearch } from './retrieve/faq-search.ts';
import { findNamedProducts } from './retrieve/find-named-products.ts';
import { ProductSearch } from './retrieve/product-search.ts';
import { classifyIntent } from './understand/classify-intent.ts';
import { extractSlots, hasSearchContent, type Slots } from './understand/extract-slots.ts';
import { alreadyShown, isFollowUp, mergeSlots, previousSearch } from './understand/follow-up.ts';
import type { Intent, IntentGuess } from './understand/intent.ts';
import { IntentMatcher, PROTOTYPE_MIN_COSINE, PROTOTYPE_MIN_COSINE_CATALOG_WORDS } from './understand/intent-matcher.ts';

export interface AssistantOptions {
  /** Optional sentence encoder (512-d, L2-normalised) for semantic matching; absent until the model has loaded or when disabled. */
  embed?: (texts: string[]) => Promise<Float32Array[]>;
  lang?: string;
}

export interface AskContext {
  history: ChatMessage[];
  currentProductId?: string;
  cart: string[];
  recentlyViewed: string[];
}

interface Draft {
  intent: Intent;
  text: string;
  products?: Product[];
  reason?: string;
  actions?: ServiceReply['actions'];
}

const MAX_PRODUCTS = 5;
/** A question that names a product is about that product ("is the Everyday Hoodie available in blue?"). */
const QUESTION_START = /^\s*(is|are|does|do|did|what|whats|what's|how|can|which|has|have)\b/i;

/** Intent matching and re-ranking both embed the message: one encoder run serves both. */
function rememberLastQuery(embed: EmbedFn): EmbedFn {
  let last: { text: string; vectors: Promise<Float32Array[]> } | null = null;
  return (texts) => {
    const [text] = texts;
    if (texts.length !== 1 || text === undefined) return embed(texts);
    if (last?.text !== text) {
      const vectors = embed(texts);
      // A failed run is forgotten so the next ask can retry.
      vectors.catch(() => (last = null));
      last = { text, vectors };
    }
    return last.vectors;
  };
}

export class ShoppingAssistant {
  private readonly search: ProductSearch;
  private readonly faq: FaqSearch;
  private embed: EmbedFn | undefined;
  private matcher: IntentMatcher | null = null;

  constructor(private readonly catalog: CatalogData, options: AssistantOptions = {}) {
    this.search = new ProductSearch(catalog);
    this.faq = new FaqSearch(catalog.faq);
    this.setEmbedder(options.embed);
  }

  setEmbedder(embed: AssistantOptions['embed']): void {
    this.embed = embed ? rememberLastQuery(embed) : undefined;
    this.matcher = this.embed ? new IntentMatcher(this.embed) : null;
  }

  async ask(text: string, context: AskContext, onToken?: (chunk: string) => void): Promise<AskResult> {
    const draft = await this.draft(String(text ?? '').trim(), context);
    const result: AskResult = {
      text: draft.text,
      intent: draft.intent,
      products: (draft.products ?? []).slice(0, MAX_PRODUCTS).map((p) => toRecommended(p, draft.reason ?? '')),
    };
    if (draft.actions?.length) result.actions = draft.actions;
    await streamText(result.text, onToken);
    return result;
  }

  private async draft(text: string, context: AskContext): Promise<Draft> {
    const vocab = this.search.vocab;
    const slots = extractSlots(text, vocab);
    const previous = previousSearch(context.history, vocab);
    const followUp = previous !== null && isFollowUp(text, slots) && (await this.resolveIntent(text, slots, context, true)).intent === 'product-search';
    const guess = followUp ? { intent: 'product-search' as const, strong: true } : await this.resolveIntent(text, slots, context, false);
    switch (guess.intent) {
      case 'product-question':
        return this.productQuestion(text, slots, context, previous);
      case 'compare':
        return this.compare(text, context);
      case 'policy':
        return { intent: 'policy', ...answerPolicy(this.faq.best(text)) };
      case 'order-status':
        return { intent: 'order-status', ...answerOrder(this.faq.bestOnTopic(text)) };
      case 'product-search':
        if (followUp && previous) return this.productSearch(text, mergeSlots(previous.slots, slots), previous.prices, alreadyShown(text, previous));
        return this.productSearch(text, slots, previous?.prices);
      default:
        return { intent: guess.intent, ...answerService(guess.intent, this.catalog.products[0]?.categories[0]) };
    }
  }

  /**
   * Rules first; a question naming a product is about it; the encoder's prototypes may overrule a weak
   * guess; a weak "question" with no product in view is a search. `rulesOnly` skips the encoder (follow-ups).
   */
  private async resolveIntent(text: string, slots: Slots, context: AskContext, rulesOnly: boolean): Promise<IntentGuess> {
    let guess = classifyIntent(text);
    if (rulesOnly) return guess.strong ? guess : { intent: 'product-search', strong: false };
    const named = (): boolean => findNamedProducts(text, this.search, this.catalog.byId, 1).length > 0;
    if (guess.intent === 'product-search' && QUESTION_START.test(text) && named()) return { intent: 'product-question', strong: true };
    if (this.matcher) {
      const catalogWords = slots.categoryTerms.length > 0 || !!slots.brand;
      const min = catalogWords ? PROTOTYPE_MIN_COSINE_CATALOG_WORDS : PROTOTYPE_MIN_COSINE;
      guess = await this.matcher.refine(guess, text, min).catch(() => guess);
    }
    // "which shoes are best for running?" reads as a question, but with no product in view it is a search.
    const asksForProducts = /^\s*which\b|\b(best|recommend\w*|good) (for|to)\b/i.test(text);
    if (guess.intent === 'product-question' && !guess.strong && (asksForProducts || !context.currentProductId) && !named()) {
      return { intent: 'product-search', strong: false };
    }
    return guess;
  }

  private async productSearch(text: string, slots: Slots, previousPrices: number[] | undefined, exclude = new Set<string>()): Promise<Draft> {
    const request = { slots, text, limit: MAX_PRODUCTS, exclude, ...(previousPrices ? { previousPrices } : {}), ...(this.embed ? { embed: this.embed } : {}) };
    const outcome = await this.search.search(request);
    if (exclude.size > 0 && (outcome.products.length === 0 || outcome.relaxed)) {
      return { intent: 'product-search', text: "That's everything I found for this search. Try another colour, category or price range." };
    }
    const allFilters = outcome.relaxed ? [...outcome.filters, outcome.relaxed] : outcome.filters;
    return {
      intent: 'product-search',
      text: answerSearch(outcome, slots, this.search.vocab, text, allFilters, exclude.size > 0),
      products: outcome.products,
      reason: matchReason(outcome.filters),
    };
  }

  /** The product a question is about: one it names, else the page's, else the last one shown or viewed. */
  private target(text: string, context: AskContext): Product | undefined {
    const named = findNamedProducts(text, this.search, this.catalog.byId, 1)[0];
    if (named) return named;
    const lastShown = [...context.history].reverse().find((m) => m.role === 'assistant' && m.products?.length === 1)?.products?.[0]?.id;
    for (const id of [context.currentProductId, lastShown, context.recentlyViewed[0]]) {
      const p = id ? this.catalog.byId.get(id) : undefined;
      if (p) return p;
    }
    return undefined;
  }

  private async productQuestion(text: string, slots: Slots, context: AskContext, previous: ReturnType<typeof previousSearch>): Promise<Draft> {
    const p = this.target(text, context);
    if (p) return { intent: 'product-question', text: answerProductQuestion(p, text, slots), products: [p], reason: 'The product you asked about' };
    if (hasSearchContent(slots)) return this.productSearch(text, previous ? mergeSlots(previous.slots, slots) : slots, previous?.prices);
    return { intent: 'product-question', text: "Which product do you mean? Open its page or tell me its name, and I'll check." };
  }

  private compare(text: string, context: AskContext): Draft {
    const named = findNamedProducts(text, this.search, this.catalog.byId, 3);
    const picked = new Map<string, Product>(named.map((p) => [p.id, p]));
    // Context fills in only what the message points at ("compare these", "this one vs the X"); a second
    // name that matches nothing is asked about, never swapped for some other product.
    const lastShown = [...context.history].reverse().find((m) => m.role === 'assistant' && (m.products?.length ?? 0) > 0)?.products ?? [];
    const pointed = /\b(this|it|these|them|those|both|the two|my cart)\b/i.test(text);
    const fallback = named.length === 0 ? [context.currentProductId, ...context.cart, ...context.recentlyViewed, ...lastShown.map((p) => p.id)] : pointed ? [context.currentProductId, ...context.recentlyViewed] : [];
    for (const id of fallback) {
      if (picked.size >= 2) break;
      const p = id ? this.catalog.byId.get(id) : undefined;
      if (p) picked.set(p.id, p);
    }
    const items = [...picked.values()];
    if (items.length === 1) {
      return { intent: 'compare', text: `I found the ${items[0]?.title}, but not the other product. Which one should I compare it with?`, products: items, reason: 'For comparison' };
    }
    if (items.length < 2) return { intent: 'compare', text: 'Tell me which two products to compare (their names), or open one and ask again.' };
    return { intent: 'compare', text: answerCompare(items), products: items, reason: 'For comparison' };
  }
}
