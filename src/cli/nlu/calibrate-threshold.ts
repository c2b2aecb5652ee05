// CLI NLU: picks the out-of-scope threshold on a validation split. The rule of the shipped model and of
// `eval:nlu --format clinc` alike: refuse at most IN_SCOPE_REJECTION_RATE of the in-scope validation rows
// (it reads only in-scope rows, so out-of-scope recall is measured on rows the threshold never saw). The
// older rule, maximising in-scope accuracy + oos recall, is kept for comparison.

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

/** Share of in-scope validation messages the threshold may refuse (refusing a real question costs more). */
export const IN_SCOPE_REJECTION_RATE = 0.005;

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

/**
 * Scores every example at a threshold chosen without it: the examples are split in two by `half`, each
 * half is judged at the threshold `rule` picks on the other, and the judgements are pooled. For reporting
 * on the split the threshold is tuned on, without the optimism of tuning and scoring on the same rows.
 */
export function crossFitted(examples: ScoredExample[], half: (i: number) => 0 | 1, rule: (examples: ScoredExample[]) => Calibration): Calibration & { thresholds: [number, number] } {
  const parts: [ScoredExample[], ScoredExample[]] = [[], []];
  examples.forEach((e, i) => parts[half(i)].push(e));
  const thresholds: [number, number] = [rule(parts[1]).threshold, rule(parts[0]).threshold];
  let inScope = 0;
  let inRight = 0;
  let oos = 0;
  let oosCaught = 0;
  examples.forEach((e, i) => {
    const rejected = e.oos >= thresholds[half(i)];
    if (e.isOos) (oos += 1), (oosCaught += rejected ? 1 : 0);
    else (inScope += 1), (inRight += e.correct && !rejected ? 1 : 0);
  });
  return { threshold: (thresholds[0] + thresholds[1]) / 2, thresholds, inScopeAccuracy: inScope ? inRight / inScope : 0, oosRecall: oos ? oosCaught / oos : 0 };
}
