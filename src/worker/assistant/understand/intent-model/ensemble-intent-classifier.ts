// Intent models: the IntentClassifier the assistant calls. With the encoder's embedding (of the encoder the
// head was trained for) it combines the encoder head and the lexical model; without one, the lexical model
// answers alone. Out of scope is the 'oos' class's probability against its calibrated threshold.
import type { IntentClassifier, IntentDistribution } from '../intent-classifier.ts';
import type { IntentId } from '../intent-taxonomy.ts';
import { lexicalFeatures, type LexicalFeatureConfig } from './lexical-features.ts';
import { netLogits, softmaxInPlace, type SoftmaxNet } from './softmax-net.ts';

export interface EnsembleParts {
  classes: readonly string[];
  /** Index of the out-of-scope class in `classes`. */
  oosIndex: number;
  encoder: { id: string; dim: number; net: SoftmaxNet } | null;
  lexical: { features: LexicalFeatureConfig; net: SoftmaxNet };
  alpha: number;
  outOfScopeThreshold: { encoder: number; lexical: number };
}

/** Probabilities over all classes (oos included): the ensemble's when `embedding` is given, else the lexical model's. */
export function ensembleProbabilities(parts: EnsembleParts, text: string, embedding?: Float32Array): Float32Array {
  const lexical = softmaxInPlace(netLogits(parts.lexical.net, lexicalFeatures(text, parts.lexical.features)));
  if (!embedding || !parts.encoder) return lexical;
  const encoder = softmaxInPlace(netLogits(parts.encoder.net, embedding));
  const a = parts.alpha;
  const z = new Float32Array(lexical.length);
  for (let c = 0; c < z.length; c++) z[c] = a * Math.log((encoder[c] as number) + 1e-9) + (1 - a) * Math.log((lexical[c] as number) + 1e-9);
  return softmaxInPlace(z);
}

export class EnsembleIntentClassifier implements IntentClassifier {
  constructor(private readonly parts: EnsembleParts) {}

  /** The encoder the head reads, or null when it is not used (another encoder is loaded): then the lexical model answers. */
  get encoderId(): string | null {
    return this.parts.encoder?.id ?? null;
  }

  classify(text: string, embedding?: Float32Array): IntentDistribution {
    const usable = embedding && this.parts.encoder && embedding.length === this.parts.encoder.dim ? embedding : undefined;
    const p = ensembleProbabilities(this.parts, text, usable);
    const oos = p[this.parts.oosIndex] as number;
    const inScope = 1 - oos || 1;
    const ranked = this.parts.classes
      .map((intent, c) => ({ intent: intent as IntentId, p: (p[c] as number) / inScope }))
      .filter((_, c) => c !== this.parts.oosIndex)
      .sort((a, b) => b.p - a.p);
    const source = usable ? 'encoder' : 'lexical';
    return { ranked, outOfScope: oos, outOfScopeThreshold: this.parts.outOfScopeThreshold[source], source };
  }
}
