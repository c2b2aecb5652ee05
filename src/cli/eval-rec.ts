// CLI: offline evaluation of the recommender on a RecBole-format dataset (e.g. LLMRank's Games-6k).
// Builds the merchant tables from training histories with buildInteractionTables (as `aisle build` would
// from an orders export), replays each test user's history through RecommendationEngine.observe, ranks.
//   npx tsx src/cli/eval-rec.ts --data <dir> [--protocol llmrank|full] [--json] [--tune] [--users N]
//     [--neighbours N] [--min-support N]
import { parseEvalArgs } from './eval/eval-args.ts';
import { printResults } from './eval/print-results.ts';
import { runEval } from './eval/run-eval.ts';

try {
  const args = parseEvalArgs(process.argv.slice(2));
  const result = runEval(args, (line) => process.stderr.write(`${line}\n`));
  if (args.json) process.stdout.write(`${JSON.stringify(result.metrics)}\n`);
  else printResults(result);
} catch (err) {
  process.stderr.write(`eval-rec: ${(err as Error).message}\n${process.env.AISLE_DEBUG ? (err as Error).stack : ""}`);
  process.exitCode = 1;
}
