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
  /** Contribution per `about` (direct evidence), and per `about` reached in two hops. */
  direct: Map<string, number>;
  indirect: Map<string, number> | null;
}

interface Entry {
  score: number;
  kinds: Map<ReasonKind, KindTerm>;
}

export class CandidatePool {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly say: SayReason) {}

  /**
   * Adds a contribution; zero or non-finite ones are ignored. A negative one (a model saying "less likely
   * than usual") lowers the score and its kind's term, so it is never the reason.
   */
  add(productId: string, score: number, evidence: Evidence): void {
    if (score === 0 || !Number.isFinite(score)) return;
    let e = this.entries.get(productId);
    if (!e) this.entries.set(productId, (e = { score: 0, kinds: new Map() }));
    e.score += score;
    let term = e.kinds.get(evidence.kind);
    if (!term) e.kinds.set(evidence.kind, (term = { total: 0, direct: new Map(), indirect: null }));
    term.total += score;
    const by = evidence.indirect ? (term.indirect ??= new Map()) : term.direct;
    const about = evidence.about ?? '';
    by.set(about, (by.get(about) ?? 0) + score);
  }

  has(productId: string): boolean {
    return this.entries.has(productId);
  }

  score(productId: string): number {
    return this.entries.get(productId)?.score ?? 0;
  }

  /** One kind's term of a product's score (0 when it has none). */
  term(productId: string, kind: ReasonKind): number {
    return this.entries.get(productId)?.kinds.get(kind)?.total ?? 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Product ids, best first; ties break on the id so results are stable. */
  ids(limit = Infinity): string[] {
    const ranked = [...this.entries].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
    return ranked.slice(0, limit).map(([id]) => id);
  }

  /** The best `limit` as candidates. Reasons are written only for what is listed. */
  list(limit = Infinity): Candidate[] {
    return this.ids(limit).map((id) => this.candidate(id));
  }

  candidate(productId: string): Candidate {
    const e = this.entries.get(productId)!;
    let kind: ReasonKind | undefined;
    let best: KindTerm | undefined;
    const terms: Partial<Record<ReasonKind, number>> = {};
    for (const [k, term] of e.kinds) {
      terms[k] = term.total;
      if (!best || term.total > best.total) [kind, best] = [k, term];
    }
    let evidence: Evidence = { kind: kind! };
    let top = -Infinity;
    for (const [about, score] of best!.direct) if (score > top) [evidence, top] = [{ kind: kind!, about }, score];
    for (const [about, score] of best!.indirect ?? []) if (score > top) [evidence, top] = [{ kind: kind!, about, indirect: true }, score];
    if (evidence.about === '') delete evidence.about;
    return { productId, score: e.score, source: kind!, reason: this.say(evidence), terms };
  }
}
