// Unit (next-item model): the trainer learns an obvious sequential rule that popularity cannot, a rebuild
// from the same sequences writes the same bytes, and the chunk reads back what was written (or says why not).
import { describe, expect, it } from 'vitest';
import { trainNextItemModel } from '../../src/cli/train/train-next-item-model.ts';
import { decodeNextItem, encodeNextItem, knows, nextItemLogit, shopperVector } from '../../src/shared/next-item-model.ts';

const PAIRS = 30;
/** Items 0..29 are "starters", 30..59 their "refills"; 60 is bought by everyone, always first. */
function sequences(): number[][] {
  const out: number[][] = [];
  for (let c = 0; c < 600; c++) {
    const p = c % PAIRS;
    out.push([60, p, PAIRS + p]);
  }
  return out;
}

const decode = (bytes: Uint8Array, rows: number) => decodeNextItem(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, rows);

describe('next-item model', () => {
  const items = 2 * PAIRS + 2; // row 61 is never bought
  const trained = trainNextItemModel(sequences(), items, { dim: 16, epochs: 8, negatives: 16, batch: 32, lr: 0.02 });
  const model = decode(encodeNextItem(trained.dim, trained.positions, trained.rows, trained.bias), items);

  it('puts each starter\'s refill first, after the int8 round trip', () => {
    let right = 0;
    for (let p = 0; p < PAIRS; p++) {
      const u = shopperVector(model, [p, 60]);
      const scores = Array.from({ length: items }, (_, r) => (knows(model, r) && r !== p && r !== 60 ? nextItemLogit(model, u, r) : -Infinity));
      if (scores.indexOf(Math.max(...scores)) === PAIRS + p) right++;
    }
    expect(right).toBeGreaterThanOrEqual(PAIRS - 2);
    expect(trained.epochs.at(-1)!.loss).toBeLessThan(trained.epochs[0]!.loss);
  });

  it('knows only what it saw, weighs the newest item most, and rebuilds byte for byte', () => {
    expect(knows(model, 61)).toBe(false);
    expect(knows(model, 0)).toBe(true);
    expect(model.positions[0]!).toBeGreaterThan(Math.abs(model.positions[2]!));
    const again = trainNextItemModel(sequences(), items, { dim: 16, epochs: 8, negatives: 16, batch: 32, lr: 0.02 });
    expect(encodeNextItem(again.dim, again.positions, again.rows, again.bias)).toEqual(encodeNextItem(trained.dim, trained.positions, trained.rows, trained.bias));
  });

  it('reads back within int8 precision, and names what is wrong with a chunk that does not fit', () => {
    const r = 5;
    const back = model.items.data.slice(r * 16, r * 16 + 16);
    const max = Math.max(...trained.rows[r]!.map(Math.abs));
    trained.rows[r]!.forEach((x, k) => expect(Math.abs(back[k]! * model.items.scales[r]! - x)).toBeLessThanOrEqual(max / 127 / 2 + 1e-6));
    const bytes = encodeNextItem(trained.dim, trained.positions, trained.rows, trained.bias);
    expect(() => decode(bytes, items + 1)).toThrow(/62 rows, the catalog 63 products; rebuild the index/);
    expect(() => decode(bytes.slice(0, 100), items)).toThrow(/do not match/);
  });
});
