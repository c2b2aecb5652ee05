// Assistant: the worker's chat entry point. One message travels once through the pipeline: the encoder's
// vector and the language are computed once, `understand` makes one record of the message, `decide` picks
// the action, `runAction` retrieves and composes from the catalog and help centre only, and the answer is
// streamed in word groups. The conversation state goes in and the next state comes out, for the worker to keep.
import type { KnownVector } from '../../shared/text-vectors.ts';
import type { AskResult } from '../../protocol/assistant.ts';
import type { Product } from '../../protocol/product.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import { toRecommended } from '../catalog/to-recommended.ts';
import { streamText } from './compose/stream-text.ts';
import { decide } from './decide/decide.ts';
import type { Draft, Tools } from './draft.ts';
import type { EmbedFn } from './retrieve/embed-scorer.ts';
import { FaqSearch } from './retrieve/faq-search.ts';
import { findNamedProducts } from './retrieve/find-named-products.ts';
import { ProductSearch } from './retrieve/product-search.ts';
import type { Recommender } from './retrieve/recommend-in-chat.ts';
import { runAction } from './run-action.ts';
import { freshState, type ConversationState } from './state/conversation-state.ts';
import { nextState } from './state/next-state.ts';
import { canonicalTerms } from './understand/catalog-vocab.ts';
import { CategoryVectors } from './retrieve/category-vectors.ts';
import { detectLanguage } from './understand/detect-language.ts';
import type { IntentClassifier } from './understand/intent-classifier.ts';
import { understand } from './understand/understand.ts';
import type { PageContext } from './understand/understanding.ts';

export interface AssistantOptions {
  /** Sentence encoder (512-d, L2-normalised); absent until the model has loaded or when disabled. */
  embed?: EmbedFn;
  /**
   * The trained intent models (understand/intent-model/); absent until they have loaded, or when they
   * cannot: then no intent is preferred and the catalog's and help centre's evidence decides.
   */
  classifier?: IntentClassifier;
}

export interface AskContext {
  page: PageContext;
  state?: ConversationState;
  /** The recommender's public `recommend()`, for "recommend something", "what goes with this?". */
  recommend?: Recommender;
}

export interface AskOutcome {
  result: AskResult;
  state: ConversationState;
}

const MAX_PRODUCTS = 5;
/** How long after an answer background work waits before it runs (a shopper reads, then types). */
const IDLE_MS = 1_500;

export class ShoppingAssistant {
  private readonly search: ProductSearch;
  private readonly faq: FaqSearch;
  private readonly categories: CategoryVectors;
  private classifier: IntentClassifier | undefined;
  private embed: EmbedFn | undefined;
  private warming: Promise<void> = Promise.resolve();
  /** Questions being answered now, and background work waiting for them to finish. */
  private asking = 0;
  private waiters: Array<() => void> = [];
  private lastAnswerAt = 0;

  constructor(private readonly catalog: CatalogData, options: AssistantOptions = {}) {
    this.search = new ProductSearch(catalog);
    this.faq = new FaqSearch(catalog.faq);
    this.categories = new CategoryVectors(() => this.search.vocab.categories);
    this.classifier = options.classifier;
    this.setEmbedder(options.embed);
  }

  /** The intent models, once loaded: the next message is classified with them. */
  setClassifier(classifier: IntentClassifier | undefined): void {
    this.classifier = classifier;
  }

  /**
   * `known`: the shop's texts as `aisle build` embedded them with this encoder (the index's text-vectors
   * chunk); only texts it lacks are embedded here.
   */
  setEmbedder(embed: EmbedFn | undefined, known?: KnownVector): void {
    this.embed = embed;
    // Help-centre sentences and category names are embedded once per encoder, in the background: answers
    // use their vectors once they are there and words until then, so no answer waits for them.
    const idle = () => this.idle();
    this.warming = embed ? this.faq.warm(embed, idle, known).then(() => this.categories.warm(embed, idle, known)) : Promise.resolve();
  }

