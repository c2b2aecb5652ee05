// Unit: the NLU embedding cache (src/cli/nlu/embed-texts.ts) embeds each text once across runs, returns
// vectors in the caller's order, reads back only what it is asked for, and survives a torn last record.
// The embedder is a counting stand-in: what is tested is the cache, and a count of calls is what says
// whether it was used.
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFileOf, embedTexts, readCachedVectors } from '../../src/cli/nlu/embed-texts.ts';

const DIM = 4;
function countingEmbedder() {
  const seen: string[] = [];
  return {
    seen,
    id: 'test/enc',
    dim: DIM,
    embed: async (texts: string[]) => texts.map((t) => (seen.push(t), Float32Array.from({ length: DIM }, (_, i) => t.length + i / 10))),
  };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('embedTexts cache', () => {
  it('embeds a text once across calls and returns vectors in order, duplicates included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aisle-nlu-cache-'));
    dirs.push(dir);
    const a = countingEmbedder();
    const first = await embedTexts(['hello', 'hi', 'hello'], a, dir);
    expect(a.seen).toEqual(['hello', 'hi']);
    expect([...(first[0] as Float32Array)]).toEqual([...(first[2] as Float32Array)]);
    expect(first[1]?.[0]).toBe(2);
    const b = countingEmbedder();
    const again = await embedTexts(['hi', 'new one', 'hello'], b, dir);
    expect(b.seen).toEqual(['new one']);
    expect(again.map((v) => v[0])).toEqual([2, 7, 5]);
    // Only what was asked is read back.
    const file = cacheFileOf(b, dir);
    expect(readCachedVectors(file, DIM, new Set()).size).toBe(0);
    expect(statSync(file).size).toBe(3 * (16 + 4 * DIM));
  });

  it('a torn last record (an interrupted run) is ignored, then cut off by the next append', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aisle-nlu-cache-'));
    dirs.push(dir);
    await embedTexts(['one', 'two'], countingEmbedder(), dir);
    const file = cacheFileOf({ id: 'test/enc', dim: DIM }, dir);
    appendFileSync(file, Buffer.alloc(7, 1));
    const c = countingEmbedder();
    expect((await embedTexts(['two', 'three'], c, dir)).map((v) => v[0])).toEqual([3, 5]);
    expect(c.seen).toEqual(['three']);
    expect(statSync(file).size).toBe(3 * (16 + 4 * DIM));
    const d = countingEmbedder();
    await embedTexts(['one', 'two', 'three'], d, dir);
    expect(d.seen).toEqual([]);
  });
});
