// Test support: the shipped intent models (models/intents/, written by `npm run train:intents`) read from
// disk, as the worker builds them after fetching: the lexical model alone (`encoderId` null: no encoder,
// or a test encoder) or with the encoder head (`DEFAULT_MODEL`, with the real USE-Lite vectors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntentClassifier } from '../../src/worker/assistant/understand/intent-classifier.ts';
import { intentClassifierFromFiles, type IntentModelManifest } from '../../src/worker/assistant/understand/intent-model/index.ts';

const DIR = join(import.meta.dirname, '../../models/intents');
let files: { manifest: IntentModelManifest; weights: Uint8Array } | undefined;

export function shippedIntents(encoderId: string | null = null): IntentClassifier {
  if (!files) {
    const manifest = JSON.parse(readFileSync(join(DIR, 'intent-model.json'), 'utf8')) as IntentModelManifest;
    files = { manifest, weights: new Uint8Array(readFileSync(join(DIR, manifest.weights.file))) };
  }
  return intentClassifierFromFiles(files.manifest, files.weights, encoderId);
}
