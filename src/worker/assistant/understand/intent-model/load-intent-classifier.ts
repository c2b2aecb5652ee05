// Intent models: loads the shipped intent models from the widget's own folder (models/intents/, next to the
// encoders): the manifest fresh, the weights through the model cache keyed by their hash. The encoder head
// is kept only when the page runs the encoder it was trained for; with any other (or none) the lexical
// model answers every message.
import { fetchModelFile, type FetchFileOptions } from '../../../models/fetch-model-file.ts';
import { EnsembleIntentClassifier } from './ensemble-intent-classifier.ts';
import { decodeNet, INTENT_MODEL_FORMAT, OOS_CLASS, type IntentModelManifest } from './intent-weights.ts';

export const INTENT_MODEL_MANIFEST = 'intent-model.json';

export interface LoadIntentClassifierOptions {
  /** Absolute URL of the folder holding intent-model.json, e.g. `${assetBase}models/intents/`. */
  baseUrl: string;
  /** The encoder the page runs (its model folder name), or null/undefined for none: decides whether the head is used. */
  encoderId?: string | null;
  /** Replaces the cached fetch (tests). */
  fetchFile?: (url: string, options: FetchFileOptions) => Promise<Uint8Array>;
}

/** Builds the classifier from the manifest and the weights' bytes (the worker after fetching, Node from disk). */
export function intentClassifierFromFiles(manifest: IntentModelManifest, weights: Uint8Array, encoderId?: string | null): EnsembleIntentClassifier {
  if (manifest.format !== INTENT_MODEL_FORMAT) throw new Error(`intent-model.json: format ${manifest.format}, this widget reads format ${INTENT_MODEL_FORMAT}; deploy the models/ folder of the same build`);
  if (weights.byteLength !== manifest.weights.bytes) throw new Error(`${manifest.weights.file}: ${weights.byteLength} bytes, intent-model.json says ${manifest.weights.bytes}; the two files are from different builds`);
  const oosIndex = manifest.classes.indexOf(OOS_CLASS);
  if (oosIndex < 0) throw new Error(`intent-model.json: no '${OOS_CLASS}' class among ${manifest.classes.length}`);
  const useHead = encoderId === manifest.encoder.id;
  return new EnsembleIntentClassifier({
    classes: manifest.classes,
    oosIndex,
    encoder: useHead ? { id: manifest.encoder.id, dim: manifest.encoder.dim, net: decodeNet(weights, manifest.encoder.net, 'encoder') } : null,
    lexical: { features: manifest.lexical.features, net: decodeNet(weights, manifest.lexical.net, 'lexical') },
    alpha: manifest.alpha,
    outOfScopeThreshold: manifest.outOfScopeThreshold,
  });
}

export async function loadIntentClassifier(options: LoadIntentClassifierOptions): Promise<EnsembleIntentClassifier> {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const url = `${base}${INTENT_MODEL_MANIFEST}`;
  // Always fresh: it carries the hash that keys the cached weights.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`intent model ${url}: HTTP ${response.status}; is models/intents/ deployed next to the widget?`);
  const manifest = (await response.json()) as IntentModelManifest;
  const fetchFile = options.fetchFile ?? fetchModelFile;
  const weights = await fetchFile(`${base}${manifest.weights.file}`, { expectedBytes: manifest.weights.bytes, version: manifest.weights.sha256.slice(0, 16) });
  return intentClassifierFromFiles(manifest, weights, options.encoderId);
}
