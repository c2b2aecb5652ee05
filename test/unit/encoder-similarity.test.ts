// Encoder sanity for shopping: close pairs (same product, other words) score above far pairs, and the
// int8 model keeps the fp32 model's nearest neighbours over product titles. Also the `aisle embed` CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/protocol/config.ts';
import { buildUseLiteModels } from '../../src/cli/models/build-models.ts';
import { loadNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';
import { parityTexts } from '../browser/fixtures/encoder/parity-texts.ts';

const CLOSE: Array<[string, string]> = [
  ['red running shoes', 'crimson jogging sneakers'],
  ['wireless noise cancelling headphones', 'bluetooth over-ear headset'],
  ['stainless steel water bottle', 'metal insulated drinking flask'],
  ['laptop backpack', 'bag for carrying a notebook computer'],
  ['what is your return policy', 'how can I send an item back for a refund'],
  ['espresso machine', 'coffee maker for espresso'],
  ['yoga mat', 'non-slip exercise mat'],
  ['kids winter jacket', 'warm coat for children'],
];
const FAR: Array<[string, string]> = [
  ['red running shoes', 'espresso machine'],
  ['wireless noise cancelling headphones', 'organic cotton bed sheets'],
  ['stainless steel water bottle', 'how long does shipping take'],
  ['laptop backpack', 'vegan protein powder'],
  ['what is your return policy', 'gaming mouse with RGB lighting'],
  ['yoga mat', 'car phone holder'],
  ['kids winter jacket', 'garden hose 20m'],
  ['espresso machine', 'dog leash'],
];

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((s, v, i) => s + v * b[i], 0);
let embedder: Embedder;

beforeAll(async () => {
  buildUseLiteModels();
  embedder = await loadNodeEmbedder();
});
afterAll(() => embedder.dispose());

describe('the default encoder on shopping text', () => {
  it('is the default model and gives 512-d unit vectors', () => {
    expect(embedder.id).toBe(DEFAULT_MODEL);
    expect(embedder.dim).toBe(512);
    expect(embedder.backend).toBe('node');
  });

  it('scores every close pair above every far pair', async () => {
    const score = async (pairs: Array<[string, string]>): Promise<number[]> => {
      const rows = await embedder.embed(pairs.flat());
      return pairs.map((_, i) => dot(rows[2 * i], rows[2 * i + 1]));
    };
    const [close, far] = [await score(CLOSE), await score(FAR)];
    expect(Math.min(...close)).toBeGreaterThan(Math.max(...far));
    expect(close[0]).toBeGreaterThan(0.6);
  });

  it('keeps most of the fp32 top-5 neighbours among product titles', async () => {
    const titles = parityTexts().slice(0, 130);
    const fp32 = await loadNodeEmbedder('use-lite-fp32');
    const [a, b] = [await fp32.embed(titles), await embedder.embed(titles)];
    await fp32.dispose();
    const top5 = (rows: Float32Array[], i: number): number[] =>
      rows.map((r, j) => [j, j === i ? -Infinity : dot(rows[i], r)] as const).sort((x, y) => y[1] - x[1]).slice(0, 5).map(([j]) => j);
    let kept = 0;
    for (let i = 0; i < titles.length; i++) {
      const ref = new Set(top5(a, i));
      kept += top5(b, i).filter((j) => ref.has(j)).length;
    }
    expect(kept / (5 * titles.length)).toBeGreaterThan(0.9);
  });
});

describe('aisle embed', () => {
  const bin = join(import.meta.dirname, '..', '..', 'src', 'cli', 'bin.js');

  it('prints one vector per argument, in order, equal to the library call', async () => {
    const out = execFileSync(process.execPath, [bin, 'embed', 'red running shoes', ''], { encoding: 'utf8' });
    const rows = JSON.parse(out) as number[][];
    expect(rows).toHaveLength(2);
    const [lib] = await embedder.embed(['red running shoes']);
    rows[0].forEach((v, k) => expect(v).toBeCloseTo(lib[k], 6));
  });

  it('reads one text per line with --stdin and takes --model', () => {
    const out = execFileSync(process.execPath, [bin, 'embed', '--model', 'use-lite-fp32', '--stdin'], { input: 'yoga mat\nnon-slip exercise mat\n', encoding: 'utf8' });
    const rows = (JSON.parse(out) as number[][]).map((r) => Float32Array.from(r));
    expect(rows).toHaveLength(2);
    expect(dot(rows[0], rows[1])).toBeGreaterThan(0.5);
  });

  it('names the missing model and the ones there are, with exit code 1; usage errors exit 2', () => {
    const missing = spawnSync(process.execPath, [bin, 'embed', '--model', 'no-such-model', 'x'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no model 'no-such-model'");
    expect(missing.stderr).toContain('use-lite-int8');
    expect(spawnSync(process.execPath, [bin, 'embed', '--bogus'], { encoding: 'utf8' }).status).toBe(2);
  });
});
