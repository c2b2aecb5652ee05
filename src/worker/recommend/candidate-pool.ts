// Worker recommender: collects scored candidates from one or more signals. Scores of the same product
// add up; the reason kept is the one of the signal that contributed most (what "Why am I seeing this?" shows).
import type { Candidate } from '../../protocol/recommend.ts';

interface Entry {
  score: number;
  best: number;
  source: string;
  reason: string;
}

export class CandidatePool {
  private readonly entries = new Map<string, Entry>();

  add(productId: string, score: number, source: string, reason: string): void {
    if (!(score > 0)) return;
    const e = this.entries.get(productId);
    if (!e) {
      this.entries.set(productId, { score, best: score, source, reason });
      return;
    }
    e.score += score;
    if (score > e.best) {
      e.best = score;
      e.source = source;
      e.reason = reason;
    }
  }

  has(productId: string): boolean {
    return this.entries.has(productId);
  }

  score(productId: string): number {
    return this.entries.get(productId)?.score ?? 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Best first; ties break on the id so results are stable. */
  list(): Candidate[] {
    const out: Candidate[] = [];
    for (const [productId, e] of this.entries) out.push({ productId, score: e.score, source: e.source, reason: e.reason });
    return out.sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1));
  }
}
