// CLI NLU: runs freshly trained intent models the way the worker runs the shipped ones (same ensemble
// code), over many texts at once: embeddings come from the cached encoder.
import { ensembleProbabilities, type EnsembleParts } from '../../worker/assistant/understand/intent-model/ensemble-intent-classifier.ts';
import type { Embedder } from '../../worker/models/embedder.ts';
import { embedTexts } from './embed-texts.ts';
import { encoderText, type TrainedIntentModels } from './intent-recipe.ts';

export function ensembleParts(models: TrainedIntentModels, embedder: Pick<Embedder, 'id' | 'dim'>, thresholds = { encoder: 1, lexical: 1 }): EnsembleParts {
  return {
    classes: models.classes,
    oosIndex: models.classes.indexOf('oos'),
    encoder: { id: embedder.id, dim: embedder.dim, net: models.encoder },
    lexical: { features: models.features, net: models.lexical },
    alpha: models.alpha,
    outOfScopeThreshold: thresholds,
  };
}

/** Probabilities over `models.classes` per text: the ensemble, or the lexical model alone with `lexicalOnly`. */
export async function predictIntents(models: TrainedIntentModels, embedder: Pick<Embedder, 'id' | 'dim' | 'embed'>, texts: string[], lexicalOnly = false, alpha = models.alpha): Promise<Float32Array[]> {
  const parts = { ...ensembleParts(models, embedder), alpha };
  const vectors = lexicalOnly ? [] : await embedTexts(texts.map(encoderText), embedder);
  return texts.map((t, i) => ensembleProbabilities(parts, t, lexicalOnly ? undefined : vectors[i]));
}

export function argmax(p: Float32Array, skip = -1): number {
  let best = -1;
  for (let c = 0; c < p.length; c++) if (c !== skip && (best < 0 || (p[c] as number) > (p[best] as number))) best = c;
  return best;
}
