// Protocol: the one API the worker exposes through comlink. The UI and the loader talk only to this.
import type { AskResult, ChatMessage } from './assistant.ts';
import type { StoredEvent, TrackEvent } from './events.ts';
import type { LoadProgress } from './progress.ts';
import type { RecommendedProduct, Product } from './product.ts';
import type { PageRequest, PageSlotResult, RecommendRequest } from './recommend.ts';

export interface WorkerInit {
  /** Absolute URL of the index folder (ends with '/'). */
  indexUrl: string;
  /** Absolute URL of the widget's asset folder (where aisle.js lives, ends with '/'). */
  assetBase: string;
  /** Embedding model folder name under `${assetBase}models/`, or 'none'. */
  model: string;
  /** false: keep everything in memory. */
  storage: boolean;
  /** Try the WebGPU runtime when an adapter exists (falls back to WASM on any failure). */
  webgpu?: boolean;
  /** Percentage of shoppers assigned to the hold-out group (see AisleConfig.holdout). */
  holdout?: number;
  /** The UI's language (BCP 47), for prices formatted in the worker (RecommendedProduct.priceText). */
  lang?: string;
}

/** The experiment group this shopper was assigned to, on the device. */
export type Variant = 'recommendations' | 'holdout';

/** What is stored about the shopper, in a form the "Your data" view shows as is. */
export interface ShopperProfile {
  storage: 'indexeddb' | 'memory';
  events: StoredEvent[];
  /** Category and brand affinities, highest first. */
  categories: Array<{ name: string; weight: number }>;
  brands: Array<{ name: string; weight: number }>;
  recentSearches: string[];
  cart: string[];
  dismissed: string[];
  chat: ChatMessage[];
}

export interface WorkerStatus {
  products: number;
  storage: 'indexeddb' | 'memory';
  model: 'not-loaded' | 'loading' | 'ready' | 'failed' | 'disabled';
  backend?: 'wasm' | 'webgpu';
  variant: Variant;
  /** The index has image features (`aisle build --images`): the chat offers to attach a photo. */
  photos?: boolean;
  /** A problem the widget works around (storage unavailable, model failed), for one console warning. */
  degraded?: string;
}

/**
 * What the worker tells the page as it happens. `degraded`: something stopped working and the widget
 * works around it (storage went to memory, the model is off); `notice`: nothing changes for the shopper
 * (unreadable stored records were dropped). The client logs each once and dispatches `degraded` events.
 */
export interface WorkerNotice {
  kind: 'degraded' | 'notice';
  message: string;
}

export interface AisleWorkerApi {
  /** Registers the page's listener for notices (a comlink proxy); call before init to hear them all. */
  watch(listener: (notice: WorkerNotice) => void): void;
  init(init: WorkerInit): Promise<WorkerStatus>;
  status(): Promise<WorkerStatus>;
  track(event: TrackEvent): Promise<void>;
  recommend(request: RecommendRequest): Promise<RecommendedProduct[]>;
  /**
   * Every slot of a page in one request (disjoint products, see PageRequest). With `onChange` (a comlink
   * proxy) the worker keeps the request and calls it with the new results after every tracked action,
   * whoever tracked it (the page, the chat, the panel); only slots whose list changed are in the call.
   * A later watchPage replaces the request.
   */
  recommendPage(request: PageRequest, onChange?: (changed: Array<PageSlotResult<RecommendedProduct>>) => void): Promise<Array<PageSlotResult<RecommendedProduct>>>;
  /** onToken is a comlink proxy: called with each chunk of the answer as it is composed. */
  ask(text: string, onToken?: (chunk: string) => void): Promise<AskResult>;
  /** Start loading the embedding model (the shopper started typing). Resolves when ready or failed. */
  warmModel(onProgress?: (p: LoadProgress) => void): Promise<WorkerStatus>;
  profile(): Promise<ShopperProfile>;
  forget(): Promise<void>;
  product(id: string): Promise<Product | undefined>;
  chatHistory(): Promise<ChatMessage[]>;
  /**
   * A photo question: the photo is decoded, read and matched inside the worker and never leaves the
   * device. The first photo loads the index's image chunks and the vision models (onProgress); the
   * question and answer are kept in the chat history like any other.
   */
  askPhoto(photo: Blob, onProgress?: (p: LoadProgress) => void): Promise<AskResult>;
}
