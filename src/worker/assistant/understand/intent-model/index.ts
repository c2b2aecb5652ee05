// Intent models: what the assistant imports.
export { loadIntentClassifier, intentClassifierFromFiles, type LoadIntentClassifierOptions } from './load-intent-classifier.ts';
export { EnsembleIntentClassifier } from './ensemble-intent-classifier.ts';
export { normalizeUtterance } from './normalize-utterance.ts';
export { OOS_CLASS, type IntentModelManifest } from './intent-weights.ts';
