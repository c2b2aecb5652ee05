// Worker: the implementation of the one API the worker exposes (AisleWorkerApi). It owns the catalog
// index, the shopper store, the recommendation engine and the assistant; index.ts only exposes it.
import type { AskResult, ChatMessage } from '../protocol/assistant.ts';
import type { TrackEvent, StoredEvent } from '../protocol/events.ts';
import type { LoadProgress } from '../protocol/progress.ts';
import type { Product, RecommendedProduct } from '../protocol/product.ts';
import type { RecommendRequest } from '../protocol/recommend.ts';
import type { AisleWorkerApi, ShopperProfile, WorkerInit, WorkerStatus } from '../protocol/worker-api.ts';
import { loadIndex, loadVectors, type LoadedIndex } from './catalog/load-index.ts';
import { toRecommended } from './catalog/to-recommended.ts';
import { ShoppingAssistant, type AskContext } from './assistant/assistant.ts';
import type { Embedder } from './models/embedder.ts';
import { RecommendationEngine } from './recommend/engine.ts';
import { ResilientStore } from './storage/resilient-store.ts';
import { validateRecommend, validateTrack } from './validate-request.ts';

/** How long a question waits for a model that is already loading before it is answered lexically. */
const MODEL_WAIT_MS = 2_500;

/** A view this recent still counts as "the product on screen" for questions like "is this in blue?". */
const CURRENT_PRODUCT_MS = 30 * 60 * 1000;

export type EmbedderFactory = (init: WorkerInit, onProgress: (p: LoadProgress) => void) => Promise<Embedder>;

interface Ready {
  index: LoadedIndex;
  store: ResilientStore;
  engine: RecommendationEngine;
  assistant: ShoppingAssistant;
}

export class AisleWorker implements AisleWorkerApi {
  private ready: Promise<Ready> | null = null;
  private settings: WorkerInit | null = null;
  private modelState: WorkerStatus['model'] = 'not-loaded';
  private embedder: Promise<Embedder | null> | null = null;
  private backend: WorkerStatus['backend'];
  private degraded: string[] = [];

  constructor(private readonly createEmbedder: EmbedderFactory | null) {}

  init(init: WorkerInit): Promise<WorkerStatus> {
    if (!this.ready) {
      this.settings = init;
      if (init.model === 'none' || !this.createEmbedder) this.modelState = 'disabled';
      this.ready = this.start(init);
      // Forget a failed start so a later call can retry (e.g. the index host was briefly down).
      this.ready.catch(() => (this.ready = null));
    }
    return this.ready.then(() => this.status());
  }

  private async start(init: WorkerInit): Promise<Ready> {
    const [index, store] = await Promise.all([
      loadIndex(init.indexUrl),
      ResilientStore.open({ persist: init.storage, onDegraded: (reason) => this.degraded.push(reason) }),
    ]);
    const engine = new RecommendationEngine(index.catalog);
    for (const event of await store.events()) engine.observe(event);
    const assistant = new ShoppingAssistant(index.catalog);
    // Item vectors help `similar` and `for-you` but the first results never wait for them.
    loadVectors(index).catch((err: Error) => this.degraded.push(`item vectors unavailable: ${err.message}`));
    return { index, store, engine, assistant };
  }

  private get() {
    if (!this.ready) throw new Error('Aisle worker used before init(); the loader calls init first');
    return this.ready;
  }

  async status(): Promise<WorkerStatus> {
    const r = this.ready ? await this.ready : null;
    const status: WorkerStatus = {
      products: r?.index.catalog.products.length ?? 0,
      storage: r?.store.kind ?? 'memory',
      model: this.modelState,
    };
    if (this.backend) status.backend = this.backend;
    if (this.degraded.length) status.degraded = this.degraded.join('; ');
    return status;
  }

  async track(event: TrackEvent): Promise<void> {
    const valid = validateTrack(event);
    const { store, engine } = await this.get();
    const stored: StoredEvent = { ...valid, at: Date.now() };
    engine.observe(stored);
    await store.addEvent(stored);
  }

  async recommend(request: RecommendRequest): Promise<RecommendedProduct[]> {
    const valid = validateRecommend(request);
    const { index, engine } = await this.get();
    return engine
      .recommend(valid)
      .slice(0, valid.limit)
      .flatMap((c) => {
        const product = index.catalog.byId.get(c.productId);
        return product ? [toRecommended(product, c.reason)] : [];
      });
  }

  async ask(text: string, onToken?: (chunk: string) => void): Promise<AskResult> {
    const question = String(text ?? '').trim().slice(0, 500);
    const { store, engine, assistant } = await this.get();
    // A question is the moment the model is needed: start it if the UI has not already (API-only use).
    // A load already under way gets a short wait; the answer never waits for a whole download.
    const warming = this.warmModel();
    if (this.modelState === 'loading') await Promise.race([warming, new Promise((r) => setTimeout(r, MODEL_WAIT_MS))]);
    const history = await store.chat();
    const summary = engine.profileSummary();
    const events = await store.events();
    const recentlyViewed = events.filter((e) => e.type === 'view' && e.productId).map((e) => e.productId as string).reverse();
    // The product in view: the latest view, if recent (each product page records one as it loads).
    const lastView = [...events].reverse().find((e) => e.type === 'view' && e.productId);
    const context: AskContext = { history, cart: summary.cart, recentlyViewed };
    if (lastView && Date.now() - lastView.at < CURRENT_PRODUCT_MS) context.currentProductId = lastView.productId!;
    const result = await assistant.ask(question, context, onToken);
    const now = Date.now();
    await store.addChat({ role: 'shopper', text: question, at: now });
    await store.addChat({ role: 'assistant', text: result.text, products: result.products, at: now + 1 });
    if (result.intent === 'product-search' && question) {
      const search: StoredEvent = { type: 'search', query: question, at: now };
      engine.observe(search);
      await store.addEvent(search);
    }
    return result;
  }

  async warmModel(onProgress?: (p: LoadProgress) => void): Promise<WorkerStatus> {
    const { assistant } = await this.get();
    if (!this.embedder && this.settings && this.createEmbedder && this.modelState !== 'disabled') {
      this.modelState = 'loading';
      const report = (p: LoadProgress) => onProgress?.(p);
      this.embedder = this.createEmbedder(this.settings, report).then(
        (embedder) => {
          this.modelState = 'ready';
          this.backend = embedder.backend === 'webgpu' ? 'webgpu' : 'wasm';
          assistant.setEmbedder((texts) => embedder.embed(texts));
          return embedder;
        },
        (err: Error) => {
          this.modelState = 'failed';
          this.degraded.push(`model unavailable, search works without it: ${err.message}`);
          return null;
        },
      );
    }
    await this.embedder;
    return this.status();
  }

  async profile(): Promise<ShopperProfile> {
    const { store, engine } = await this.get();
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
    const { store, engine } = await this.get();
    engine.reset();
    await store.clear();
  }

  async product(id: string): Promise<Product | undefined> {
    const { index } = await this.get();
    return index.catalog.byId.get(String(id));
  }

  async chatHistory(): Promise<ChatMessage[]> {
    return (await this.get()).store.chat();
  }
}
