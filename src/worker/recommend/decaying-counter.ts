// Worker recommender: a counter whose values halve every `halfLifeMs`, for category/brand affinities.
// Decay is applied lazily (on add and on read), so an update costs O(1) whatever the history length.

export class DecayingCounter {
  private readonly values = new Map<string, { v: number; at: number }>();

  constructor(private readonly halfLifeMs: number) {}

  add(key: string, weight: number, at: number): void {
    const cur = this.values.get(key);
    this.values.set(key, { v: (cur ? this.decayed(cur, at) : 0) + weight, at: Math.max(at, cur?.at ?? at) });
  }

  get(key: string, now: number): number {
    const cur = this.values.get(key);
    return cur ? this.decayed(cur, now) : 0;
  }

  /** All keys, highest first, with weights normalised so the top one is 1. */
  top(now: number, limit = 10): Array<{ name: string; weight: number }> {
    const all = [...this.values].map(([name, cur]) => ({ name, weight: this.decayed(cur, now) }));
    all.sort((a, b) => b.weight - a.weight);
    const max = all[0]?.weight ?? 0;
    return all.slice(0, limit).map((x) => ({ name: x.name, weight: max > 0 ? Number((x.weight / max).toFixed(3)) : 0 }));
  }

  clear(): void {
    this.values.clear();
  }

  private decayed(cur: { v: number; at: number }, now: number): number {
    return cur.v * Math.pow(2, -Math.max(0, now - cur.at) / this.halfLifeMs);
  }
}
