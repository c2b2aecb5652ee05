// Worker → catalog: an item-to-item table (similar, coview, ...) kept in typed arrays instead of millions of
// small JS arrays. At 100k products the parsed `similar` chunk alone held ~100 MB of the worker's heap
// (bench: test/bench/bench-recommend-browser.ts); compact it is ~13 MB of typed arrays. Readers still see a PairTableChunk:
// `pairs` is a read-only Proxy that decodes one product's list when it is read.
import type { PairTableChunk } from '../../protocol/index-format.ts';
import { ownPairTable } from './check-index.ts';

type Pairs = PairTableChunk['pairs'];


/**
 * The same table, compact. Every key and neighbour must be a product id in `rowOf`; if one is not (an
 * older or hand-edited index), the table is returned checked but not compacted (still correct, just not
 * smaller; see ownPairTable). Decoded values are equal (===) to the parsed ones.
 */
export function compactPairTable(table: PairTableChunk, ids: readonly string[], rowOf: ReadonlyMap<string, number>): PairTableChunk {
  const counts = new Int32Array(ids.length + 1);
  const keyRows: number[] = [];
  const lists: Array<Array<[string, number]>> = [];
  let total = 0;
  if (!table || typeof table !== 'object' || !table.pairs || typeof table.pairs !== 'object') return ownPairTable(table);
  for (const [key, list] of Object.entries(table.pairs)) {
    const row = rowOf.get(key);
    if (row === undefined || !Array.isArray(list) || counts[row]! > 0) return ownPairTable(table);
    keyRows.push(row);
    lists.push(list);
    // +1 so a present but empty list is told apart from an absent key.
    counts[row] = list.length + 1;
    total += list.length;
  }
  const start = new Int32Array(ids.length + 1);
  for (let r = 0; r < ids.length; r++) start[r + 1] = start[r]! + Math.max(0, counts[r]! - 1);
  const neighbours = new Int32Array(total);
  const raw = new Float64Array(total);
  for (let k = 0; k < keyRows.length; k++) {
    let at = start[keyRows[k]!]!;
    for (const pair of lists[k]!) {
      const n = Array.isArray(pair) ? rowOf.get(pair[0]) : undefined;
      const score = Array.isArray(pair) ? pair[1] : undefined;
      if (n === undefined || typeof score !== 'number') return ownPairTable(table);
      neighbours[at] = n;
      raw[at] = score;
      at++;
    }
  }
  const { scores, divisor } = packScores(raw);
  const present = (row: number | undefined): row is number => row !== undefined && counts[row]! > 0;
  const decode = (key: string | symbol): Array<[string, number]> | undefined => {
    const row = typeof key === 'string' ? rowOf.get(key) : undefined;
    if (!present(row)) return undefined;
    const out: Array<[string, number]> = [];
    for (let i = start[row]!; i < start[row + 1]!; i++) out.push([ids[neighbours[i]!]!, scores[i]! / divisor]);
    return out;
  };
  const readOnly = (): boolean => {
    throw new TypeError('A catalog pair table is read-only; build a new index to change it');
  };
  const pairs = new Proxy<Pairs>({}, {
    get: (_target, key) => decode(key),
    has: (_target, key) => typeof key === 'string' && present(rowOf.get(key)),
    ownKeys: () => keyRows.map((row) => ids[row]!),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = decode(key);
      return value ? { value, writable: false, enumerable: true, configurable: true } : undefined;
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
  return { measure: table.measure, pairs };
}

/**
 * The smallest exact form of the scores: thousandths in a Uint16Array (`similar`: 3 decimals in [0, 1]),
 * millionths in an Int32Array (the CLI writes at most 6 decimals), else the doubles. Exact means each
 * stored integer divided by `divisor` is === the parsed score.
 */
function packScores(raw: Float64Array): { scores: Uint16Array | Int32Array | Float64Array; divisor: number } {
  const small = new Uint16Array(raw.length);
  if (fits(raw, small, 1e3, 0, 0xffff)) return { scores: small, divisor: 1e3 };
  const wide = new Int32Array(raw.length);
  if (fits(raw, wide, 1e6, -(2 ** 31), 2 ** 31 - 1)) return { scores: wide, divisor: 1e6 };
  return { scores: raw, divisor: 1 };
}

function fits(raw: Float64Array, out: Uint16Array | Int32Array, divisor: number, min: number, max: number): boolean {
  for (let i = 0; i < raw.length; i++) {
    const s = Math.round(raw[i]! * divisor);
    if (s < min || s > max || s / divisor !== raw[i]) return false;
    out[i] = s;
  }
  return true;
}
