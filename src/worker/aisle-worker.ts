// Worker: the implementation of the one API the worker exposes (AisleWorkerApi). It owns the catalog
// index, the shopper store, the recommendation engine and the assistant; index.ts only exposes it.
import type { AskResult, ChatMessage } from '../protocol/assistant.ts';
import type { TrackEvent, StoredEvent } from '../protocol/events.ts';
import type { LoadProgress } from '../protocol/progress.ts';
import type { Product, RecommendedProduct } from '../protocol/product.ts';
import type { Candidate, PageRequest, RecommendRequest } from '../protocol/recommend.ts';
import type { AisleWorkerApi, ShopperProfile, Variant, WorkerInit, WorkerNotice, WorkerStatus } from '../protocol/worker-api.ts';
import { loadIndexBody, loadIndexHead, loadVectors, type IndexHead, type LoadedIndex } from './catalog/load-index.ts';
import { setPriceLanguage } from './catalog/price-text.ts';
import { toRecommended } from './catalog/to-recommended.ts';
import { ShoppingAssistant, type AskContext } from './assistant/assistant.ts';
import { readConversationState, writeConversationState, type ConversationState } from './assistant/state/conversation-state.ts';
import type { IntentClassifier } from './assistant/understand/intent-classifier.ts';
import { RecommendationEngine } from './recommend/engine.ts';
import { ResilientStore } from './storage/resilient-store.ts';
import { ChatModels, type EmbedderFactory } from './chat-models.ts';
import { PageWatch, type PageResults } from './page-watch.ts';
import { validatePage } from './validate-page.ts';
import { validateRecommend, validateTrack } from './validate-request.ts';
import { aisleError, ERROR_NAMES } from '../protocol/errors.ts';
import type { PhotoAssistant } from './vision/photo-assistant.ts';

/** How long a question waits for the encoder, already loading, before it is answered without it. */
const MODEL_WAIT_MS = 2_500;
/**
 * How long a first question waits for the intent models. They are small and come from the widget's own
 * folder, but without them a question is barely understood (no intent, no comparison), so a slow
 * phone or a busy machine is worth waiting for; a missing file fails at once and does not wait.
 */
const INTENTS_WAIT_MS = 10_000;

/** How long after the index head the rest of the catalog starts loading, unless a call needs it first. */
const BODY_DELAY_MS = 400;

/** The profile record that holds the chat's conversation state (see assistant/state/conversation-state.ts). */
const CONVERSATION_STATE_KEY = 'assistant-state';

/** A view this recent still counts as "the product on screen" for questions like "is this in blue?". */
const CURRENT_PRODUCT_MS = 30 * 60 * 1000;

/** What the first recommendations need: the store and, when the index has `cards`, an engine over them. */
interface Head {
  head: IndexHead;
  store: ResilientStore;
  light: RecommendationEngine | null;
  variant: Variant;
}

/** Everything, once the whole catalog has loaded. */
interface Ready {
  index: LoadedIndex;
  store: ResilientStore;
  engine: RecommendationEngine;
  assistant: ShoppingAssistant;
}

export class AisleWorker implements AisleWorkerApi {
  private head: Promise<Head> | null = null;
  private ready: Promise<Ready> | null = null;
  private full: Ready | null = null;
  private settings: WorkerInit | null = null;
  private degraded: string[] = [];
  private wantBody: () => void = () => undefined;
  private readonly page = new PageWatch((request) => this.answerPage(request));
  /** The chat's conversation state for this visit (read from the store on the first question). */
  private conversation: Promise<ConversationState> | null = null;
  /** The chat's writes to the store, chained so they land in order. */
  private chatWrites: Promise<void> = Promise.resolve();
  private listener: ((notice: WorkerNotice) => void) | null = null;
  private photos: Promise<PhotoAssistant> | null = null;

  private readonly models: ChatModels;

  constructor(createEmbedder: EmbedderFactory | null) {
    this.models = new ChatModels(createEmbedder, (notice) => this.report(notice));
  }

  /** Where degradations and notices go as they happen (the client: one warning and a `degraded` event each). */
  watch(listener: (notice: WorkerNotice) => void): void {
    this.listener = listener;
  }

  /** Records a degradation for status() and tells the page; without a listener (Node, tests) the console. */
  private report(notice: WorkerNotice): void {
    if (notice.kind === 'degraded') this.degraded.push(notice.message);
    if (this.listener) {
      // A page that went away (or a broken proxy) must not break the worker.
      Promise.resolve()
        .then(() => this.listener?.(notice))
        .catch(() => undefined);
    } else console.warn(`[aisle] ${notice.message}`);
  }

