// CLI eval: the human-readable report: our numbers beside the published baselines (LLMRank Table 2)
// and the harness's own popularity baseline, which must land within about a point of the published Pop.
import type { EvalResult } from './run-eval.ts';

const PUBLISHED: Array<[string, number[]]> = [
  ['Pop (published)', [28.35, 47.42, 52.96, 57.45]],
  ['BPRMF (published)', [44.92, 62.33, 66.27, 68.94]],
  ['SASRec (published)', [56.9, 73.19, 75.92, 77.14]],
];
const KS = ['ndcg@1', 'ndcg@5', 'ndcg@10', 'ndcg@20'];

export function printResults(r: EvalResult): void {
  const out: string[] = [];
  const row = (name: string, v: Array<number | undefined>) => out.push(`${name.padEnd(24)}${v.map((x) => (x === undefined ? '-' : x.toFixed(2)).padStart(9)).join('')}`);
  if (r.metrics.llmrank) {
    out.push(`LLMRank protocol, ${r.dataset} (${r.split}), ${r.users.llmrank} users × 20 candidates (NDCG ×100)`);
    out.push(`${''.padEnd(24)}${KS.map((k) => k.padStart(9)).join('')}`);
    for (const [name, v] of PUBLISHED) row(name, v);
    row('Pop (this harness)', KS.map((k) => r.pop.llmrank?.[k]));
    row('Aisle for-you', KS.map((k) => r.metrics.llmrank?.[k]));
    const diff = (r.pop.llmrank?.['ndcg@10'] ?? 0) - 52.96;
    out.push(`self-check: harness Pop NDCG@10 ${r.pop.llmrank?.['ndcg@10']} vs published 52.96 (${diff >= 0 ? '+' : ''}${diff.toFixed(2)}) ${Math.abs(diff) <= 1.5 ? 'OK' : 'MISMATCH (only meaningful on Games-6k)'}`);
    out.push('');
  }
  if (r.metrics.full) {
    out.push(`Full ranking over all items, history masked, ${r.users.full} users (×100)`);
    out.push(`${''.padEnd(24)}${'hr@10'.padStart(9)}${'ndcg@10'.padStart(9)}`);
    row('Pop (this harness)', [r.pop.full?.['hr@10'], r.pop.full?.['ndcg@10']]);
    row('Aisle for-you', [r.metrics.full['hr@10'], r.metrics.full['ndcg@10']]);
    out.push('');
  }
  if (r.tuning.length > 1) out.push(`tuned on validation: ${r.tuning.map((t) => `${t.change} (${t.ndcg10})`).join(' → ')}`);
  out.push(`tables: ${JSON.stringify(r.tables)}`);
  out.push(`weights: ${JSON.stringify(r.weights)}`);
  out.push(`next-item model: ${r.model.epochs} epochs, trained in ${r.model.trainSeconds.toFixed(0)} s, ${(r.model.nextItemBytes / 1024).toFixed(0)} KB`);
  out.push(`time: ${r.seconds.toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}
