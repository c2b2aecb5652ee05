// Worker recommender: collects scored candidates from one or more signals. A product's score is the sum of
// every signal's contribution; the contributions are also summed by kind of evidence (similar, bought with,
// ...), and the reason shown names the kind whose term is largest and, within it, the product, search or
// category that contributed most. So "Why am I seeing this?" is always the main reason, never a minor one.
import type { Candidate, ReasonKind } from '../../protocol/recommend.ts';

/** What a contribution rests on: its kind and what it is about (a product id, a query, a category). */
export interface Evidence {
  kind: ReasonKind;
  about?: string;
  /** Reached through a neighbour's neighbour (two hops): the reason says so. */
  indirect?: boolean;
}

/** Writes the reason sentence for a piece of evidence (the strategy context knows titles and the cart). */
export type SayReason = (evidence: Evidence) => string;

interface KindTerm {
  total: number;
  /** Contribution per piece of evidence (keyed by evidenceKey). */
  by: Map<string, { score: number; evidence: Evidence }>;
}

interface Entry {
  score: number;
  kinds: Map<ReasonKind, KindTerm>;
}

const key = (e: Evidence): string => `${e.indirect ? '~' : ''}${e.about ?? ''}`;

export class CandidatePool {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly say: SayReason) {}

  /** Adds a contribution; non-positive or non-finite ones are ignored. */
  add(productId: string, score: number, evidence: Evidence): void {
    if (!(score > 0) || score === Infinity) return;
    let e = this.entries.get(productId);
    if (!e) this.entries.set(productId, (e = { score: 0, kinds: new Map() }));
    e.score += score;
    let term = e.kinds.get(evidence.kind);
    if (!term) e.kinds.set(evidence.kind, (term = { total: 0, by: new Map() }));
    term.total += score;
    const k = key(evidence);
    const item = term.by.get(k);
    if (item) item.score += score;
    else term.by.set(k, { score, evidence });
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

  /** Best first; ties break on the id so results are stable. Reasons are written only for what is listed. */
  list(limit = Infinity): Candidate[] {
    const ranked = [...this.entries].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
    return ranked.slice(0, limit).map(([productId, e]) => this.candidate(productId, e));
  }

  private candidate(productId: string, e: Entry): Candidate {
    let kind: ReasonKind | undefined;
    let best: KindTerm | undefined;
    const terms: Partial<Record<ReasonKind, number>> = {};
    for (const [k, term] of e.kinds) {
      terms[k] = term.total;
      if (!best || term.total > best.total) [kind, best] = [k, term];
    }
    let evidence: Evidence = { kind: kind! };
    let top = -Infinity;
    for (const item of best!.by.values()) if (item.score > top) [evidence, top] = [item.evidence, item.score];
    return { productId, score: e.score, source: kind!, reason: this.say(evidence), terms };
  }
}