  /** Resolves as soon as the first recommendations can be served; the rest of the catalog follows. */
  init(init: WorkerInit): Promise<WorkerStatus> {
    if (!this.head) {
      this.settings = init;
      setPriceLanguage(init.lang);
      this.models.configure(init);
      const head = this.startHead(init);
      // The rest of the catalog loads a moment after the head, so parsing it (tens of ms for a big
      // shop, on this one worker thread) does not delay the first recommendations; a call that needs
      // it sooner starts it at once.
      const bodyWanted = new Promise<void>((resolve) => {
        this.wantBody = resolve;
        setTimeout(resolve, BODY_DELAY_MS);
      });
      const ready = head.then(async (h) => {
        await bodyWanted;
        return this.startBody(h);
      });
      this.head = head;
      this.ready = ready;
      // Forget a failed start so a later call can retry (e.g. the index host was briefly down).
      head.catch(() => undefined);
      ready.catch(() => {
        if (this.ready === ready) this.head = this.ready = null;
      });
    }
    return this.head.then(() => this.status());
  }

  private async startHead(init: WorkerInit): Promise<Head> {
    const [head, store] = await Promise.all([
      loadIndexHead(init.indexUrl),
      ResilientStore.open({
        persist: init.storage,
        onDegraded: (message) => this.report({ kind: 'degraded', message }),
        onNotice: (message) => this.report({ kind: 'notice', message }),
      }),
    ]);
    const variant = await assignVariant(store, init.holdout ?? 0);
    return { head, store, light: head.light ? replayed(new RecommendationEngine(head.light), store) : null, variant };
  }

  private async startBody({ head, store }: Head): Promise<Ready> {
    const index = await loadIndexBody(head);
    const ready: Ready = { index, store, engine: replayed(new RecommendationEngine(index.catalog), store), assistant: new ShoppingAssistant(index.catalog) };
    // Set in the same turn as the replay above, so no tracked event falls between the two.
    this.full = ready;
    // The recommender's lookup tables are built now, while the shopper reads the page, not on their first call.
    setTimeout(() => ready.engine.warm(), 0);
    // A page first answered from the light engine gets the full catalog's answer.
    this.page.refresh();
    // Item vectors help `similar` and `for-you` but no result waits for them.
    loadVectors(index).catch((err: Error) => this.report({ kind: 'degraded', message: `item vectors unavailable: ${err.message}` }));
    // The "looks similar" table of an index built with --images, for `similar` (no result waits for it).
    if (index.manifest.vision) void import('./vision/looks-similar.ts').then((m) => m.loadLooksSimilar(index)).catch((err: Error) => this.report({ kind: 'degraded', message: `looks-similar table unavailable: ${err.message}` }));
    return ready;
  }

  private get(): Promise<Ready> {
    if (!this.ready) throw new Error('Aisle worker used before init(); the loader calls init first');
    this.wantBody();
    return this.ready;
  }

  private getHead(): Promise<Head> {
    if (!this.head) throw new Error('Aisle worker used before init(); the loader calls init first');
    return this.head;
  }

  /** The trained intent models (see ChatModels.intents). */
  intents(): Promise<IntentClassifier | null> {
    return this.models.intents();
  }

  async status(): Promise<WorkerStatus> {
    const h = this.head ? await this.head : null;
    const status: WorkerStatus = {
      products: h?.head.manifest.counts.products ?? 0,
      storage: h?.store.kind ?? 'memory',
      model: this.models.state,
      variant: h?.variant ?? 'recommendations',
    };
    if (this.models.backend) status.backend = this.models.backend;
    if (h?.head.manifest.vision) status.photos = true;
    if (this.degraded.length) status.degraded = this.degraded.join('; ');
    return status;
  }

  async track(event: TrackEvent): Promise<void> {
    const valid = validateTrack(event);
    const { store, light } = await this.getHead();
    const stored: StoredEvent = { ...valid, at: Date.now() };
    // Observed before the store write, synchronously with it, so an engine built from the store's
    // snapshot later either includes the event or is already here to observe it (never both, never neither).
    light?.observe(stored);
    this.full?.engine.observe(stored);
    this.full?.assistant.noteActivity();
    this.page.refresh();
    await store.addEvent(stored);
  }

