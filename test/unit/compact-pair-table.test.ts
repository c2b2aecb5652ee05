// Unit: the compact pair table reads exactly like the parsed JSON table it replaces.
import { describe, expect, it } from 'vitest';
import type { PairTableChunk } from '../../src/protocol/index-format.ts';
import { compactPairTable } from '../../src/worker/catalog/compact-pair-table.ts';

const ids = ['a', 'b', 'c', 'd', 'e'];
const rowOf = new Map(ids.map((id, i) => [id, i]));

function table(pairs: PairTableChunk['pairs']): PairTableChunk {
  return { measure: 'cosine:tfidf', pairs };
}

describe('compactPairTable', () => {
  it('decodes every list to the same ids and the very same score values', () => {
    const original = table({ c: [['a', 0.919], ['e', 0.340094]], a: [['b', 1], ['d', 0.000001]], e: [] });
    const compact = compactPairTable(structuredClone(original), ids, rowOf);
    expect(compact.measure).toBe('cosine:tfidf');
    for (const key of ['a', 'c', 'e']) expect(compact.pairs[key]).toEqual(original.pairs[key]);
    expect(compact.pairs.c![1]![1]).toBe(0.340094);
    expect(compact.pairs.b).toBeUndefined();
    expect(compact.pairs.nope).toBeUndefined();
    expect('a' in compact.pairs && 'e' in compact.pairs).toBe(true);
    expect('b' in compact.pairs).toBe(false);
    // Keys keep the file's order, as Object.entries on the parsed JSON would give them.
    expect(Object.entries(compact.pairs)).toEqual(Object.entries(original.pairs));
  });

  it('keeps three-decimal scores (the similar table) exactly', () => {
    const original = table({ a: [['b', 0.919], ['c', 0.001], ['d', 1]], d: [['a', 0.5]] });
    expect(compactPairTable(structuredClone(original), ids, rowOf).pairs.a).toEqual(original.pairs.a);
  });

  it('keeps negative, large and many-decimal scores exactly', () => {
    const original = table({ a: [['b', -0.25], ['c', 70000]], b: [['a', 0.123456]] });
    const compact = compactPairTable(structuredClone(original), ids, rowOf);
    expect(compact.pairs.a).toEqual(original.pairs.a);
    expect(compact.pairs.b).toEqual(original.pairs.b);
  });

  it('keeps scores with more than six decimals exactly', () => {
    const original = table({ a: [['b', 1 / 3], ['c', 123456.75]] });
    const compact = compactPairTable(structuredClone(original), ids, rowOf);
    expect(compact.pairs.a).toEqual([['b', 1 / 3], ['c', 123456.75]]);
  });

  it('returns the table checked but not compacted when a key or neighbour is not a product', () => {
    const unknownNeighbour = table({ a: [['zz', 0.5]] });
    expect(compactPairTable(unknownNeighbour, ids, rowOf)).toEqual(unknownNeighbour);
    const unknownKey = table({ zz: [['a', 0.5]] });
    const kept = compactPairTable(unknownKey, ids, rowOf);
    expect(kept).toEqual(unknownKey);
    // Keyed in a null-prototype object: an id like "constructor" is absent, not Object.prototype's.
    expect(kept.pairs.constructor).toBeUndefined();
    // A hand-edited list with a malformed pair keeps its good pairs.
    const malformed = compactPairTable(table({ a: [null as unknown as [string, number], ['b', 0.5]] }), ids, rowOf);
    expect(malformed.pairs.a).toEqual([['b', 0.5]]);
  });

  it('refuses writes', () => {
    const compact = compactPairTable(table({ a: [['b', 0.5]] }), ids, rowOf);
    expect(() => {
      compact.pairs.b = [];
    }).toThrow(/read-only/);
  });
});
