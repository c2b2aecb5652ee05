// Evaluation (`npm run eval`): quality on real public data, which is not on a user's machine and not in
// the repo: the recommender on Games-6k (LLMRank protocol and full ranking) and the assistant's intents
// on Bitext. Each runs as its own script; this collects their JSON into bench-results/eval.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const data = process.env.AISLE_DATA ?? resolve(root, '../shared/data');
if (!existsSync(data)) {
  console.error(`npm run eval: the evaluation datasets are not at ${data}. Set AISLE_DATA to the folder that holds rec-amazon-games/ and intent-bitext/.`);
  process.exit(2);
}
const tsx = join(root, 'node_modules/.bin/tsx');
const report: Record<string, unknown> = { date: new Date().toISOString() };

function run(name: string, args: string[]): string {
  console.error(`\n== ${name}: ${args.join(' ')}`);
  const r = spawnSync(tsx, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status})`);
  return r.stdout;
}

const games = join(data, 'rec-amazon-games/Games-6k');
if (existsSync(games)) {
  const out = run('recommender, Games-6k', ['src/cli/eval-rec.ts', '--data', games, '--json']);
  const metrics = JSON.parse(out.trim().split('\n').pop()!) as Record<string, Record<string, number>>;
  report.recommender = metrics;
  // One run (about 2.5 minutes): the table comes from its JSON, not from a second run.
  console.log('\n| protocol | metric | Aisle |\n|---|---|---|');
  for (const [protocol, values] of Object.entries(metrics)) for (const [k, v] of Object.entries(values)) console.log(`| ${protocol} | ${k} | ${v} |`);
  console.log('Published (LLMRank, NDCG@10): Pop 52.96, BPRMF 66.27, SASRec 75.92');
}
if (existsSync(join(data, 'intent-bitext'))) {
  process.stdout.write(run('assistant intents, Bitext', ['test/eval/assistant-intents.ts']));
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/eval.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