  async recommend(request: RecommendRequest): Promise<RecommendedProduct[]> {
    const valid = validateRecommend(request);
    const { variant } = await this.getHead();
    if (variant === 'holdout') return [];
    const { catalog, engine } = await this.engineFor([valid.strategy], !!valid.productId);
    this.full?.assistant.noteActivity();
    return this.toProducts(catalog, engine.recommend(valid).slice(0, valid.limit));
  }

  async recommendPage(request: PageRequest, onChange?: (changed: PageResults) => void): Promise<PageResults> {
    const valid = validatePage(request);
    const { variant } = await this.getHead();
    if (variant === 'holdout') return valid.slots.map((s) => ({ key: s.key, products: [], basis: 'popular' }));
    const results = await this.answerPage(valid);
    this.full?.assistant.noteActivity();
    if (onChange) this.page.watch(valid, onChange, results);
    return results;
  }

  /**
   * Until the whole catalog is in, the light engine answers what needs only the top products: trending,
   * and "for you" for a shopper with no history on a page with no product or search. Anything else waits.
   */
  private async engineFor(strategies: string[], anchored: boolean): Promise<{ catalog: LoadedIndex['catalog']; engine: RecommendationEngine }> {
    if (this.full) return { catalog: this.full.index.catalog, engine: this.full.engine };
    const { head, store, light } = await this.getHead();
    const lightOk = light && !anchored && strategies.every((s) => s === 'trending' || (s === 'for-you' && store.eventsNow().length === 0));
    if (lightOk) return { catalog: head.light!, engine: light };
    const r = await this.get();
    return { catalog: r.index.catalog, engine: r.engine };
  }

  /** A page's slots now, from the engine that can answer them (see engineFor). */
  private async answerPage(request: PageRequest): Promise<PageResults> {
    const context = request.context ?? {};
    const { catalog, engine } = await this.engineFor(request.slots.map((s) => s.strategy), !!(context.productId || context.query || request.slots.some((s) => s.productId)));
    return engine.recommendPage(request).map((r) => ({ ...r, products: this.toProducts(catalog, r.products) }));
  }

  private toProducts(catalog: LoadedIndex['catalog'], list: Candidate[]): RecommendedProduct[] {
    return list.flatMap((c) => {
      const product = catalog.byId.get(c.productId);
      return product ? [{ ...toRecommended(product, c.reason), why: c.source }] : [];
    });
  }

  async ask(text: string, onToken?: (chunk: string) => void): Promise<AskResult> {
    const question = String(text ?? '').trim().slice(0, 500);
    const { store, engine, assistant } = await this.get();
    // A question is the moment the model is needed: start it if the UI has not already (API-only use).
    // A load already under way gets a short wait; the answer never waits for a whole download.
    const warming = this.warmModel();
    if (this.models.state === 'loading') await Promise.race([warming, new Promise((r) => setTimeout(r, MODEL_WAIT_MS))]);
    // The intent models (small, from the widget's own folder) are usually in before the encoder; a first
    // question waits for them longer than for the encoder (see INTENTS_WAIT_MS), then is understood without them.
    if (!this.models.intentsLoaded) await Promise.race([this.models.intentsFor(assistant), new Promise((r) => setTimeout(r, INTENTS_WAIT_MS))]);
    const summary = engine.profileSummary();
    const events = await store.events();
    const recentlyViewed = events.filter((e) => e.type === 'view' && e.productId).map((e) => e.productId as string).reverse();
    // The product in view: the latest view, if recent (each product page records one as it loads).
    const lastView = [...events].reverse().find((e) => e.type === 'view' && e.productId);
    const page: AskContext['page'] = { cart: summary.cart, recentlyViewed };
    if (lastView && Date.now() - lastView.at < CURRENT_PRODUCT_MS) page.productId = lastView.productId!;
    // The conversation state is kept beside the chat, read once per visit (a corrupted record reads as a
    // fresh conversation) and held here after that, so no answer waits on IndexedDB to read it.
    this.conversation ??= store.getMeta(CONVERSATION_STATE_KEY).then(readConversationState);
    const state = await this.conversation;
    const { result, state: next } = await assistant.ask(question, { page, state, recommend: (request) => engine.recommend(request) }, onToken);
    this.conversation = Promise.resolve(next);
    // Stored in the background, in order: the answer is the shopper's now, and a busy disk must not hold
    // it back. ResilientStore falls back to memory on a failed write; forget() waits for these first.
    const now = Date.now();
    this.chatWrites = this.chatWrites.then(async () => {
      await store.addChat({ role: 'shopper', text: question, at: now });
      await store.addChat({ role: 'assistant', ...answerRecord(result), at: now + 1 });
      await store.setMeta(CONVERSATION_STATE_KEY, writeConversationState(next));
    }).catch(() => undefined);
    // A product search in the chat is a search like any other: it feeds "for you".
    if (result.intent === 'product-search' && question) void this.track({ type: 'search', query: question.slice(0, 200) }).catch(() => undefined);
    return result;
  }