  /**
   * Resolves when no question is being answered and none has been for a moment: background work (the
   * help centre's vectors) runs while the shopper reads or types, never between two quick questions.
   */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.asking > 0) return this.waiters.push(check);
        const wait = this.lastAnswerAt + IDLE_MS - Date.now();
        if (wait > 0) setTimeout(check, wait);
        else resolve();
      };
      // A macrotask first, so a question that has just arrived starts before the next batch.
      setTimeout(check, 0);
    });
  }

  /**
   * Any request the worker serves (a tracked event, a recommendation) counts as activity: background
   * embedding waits for a quiet worker, not only a quiet chat, so a slot's refresh after an add-to-cart
   * never queues behind a batch of help-centre sentences.
   */
  noteActivity(): void {
    this.lastAnswerAt = Math.max(this.lastAnswerAt, Date.now());
  }

  /** Resolves once the help centre and categories are embedded for the current encoder (tests, benchmarks). */
  warmed(): Promise<void> {
    return this.warming;
  }

  /** The message's vector, or undefined without an encoder or when it fails (answers then rest on words). */
  private async embedOnce(text: string): Promise<Float32Array | undefined> {
    if (!this.embed || !text) return undefined;
    try {
      const [vector] = await this.embed([text]);
      return vector;
    } catch {
      return undefined;
    }
  }

  async ask(text: string, context: AskContext, onToken?: (chunk: string) => void): Promise<AskOutcome> {
    this.asking++;
    try {
      return await this.answer(text, context, onToken);
    } finally {
      this.asking--;
      this.lastAnswerAt = Date.now();
      if (this.asking === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  private async answer(text: string, context: AskContext, onToken?: (chunk: string) => void): Promise<AskOutcome> {
    const message = String(text ?? '').trim().slice(0, 500);
    const state = context.state ?? freshState();
    const vocab = this.search.vocab;
    const [embedding, language] = await Promise.all([this.embedOnce(message), detectLanguage(message, vocab.knownWords)]);
    const u = understand(
      { text: message, state, page: context.page, language, ...(embedding ? { embedding } : {}) },
      {
        vocab,
        ...(this.classifier ? { classifier: this.classifier } : {}),
        named: (t, max) => findNamedProducts(t, this.search, this.catalog.byId, max).map((p) => p.id),
        titleTerms: (id) => canonicalTerms(this.catalog.byId.get(id)?.title ?? ''),
        product: (id) => this.catalog.byId.get(id),
        sectionCoverage: (terms, entryId) => this.faq.sectionCoverage(terms, entryId),
        otherCoverage: (terms, except) => this.faq.otherCoverage(terms, except),
      },
    );
    const action = decide(u, state, context.page.productId);
    const tools: Tools = {
      catalog: this.catalog,
      search: this.search,
      faq: this.faq,
      state,
      page: context.page,
      nearestCategories: (v) => this.categories.nearest(v),
      ...(this.embed ? { embed: this.embed } : {}),
      ...(context.recommend ? { recommend: context.recommend } : {}),
    };
    const draft = await runAction(action, u, tools);
    const result = toResult(draft);
    await streamText(result.text, onToken);
    return { result, state: nextState(state, draft.effect) };
  }
}

function reasonFor(draft: Draft, p: Product): string {
  return typeof draft.reason === 'string' ? draft.reason : (draft.reason?.get(p.id) ?? '');
}

function toResult(draft: Draft): AskResult {
  const result: AskResult = {
    text: draft.text,
    intent: draft.intent,
    products: (draft.products ?? []).slice(0, MAX_PRODUCTS).map((p) => toRecommended(p, reasonFor(draft, p))),
  };
  if (draft.actions?.length) result.actions = draft.actions;
  if (draft.source) result.source = draft.source;
  if (draft.comparison) result.comparison = draft.comparison;
  if (draft.language) result.language = draft.language;
  return result;
}
