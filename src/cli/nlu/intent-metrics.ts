// CLI NLU: accuracy and macro-F1 over a fixed class list (a class with no test example and no prediction
// is left out of the macro average; one with predictions but no examples counts as F1 0).

export function accuracyAndMacroF1(gold: string[], predicted: string[], classes: readonly string[]): { accuracy: number; macroF1: number; perClass: Map<string, { f1: number; support: number }> } {
  let right = 0;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = predicted[i] as string;
    if (g === p) right++, inc(tp, g);
    else inc(fp, p), inc(fn, g);
  });
  const perClass = new Map<string, { f1: number; support: number }>();
  for (const c of classes) {
    const t = tp.get(c) ?? 0;
    const support = t + (fn.get(c) ?? 0);
    const predictedCount = t + (fp.get(c) ?? 0);
    if (support === 0 && predictedCount === 0) continue;
    const precision = predictedCount ? t / predictedCount : 0;
    const recall = support ? t / support : 0;
    perClass.set(c, { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support });
  }
  const f1s = [...perClass.values()].map((v) => v.f1);
  return { accuracy: gold.length ? right / gold.length : 0, macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0, perClass };
}
