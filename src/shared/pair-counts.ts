// Shared: sparse item×item counts (dense item numbers) and their cut into a PairTableChunk's
// best-first neighbour lists. Used by interaction-tables.ts at build time and in the offline eval.

/** a → b → weighted count. */
export type PairCounts = Map<number, Map<number, number>>;

/**
 * Keep, for each item, its `limit` best neighbours by `score(a, b, count)`, dropping pairs whose
 * support (from `support` when given, else the count itself) is under `minSupport` and those `keep` rejects.
 * Scores are rounded to 6 significant digits: the table ships as JSON and more digits only cost bytes.
 */
export function topPairs(
  counts: PairCounts,
  ids: string[],
  limit: number,
  minSupport: number,
  score: (a: number, b: number, count: number) => number,
  support?: PairCounts,
  keep?: (a: number, b: number, count: number) => boolean,
): Record<string, Array<[string, number]>> {
  // Null prototype: a product id `__proto__` is a key like any other (it would set a plain object's prototype).
  const out: Record<string, Array<[string, number]>> = Object.create(null);
  for (const [a, row] of counts) {
    const sup = support?.get(a);
    const kept: Array<[number, number]> = [];
    for (const [b, c] of row) {
      if ((sup ? sup.get(b) ?? 0 : c) < minSupport || (keep && !keep(a, b, c))) continue;
      kept.push([b, score(a, b, c)]);
    }
    if (kept.length === 0) continue;
    // Ties break on the item number so a rebuild from the same orders writes the same bytes.
    kept.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    out[ids[a]!] = kept.slice(0, limit).map(([b, s]) => [ids[b]!, Number(s.toPrecision(6))]);
  }
  return out;
}
