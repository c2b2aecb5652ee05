// Worker vision: answers "what is this?" for a shopper's photo. The first photo loads the image
// chunks of the index and the vision models (progress reported; models cached like the encoder);
// every photo is decoded in the worker, read (read-photo.ts), matched (match-photo.ts) and answered
// (photo-answer.ts). Without the WASM models (CSP, memory) it still compares colours.
import type { AskResult } from '../../protocol/assistant.ts';
import type { LoadProgress } from '../../protocol/progress.ts';
import { rankPhotoMatches, type PhotoMatch } from '../../shared/vision/match-photo.ts';
import type { OcrModels } from '../../shared/vision/ocr/read-label-text.ts';
import { toRecommended } from '../catalog/to-recommended.ts';
import type { LoadedIndex } from '../catalog/load-index.ts';
import { decodePhoto, type DecodedPhoto } from './decode-photo.ts';
import { matchReason, noMatchText, seenSentence, whatWasSeen } from './photo-answer.ts';
import { photoSignals } from './photo-signals.ts';
import { readPhoto } from './read-photo.ts';
import { loadVisionIndex, type VisionIndex } from './vision-index.ts';
import { loadWebImageEmbedder, loadWebOcr, type WebImageEmbedder } from './web-vision-models.ts';

export interface PhotoModelsUrls {
  /** The widget's models/ folder (absolute, ends with '/'). */
  modelsUrl: string;
  ortBaseUrl: string;
}

export interface PhotoAnswer extends AskResult {
  /** null when the file could not be decoded as a picture. */
  thumbnail: DecodedPhoto['thumbnail'] | null;
  /** Which readers ran: 'full' (models) or 'colour' (no WASM models). */
  mode: 'full' | 'colour';
  ms: { decode: number; read: number; total: number };
}

interface Models {
  embedder: WebImageEmbedder | null;
  ocr: OcrModels | null;
}

const LIMIT = 4;

export class PhotoAssistant {
  private vision: Promise<VisionIndex> | null = null;
  private models: Promise<Models> | null = null;
  private readonly listeners = new Set<(p: LoadProgress) => void>();

  constructor(
    private readonly index: LoadedIndex,
    private readonly urls: PhotoModelsUrls,
    private readonly onDegraded: (reason: string) => void,
  ) {}

  /** Starts (once) loading the image chunks and the models; resolves when both are ready or given up. */
  warm(onProgress?: (p: LoadProgress) => void): Promise<[VisionIndex, Models]> {
    if (onProgress) this.listeners.add(onProgress);
    const report = (p: LoadProgress) => this.listeners.forEach((l) => l(p));
    if (!this.vision) {
      const v = loadVisionIndex(this.index);
      this.vision = v;
      // Forget a failed fetch so the next photo retries.
      v.catch(() => {
        if (this.vision === v) this.vision = null;
      });
    }
    if (!this.models) {
      const manifest = this.index.manifest.vision;
      this.models = (async (): Promise<Models> => {
        if (!manifest) return { embedder: null, ocr: null };
        const opts = { ...this.urls, onProgress: report };
        const [embedder, ocr] = await Promise.all([
          loadWebImageEmbedder(manifest.model, opts).catch((err: Error) => {
            this.onDegraded(`photo model unavailable, photos are matched by colour only: ${err.message}`);
            return null;
          }),
          manifest.ocr
            ? loadWebOcr(manifest.ocr, opts).catch((err: Error) => {
                this.onDegraded(`label reader unavailable: ${err.message}`);
                return null;
              })
            : Promise.resolve(null),
        ]);
        report({ status: 'ready', model: manifest.model, backend: 'wasm' });
        return { embedder, ocr };
      })();
    }
    const done = Promise.all([this.vision, this.models]);
    void done.finally(() => onProgress && this.listeners.delete(onProgress)).catch(() => undefined);
    return done;
  }

  async ask(photo: Blob, onProgress?: (p: LoadProgress) => void): Promise<PhotoAnswer> {
    const started = performance.now();
    const warming = this.warm(onProgress);
    let decoded: DecodedPhoto;
    try {
      decoded = await decodePhoto(photo);
    } catch (err) {
      warming.catch(() => undefined);
      const ms = performance.now() - started;
      return { text: `I couldn't open that file as a photo: ${(err as Error).message}.`, products: [], intent: 'photo-unreadable', thumbnail: null, mode: 'colour', ms: { decode: ms, read: 0, total: ms } };
    }
    const [vision, models] = await warming;
    const decodedAt = performance.now();
    const reading = await readPhoto(decoded.image, vision, models);
    const readAt = performance.now();
    const products = this.index.catalog.products;
    const { signals, text } = photoSignals(reading, vision, products);
    const mode = models.embedder ? 'full' : 'colour';
    // Colour alone cannot tell a red shoe from a red mug: it only ranks, and only close colours count.
    const weights = mode === 'full' ? vision.manifest.fusion : { ...vision.manifest.fusion, visual: 0, category: 0 };
    const bar = vision.manifest.thresholds;
    const hasPicture = (i: number) => vision.scales[i] > 0 && products[i].inStock !== false;
    const matches = rankPhotoMatches(signals, weights, products.length, LIMIT, (i) => hasPicture(i) || (signals.text?.[i] ?? 0) > 0);
    const seen = whatWasSeen(reading, vision.head?.labels ?? null);
    const best = matches[0];
    const ms = { decode: decodedAt - started, read: readAt - decodedAt, total: 0 };
    const finish = (result: AskResult): PhotoAnswer => ({ ...result, thumbnail: decoded.thumbnail, mode, ms: { ...ms, total: performance.now() - started } });
    const visualStandout = standouts(signals.visual);
    const close = (m: PhotoMatch) => m.text >= bar.minText || m.colour >= bar.minColour || (mode === 'full' && visualStandout(m.index) >= bar.minVisualZ);
    if (!best || !close(best)) {
      return finish({ text: noMatchText({ colours: seen.colours, ...(seen.label ? { label: seen.label } : {}) }), products: [], intent: 'photo-no-match' });
    }
    // Keep the close products near the best one: a strong label match should not drag in weak guesses.
    const kept = matches.filter((m, i) => i === 0 || (close(m) && m.score >= best.score - Math.abs(best.score) * 0.4));
    const chosen = kept.map((m: PhotoMatch) => {
      const p = products[m.index];
      const colours = vision.tags[p.id]?.colours.map((c) => c.name) ?? [];
      return toRecommended(p, matchReason(m, p, text.words.get(m.index), seen, colours, visualStandout(m.index)));
    });
    const top = products[best.index];
    const intro = mode === 'colour' ? 'The photo models did not load on this device, so I compared colours only. ' : '';
    const lead = seenSentence(seen, top.categories[top.categories.length - 1]);
    return finish({ text: `${intro}${lead} ${chosen.length === 1 ? 'This looks closest:' : 'These look closest:'}`, products: chosen, intent: 'photo-search' });
  }
}

/** How many standard deviations a product's visual score stands above the catalog's mean. */
function standouts(visual: Float32Array | null): (i: number) => number {
  if (!visual) return () => 0;
  let mean = 0;
  for (const v of visual) mean += v / visual.length;
  let sd = 0;
  for (const v of visual) sd += (v - mean) ** 2 / visual.length;
  sd = Math.sqrt(sd) || 1;
  return (i) => (visual[i] - mean) / sd;
}
