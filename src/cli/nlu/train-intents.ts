// `npm run train:intents [-- --out <dir>] [--calibrate-only]`: trains the shipped intent models (encoder
// head on the default encoder + lexical model) from ../shared/data and the project's own messages, writes
// models/intents/, then calibrates the oos thresholds of the written (quantised) models on the held-out rows
// and CLINC150's val split. `--calibrate-only` redoes the last step on the models already in --out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_MODEL } from '../../protocol/config.ts';
import { loadNodeEmbedder } from '../models/node-embedder.ts';
import { OOS_CLASS, type IntentModelManifest } from '../../worker/assistant/understand/intent-model/intent-weights.ts';
import { intentClassifierFromFiles } from '../../worker/assistant/understand/intent-model/load-intent-classifier.ts';
import type { EnsembleIntentClassifier } from '../../worker/assistant/understand/intent-model/ensemble-intent-classifier.ts';
import { IN_SCOPE_REJECTION_RATE, thresholdForRejectionRate, type Calibration, type ScoredExample } from './calibrate-threshold.ts';
import { embedTexts } from './embed-texts.ts';
import { encoderText, RECIPE, trainIntentModels } from './intent-recipe.ts';
import type { LabelledUtterance } from './read-intent-data.ts';
import { SHOP_CLASSES, shopTrainingSet } from './shop-training-set.ts';
import { MANIFEST_FILE, WEIGHTS_FILE, writeIntentModel } from './write-intent-model.ts';
import type { Embedder } from '../../worker/models/embedder.ts';

export { IN_SCOPE_REJECTION_RATE };

export const SHIPPED_DIR = resolve(import.meta.dirname, '../../../models/intents');
export const DEFAULT_DATA_DIR = process.env.AISLE_DATA ?? resolve(import.meta.dirname, '../../../../shared/data');

/** How the classifier the worker will run (the written, quantised files) scores the calibration rows. */
async function scored(classifier: EnsembleIntentClassifier, embedder: Embedder, rows: LabelledUtterance[], lexicalOnly: boolean): Promise<ScoredExample[]> {
  const vectors = lexicalOnly ? [] : await embedTexts(rows.map((r) => encoderText(r.text)), embedder);
  return rows.map((r, i) => {
    const d = classifier.classify(r.text, vectors[i]);
    return { oos: d.outOfScope, isOos: r.label === OOS_CLASS, correct: d.ranked[0]?.intent === r.label };
  });
}

function readManifest(dir: string): IntentModelManifest {
  return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as IntentModelManifest;
}

/** Sets the oos thresholds of the models in `dir` from the calibration rows; returns the calibrations. */
async function calibrate(dir: string, embedder: Embedder, rows: LabelledUtterance[], log: (line: string) => void): Promise<IntentModelManifest> {
  const manifest = readManifest(dir);
  const classifier = intentClassifierFromFiles(manifest, new Uint8Array(readFileSync(join(dir, WEIGHTS_FILE))), embedder.id);
  const encoder = thresholdForRejectionRate(await scored(classifier, embedder, rows, false), IN_SCOPE_REJECTION_RATE);
  const lexical = thresholdForRejectionRate(await scored(classifier, embedder, rows, true), IN_SCOPE_REJECTION_RATE);
  const show = (c: Calibration) => `${c.threshold.toFixed(3)} (in-scope accuracy ${(100 * c.inScopeAccuracy).toFixed(1)}%, oos recall ${(100 * c.oosRecall).toFixed(1)}%)`;
  log(`  oos threshold at ≤ ${100 * IN_SCOPE_REJECTION_RATE}% in-scope rejected: ensemble ${show(encoder)}, lexical ${show(lexical)}`);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  manifest.outOfScopeThreshold = { encoder: round(encoder.threshold), lexical: round(lexical.threshold) };
  delete manifest.training.calibration;
  manifest.training.calibration = {
    rule: `p(oos) threshold refusing at most ${100 * IN_SCOPE_REJECTION_RATE}% of the held-out in-scope rows`,
    encoder: { inScopeAccuracy: round(encoder.inScopeAccuracy), oosRecall: round(encoder.oosRecall) },
    lexical: { inScopeAccuracy: round(lexical.inScopeAccuracy), oosRecall: round(lexical.oosRecall) },
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function trainShippedIntents(outDir: string, dataDir = DEFAULT_DATA_DIR, log: (line: string) => void = () => undefined, calibrateOnly = false): Promise<IntentModelManifest> {
  const set = shopTrainingSet(dataDir, RECIPE.seed);
  log(`train:intents: ${set.train.length} training rows, ${set.calibration.length} calibration rows (${Object.entries(set.counts).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  const embedder = await loadNodeEmbedder(DEFAULT_MODEL);
  try {
    if (calibrateOnly) return await calibrate(outDir, embedder, set.calibration, log);
    const models = await trainIntentModels(set.train, SHOP_CLASSES, embedder, RECIPE, log);
    writeIntentModel(outDir, {
      models,
      encoder: { id: embedder.id, dim: embedder.dim },
      outOfScopeThreshold: { encoder: 1, lexical: 1 },
      training: {
        recipe: 'src/cli/nlu/intent-recipe.ts',
        seed: RECIPE.seed,
        sources: set.counts,
        rows: { train: set.train.length, calibration: set.calibration.length, encoderInputs: models.counts.encoder, lexicalInputs: models.counts.lexical },
        licences: { bitext: 'CDLA-Sharing-1.0', clinc150: 'CC BY 3.0', abcd: 'MIT', semipqa: 'CDLA-Sharing-1.0' },
      },
    });
    return await calibrate(outDir, embedder, set.calibration, log);
  } finally {
    await embedder.dispose();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? resolve(process.argv[at + 1] as string) : SHIPPED_DIR;
  const started = Date.now();
  const manifest = await trainShippedIntents(out, DEFAULT_DATA_DIR, (l) => console.log(l), process.argv.includes('--calibrate-only'));
  console.log(`train:intents: wrote ${out} (${manifest.weights.bytes} bytes of weights, sha256 ${manifest.weights.sha256.slice(0, 16)}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
