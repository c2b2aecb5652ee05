// CLI NLU: picks the out-of-scope threshold on a validation split: the value of p(oos) that maximises
// in-scope accuracy (right intent and not rejected) plus out-of-scope recall, as CLINC150 scores both.

export interface ScoredExample {
  /** p(oos) the model gave. */
  oos: number;
  /** True for an out-of-scope example. */
  isOos: boolean;
  /** In-scope examples: whether the top in-scope intent is the right one. */
  correct: boolean;
}

export interface Calibration {
  threshold: number;
  inScopeAccuracy: number;
  oosRecall: number;
}

export function scoreAt(examples: ScoredExample[], threshold: number): Calibration {
  let inScope = 0;
  let inRight = 0;
  let oos = 0;
  let oosCaught = 0;
  for (const e of examples) {
    const rejected = e.oos >= threshold;
    if (e.isOos) {
      oos++;
      if (rejected) oosCaught++;
    } else {
      inScope++;
      if (e.correct && !rejected) inRight++;
    }
  }
  return { threshold, inScopeAccuracy: inScope ? inRight / inScope : 0, oosRecall: oos ? oosCaught / oos : 0 };
}

/** Tries every distinct score as a threshold (plus "never reject"); ties go to the higher threshold. */
export function calibrateThreshold(examples: ScoredExample[]): Calibration {
  const candidates = [...new Set(examples.map((e) => e.oos))].sort((a, b) => b - a);
  let best = scoreAt(examples, 1.0001);
  for (const t of candidates) {
    const s = scoreAt(examples, t);
    if (s.inScopeAccuracy + s.oosRecall > best.inScopeAccuracy + best.oosRecall + 1e-12) best = s;
  }
  return best;
}

/**
 * The threshold that rejects at most `rate` of the in-scope examples (the shipped model's rule: refusing a
 * shopper's real question costs more than answering an off-topic one with a search), and what it does.
 */
export function thresholdForRejectionRate(examples: ScoredExample[], rate: number): Calibration {
  const inScope = examples.filter((e) => !e.isOos).map((e) => e.oos).sort((a, b) => b - a);
  const allowed = Math.floor(rate * inScope.length);
  // Just above the score of the first in-scope example that must still be accepted.
  const threshold = Math.min(1, (inScope[allowed] ?? 0) + 1e-6);
  return scoreAt(examples, threshold);
}
