// `npm run train:intents [-- --out <dir>]`: trains the shipped intent models (encoder head on the default
// encoder + lexical model) from ../shared/data and the project's own messages, calibrates the oos
// thresholds on the held-out rows and CLINC150's val split, and writes models/intents/.
import { resolve } from 'node:path';
import { DEFAULT_MODEL } from '../../protocol/config.ts';
import { loadNodeEmbedder } from '../models/node-embedder.ts';
import { OOS_CLASS } from '../../worker/assistant/understand/intent-model/intent-weights.ts';
import { calibrateThreshold, type ScoredExample } from './calibrate-threshold.ts';
import { RECIPE, trainIntentModels, type TrainedIntentModels } from './intent-recipe.ts';
import { argmax, predictIntents } from './predict-intents.ts';
import type { LabelledUtterance } from './read-intent-data.ts';
import { SHOP_CLASSES, shopTrainingSet } from './shop-training-set.ts';
import { writeIntentModel } from './write-intent-model.ts';
import type { Embedder } from '../../worker/models/embedder.ts';

export const SHIPPED_DIR = resolve(import.meta.dirname, '../../../models/intents');
export const DEFAULT_DATA_DIR = process.env.AISLE_DATA ?? resolve(import.meta.dirname, '../../../../shared/data');

async function scored(models: TrainedIntentModels, embedder: Embedder, rows: LabelledUtterance[], lexicalOnly: boolean): Promise<ScoredExample[]> {
  const oosIndex = models.classes.indexOf(OOS_CLASS);
  const probs = await predictIntents(models, embedder, rows.map((r) => r.text), lexicalOnly);
  return rows.map((r, i) => {
    const p = probs[i] as Float32Array;
    return { oos: p[oosIndex] as number, isOos: r.label === OOS_CLASS, correct: models.classes[argmax(p, oosIndex)] === r.label };
  });
}

export async function trainShippedIntents(outDir: string, dataDir = DEFAULT_DATA_DIR, log: (line: string) => void = () => undefined) {
  const set = shopTrainingSet(dataDir, RECIPE.seed);
  log(`train:intents: ${set.train.length} training rows, ${set.calibration.length} calibration rows (${Object.entries(set.counts).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  const embedder = await loadNodeEmbedder(DEFAULT_MODEL);
  try {
    const models = await trainIntentModels(set.train, SHOP_CLASSES, embedder, RECIPE, log);
    const encoderCal = calibrateThreshold(await scored(models, embedder, set.calibration, false));
    const lexicalCal = calibrateThreshold(await scored(models, embedder, set.calibration, true));
    log(`  oos threshold: ensemble ${encoderCal.threshold.toFixed(3)} (in-scope ${(100 * encoderCal.inScopeAccuracy).toFixed(1)}%, oos recall ${(100 * encoderCal.oosRecall).toFixed(1)}%), lexical ${lexicalCal.threshold.toFixed(3)} (${(100 * lexicalCal.inScopeAccuracy).toFixed(1)}%, ${(100 * lexicalCal.oosRecall).toFixed(1)}%)`);
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return writeIntentModel(outDir, {
      models,
      encoder: { id: embedder.id, dim: embedder.dim },
      outOfScopeThreshold: { encoder: encoderCal.threshold, lexical: lexicalCal.threshold },
      training: {
        recipe: 'src/cli/nlu/intent-recipe.ts',
        seed: RECIPE.seed,
        sources: set.counts,
        rows: { train: set.train.length, calibration: set.calibration.length, encoderInputs: models.counts.encoder, lexicalInputs: models.counts.lexical },
        calibration: {
          encoder: { inScopeAccuracy: round(encoderCal.inScopeAccuracy), oosRecall: round(encoderCal.oosRecall) },
          lexical: { inScopeAccuracy: round(lexicalCal.inScopeAccuracy), oosRecall: round(lexicalCal.oosRecall) },
        },
        licences: { bitext: 'CDLA-Sharing-1.0', clinc150: 'CC BY 3.0', abcd: 'MIT', semipqa: 'CDLA-Sharing-1.0' },
      },
    });
  } finally {
    await embedder.dispose();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? resolve(process.argv[at + 1] as string) : SHIPPED_DIR;
  const started = Date.now();
  const manifest = await trainShippedIntents(out, DEFAULT_DATA_DIR, (l) => console.log(l));
  console.log(`train:intents: wrote ${out} (${manifest.weights.bytes} bytes of weights, sha256 ${manifest.weights.sha256.slice(0, 16)}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
