// Eval (recommender): the offline harness on a small RecBole-format dataset written to a temp folder,
// with a planted sequential pattern (every "a" item is followed by its "b" item). The engine must find
// it through the same tables a merchant build ships; popularity alone cannot.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../src/cli/eval/eval-args.ts';
import { runEval } from '../../src/cli/eval/run-eval.ts';

const PAIRS = 40;

function writeDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-rec-eval-'));
  const items = ['item_id:token\ttitle:token_seq'];
  for (let p = 0; p < PAIRS; p++) items.push(`a${p}\tStarter kit ${p}`, `b${p}\tRefill pack ${p}`);
  // Filler items everyone buys: popular, but never the right next item.
  for (let f = 0; f < 5; f++) items.push(`f${f}\tGift card ${f}`);
  const test = ['user_id:token\titem_id_list:token_seq\titem_id:token'];
  const valid = [...test];
  const random: string[] = [];
  let u = 0;
  for (let p = 0; p < PAIRS; p++) {
    for (let k = 0; k < 6; k++, u++) {
      const filler = `f${u % 5} f${(u + 1) % 5}`;
      if (k < 3) {
        // Training customers: a then b in their history; not evaluated.
        test.push(`${u}\t${filler} a${p} b${p}\tf${(u + 2) % 5}`);
        valid.push(`${u}\t${filler} a${p}\tb${p}`);
        continue;
      }
      // Evaluated customers: the held-out next item is b after a.
      test.push(`${u}\t${filler} a${p}\tb${p}`);
      valid.push(`${u}\t${filler}\ta${p}`);
      const others = Array.from({ length: 25 }, (_, i) => `${i % 2 ? 'a' : 'b'}${(p + 1 + i) % PAIRS}`);
      random.push(`${u}\t${[...others, 'f0', 'f1', 'f2', 'f3', 'f4'].join(' ')}`);
    }
  }
  writeFileSync(join(dir, 'Toy.item'), `${items.join('\n')}\n`);
  writeFileSync(join(dir, 'Toy.test.inter'), `${test.join('\n')}\n`);
  writeFileSync(join(dir, 'Toy.valid.inter'), `${valid.join('\n')}\n`);
  writeFileSync(join(dir, 'Toy.random'), `${random.join('\n')}\n`);
  return dir;
}

describe('eval-rec harness', () => {
  it('finds a planted next-item pattern that popularity misses, in both protocols', () => {
    const r = runEval(parseEvalArgs(['--data', writeDataset()]), () => {});
    expect(r.dataset).toBe('Toy');
    expect(r.users.llmrank).toBe(PAIRS * 3);
    expect(r.metrics.llmrank?.['ndcg@1']).toBeGreaterThan(90);
    expect(r.pop.llmrank?.['ndcg@10']).toBeLessThan(r.metrics.llmrank!['ndcg@10']! - 20);
    expect(r.metrics.full?.['hr@10']).toBeGreaterThan(90);
    expect(Object.keys(r.metrics.llmrank ?? {})).toEqual(['ndcg@1', 'ndcg@5', 'ndcg@10', 'ndcg@20']);
    expect(Object.keys(r.metrics.full ?? {})).toEqual(['hr@10', 'ndcg@10']);
  });

  it('names the missing file and what the folder holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aisle-rec-eval-empty-'));
    writeFileSync(join(dir, 'x.random'), '1\t2 3\n');
    expect(() => runEval(parseEvalArgs(['--data', dir]), () => {})).toThrow(/no \*\.test\.inter file; the folder holds x\.random/);
  });

  it('rejects a bad protocol with the valid ones', () => {
    expect(() => parseEvalArgs(['--data', '.', '--protocol', 'auc'])).toThrow(/"auc" is not a protocol; use llmrank or full/);
  });
});
