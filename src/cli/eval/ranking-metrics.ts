// CLI eval: ranking metrics for one relevant item, averaged over users and reported ×100.

/** 1-based rank of the target among scored candidates; ties count against the target (no lucky draws). */
export function rankOf(scores: number[], targetIndex: number): number {
  const t = scores[targetIndex]!;
  let rank = 1;
  scores.forEach((s, i) => {
    if (i !== targetIndex && s >= t) rank++;
  });
  return rank;
}

export function ndcgAt(rank: number, k: number): number {
  return rank <= k ? 1 / Math.log2(rank + 1) : 0;
}

export class MetricMean {
  private readonly sums = new Map<string, number>();
  private n = 0;

  add(values: Record<string, number>): void {
    this.n++;
    for (const [k, v] of Object.entries(values)) this.sums.set(k, (this.sums.get(k) ?? 0) + v);
  }

  get count(): number {
    return this.n;
  }

  /** Means ×100, 2 decimals. */
  result(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of this.sums) out[k] = this.n ? Math.round((10000 * v) / this.n) / 100 : 0;
    return out;
  }
}
