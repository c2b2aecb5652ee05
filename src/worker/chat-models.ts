// Worker: the chat's models, loaded when the shopper first needs them: the trained intent models from the
// widget's own models/intents/ and the sentence encoder (with the index's text-vectors beside it). Their
// state is what status() reports and what an answer waits for, briefly; the assistant gets each model as
// it arrives.
import type { LoadProgress } from '../protocol/progress.ts';
import type { WorkerInit, WorkerNotice, WorkerStatus } from '../protocol/worker-api.ts';
import { decodeTextVectors, type KnownVector } from '../shared/text-vectors.ts';
import type { ShoppingAssistant } from './assistant/assistant.ts';
import type { IntentClassifier } from './assistant/understand/intent-classifier.ts';
import { fetchTextVectors, type LoadedIndex } from './catalog/load-index.ts';
import type { Embedder } from './models/embedder.ts';

/** Creates the sentence encoder for a configuration (null in builds without one). */
export type EmbedderFactory = (init: WorkerInit, onProgress: (p: LoadProgress) => void) => Promise<Embedder>;

export class ChatModels {
  state: WorkerStatus['model'] = 'not-loaded';
  backend: WorkerStatus['backend'];
  /** The assistant has the intent models: questions no longer wait for them. */
  intentsLoaded = false;
  private settings: WorkerInit | null = null;
  private embedder: Promise<Embedder | null> | null = null;
  private intentModel: Promise<IntentClassifier | null> | null = null;

  constructor(
    private readonly createEmbedder: EmbedderFactory | null,
    private readonly report: (notice: WorkerNotice) => void,
  ) {}

  configure(init: WorkerInit): void {
    this.settings = init;
    if (init.model === 'none' || !this.createEmbedder) this.state = 'disabled';
  }

  /**
   * The trained intent models, loaded once (code and weights only when first asked for); the encoder head
   * is used only with the encoder it was trained for. Null when they cannot load (the reason goes to
   * `degraded`); a later call retries.
   */
  intents(): Promise<IntentClassifier | null> {
    const settings = this.settings;
    if (!settings) return Promise.resolve(null);
    this.intentModel ??= import('./assistant/understand/intent-model/load-intent-classifier.ts')
      .then(({ loadIntentClassifier }) => loadIntentClassifier({ baseUrl: `${settings.assetBase}models/intents/`, encoderId: settings.model === 'none' ? null : settings.model }))
      .catch((err: Error) => {
        this.report({ kind: 'degraded', message: `intent model unavailable: ${err.message}` });
        this.intentModel = null;
        return null;
      });
    return this.intentModel;
  }

  /** Loads the intent models (once) and hands them to the assistant; resolves when it has them or they failed. */
  intentsFor(assistant: ShoppingAssistant): Promise<void> {
    return this.intents().then((classifier) => {
      if (classifier) assistant.setClassifier(classifier);
      this.intentsLoaded = !!classifier;
    });
  }

  /** Starts the encoder once (the intent models with it) and resolves when it is there or has failed. */
  async warm(assistant: ShoppingAssistant, index: LoadedIndex, onProgress?: (p: LoadProgress) => void): Promise<void> {
    // The shopper started typing: the intent models (480 KB brotli) come with the encoder, not before, and
    // (being small) are usually in before it, so the first message is understood even while it loads.
    void this.intentsFor(assistant);
    if (!this.embedder && this.settings && this.createEmbedder && this.state !== 'disabled') {
      this.state = 'loading';
      const report = (p: LoadProgress) => onProgress?.(p);
      // Fetched beside the model: the shop's texts as the build embedded them (see text-vectors.ts).
      const known = fetchTextVectors(index);
      this.embedder = this.createEmbedder(this.settings, report).then(
        async (embedder) => {
          const stored = await known;
          this.state = 'ready';
          this.backend = embedder.backend === 'webgpu' ? 'webgpu' : 'wasm';
          assistant.setEmbedder((texts) => embedder.embed(texts), stored ? this.readTextVectors(stored, index, embedder) : undefined);
          return embedder;
        },
        (err: Error) => {
          this.state = 'failed';
          // Once per visit (the embedder promise is kept): the UI only says "smart search is off", so
          // the console is where the merchant learns why (e.g. a CSP without 'wasm-unsafe-eval').
          this.report({ kind: 'degraded', message: `model unavailable, search works without it: ${err.message}` });
          return null;
        },
      );
    }
    await this.embedder;
  }

  /** Only vectors from this very encoder are comparable with its queries; a bad chunk is a notice, not a failure. */
  private readTextVectors(buffer: ArrayBuffer, index: LoadedIndex, embedder: Embedder): KnownVector | undefined {
    if (index.manifest.encoder?.id !== embedder.id) return undefined;
    try {
      return decodeTextVectors(buffer, embedder.dim);
    } catch (err) {
      this.report({ kind: 'notice', message: `${(err as Error).message} (help-centre vectors are computed on this device instead)` });
      return undefined;
    }
  }
}