  async warmModel(onProgress?: (p: LoadProgress) => void): Promise<WorkerStatus> {
    const { assistant, index } = await this.get();
    await this.models.warm(assistant, index, onProgress);
    return this.status();
  }

  async profile(): Promise<ShopperProfile> {
    const { store, engine } = await this.get();
    await this.chatWrites;
    const summary = engine.profileSummary();
    return {
      storage: store.kind,
      events: await store.events(),
      categories: summary.categories,
      brands: summary.brands,
      recentSearches: summary.recentSearches,
      cart: summary.cart,
      dismissed: summary.dismissed,
      chat: await store.chat(),
    };
  }

  async forget(): Promise<void> {
    const { store, light } = await this.getHead();
    // A chat write still in flight would otherwise land after the erase and bring the conversation back.
    await this.chatWrites;
    this.conversation = null;
    light?.reset();
    this.full?.engine.reset();
    this.page.refresh();
    await store.clear();
  }

  async product(id: string): Promise<Product | undefined> {
    const { index } = await this.get();
    return index.catalog.byId.get(String(id));
  }

  async chatHistory(): Promise<ChatMessage[]> {
    const { store } = await this.get();
    await this.chatWrites;
    return store.chat();
  }

  async askPhoto(photo: Blob, onProgress?: (p: LoadProgress) => void): Promise<AskResult> {
    if (typeof Blob === 'undefined' || !(photo instanceof Blob)) throw aisleError(ERROR_NAMES.badArgument, 'askPhoto(photo): photo must be a Blob or File (an image the shopper picked, dropped or pasted)');
    const { index, store } = await this.get();
    if (!index.manifest.vision) throw aisleError(ERROR_NAMES.badArgument, 'This shop\'s index has no image features, so photos cannot be matched: the merchant builds it with `aisle build --images`.');
    // The vision code loads with the first photo, never before.
    this.photos ??= import('./vision/photo-assistant.ts').then(({ PhotoAssistant }) => {
      const base = this.settings?.assetBase ?? '';
      return new PhotoAssistant(index, { modelsUrl: `${base}models/`, ortBaseUrl: `${base}ort/` }, (reason) => this.report({ kind: 'degraded', message: reason }));
    });
    const answer = await (await this.photos).ask(photo, onProgress);
    const now = Date.now();
    const shopper: ChatMessage = { role: 'shopper', text: 'Photo', at: now };
    if (answer.thumbnail) shopper.photo = { jpeg: answer.thumbnail.bytes, width: answer.thumbnail.width, height: answer.thumbnail.height };
    await store.addChat(shopper);
    await store.addChat({ role: 'assistant', text: answer.text, products: answer.products, at: now + 1 });
    return { text: answer.text, products: answer.products, intent: answer.intent };
  }
}

/** What the chat history keeps of an answer: what the UI shows again after a reload. */
function answerRecord(result: AskResult): Omit<ChatMessage, 'role' | 'at'> {
  const record: Omit<ChatMessage, 'role' | 'at'> = { text: result.text, products: result.products };
  if (result.source) record.source = result.source;
  if (result.comparison) record.comparison = result.comparison;
  if (result.actions?.length) record.actions = result.actions;
  return record;
}

/** An engine that has seen every stored event (synchronously, see ResilientStore.eventsNow). */
function replayed(engine: RecommendationEngine, store: ResilientStore): RecommendationEngine {
  for (const event of store.eventsNow()) engine.observe(event);
  return engine;
}

/**
 * The shopper's experiment group, drawn once on the device and kept with the rest of their data (so
 * `forget()` also forgets it). A hold-out of 0 puts everyone in 'recommendations'.
 */
async function assignVariant(store: ResilientStore, holdout: number): Promise<Variant> {
  if (!(holdout > 0)) return 'recommendations';
  const kept = await store.getMeta('variant');
  if (kept === 'holdout' || kept === 'recommendations') return kept;
  const variant: Variant = Math.random() * 100 < holdout ? 'holdout' : 'recommendations';
  await store.setMeta('variant', variant);
  return variant;
}
