// Assistant, retrieval: finds the merchant's FAQ entry that answers a policy question (BM25 over question,
// section and answer, with topic synonyms), so the answer quotes the shop's own words and never invents.
import type { FaqEntry } from '../../../protocol/index-format.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import { Bm25Index } from './bm25-index.ts';

/** Words that name the same policy topic: a "send it back" question finds the "Returns" section. */
const TOPICS: string[][] = [
  ['return', 'refund', 'exchange', 'back', 'money'],
  ['ship', 'shipping', 'delivery', 'deliver', 'arrive', 'courier', 'post', 'dispatch'],
  ['warranty', 'guarantee', 'broken', 'defect', 'repair'],
  ['pay', 'payment', 'card', 'paypal', 'klarna', 'invoice'],
  ['size', 'fit', 'guide'],
  ['cancel', 'cancellation'],
  ['privacy', 'data', 'cookie'],
];

/** Words every policy question shares: they must not make "privacy policy" match "return policy". */
const GENERIC = new Set(['policy', 'information', 'info', 'question', 'shop', 'store', 'rule', 'term', 'work', 'long', 'take']);

function expand(terms: string[]): string[] {
  const out = new Set(terms);
  for (const t of terms) for (const group of TOPICS) if (group.includes(t)) for (const g of group) out.add(g);
  return [...out];
}

export class FaqSearch {
  private index: Bm25Index | null = null;

  constructor(private readonly entries: FaqEntry[]) {}

  /**
   * The best entry only when its question or section names the question's topic ("refund" → "Returns"):
   * for order questions, where a loose match would quote an unrelated policy.
   */
  bestOnTopic(question: string): FaqEntry | null {
    const asked = canonicalTerms(question);
    const groups = TOPICS.filter((g) => asked.some((t) => g.includes(t)));
    const entry = groups.length ? this.best(question) : null;
    if (!entry) return null;
    const heading = new Set(canonicalTerms(`${entry.question} ${entry.section.join(' ')}`));
    return groups.some((g) => g.some((t) => heading.has(t))) ? entry : null;
  }

  /** The best entry, or null when no entry shares a word with the question. */
  best(question: string): FaqEntry | null {
    if (this.entries.length === 0) return null;
    this.index ??= new Bm25Index(
      this.entries.map((e) => [
        { text: e.question, weight: 3 },
        { text: e.section.join(' '), weight: 2 },
        { text: e.answer, weight: 1 },
      ]),
    );
    const asked = canonicalTerms(question).filter((t) => !GENERIC.has(t));
    // Words the question says itself count twice the topic words added for it.
    const direct = this.index.score(asked);
    const topical = this.index.score(expand(asked).filter((t) => !asked.includes(t)));
    let bestDoc = -1;
    let bestScore = 0;
    for (let doc = 0; doc < this.entries.length; doc++) {
      const s = 2 * (direct.get(doc) ?? 0) + (topical.get(doc) ?? 0);
      if (s > bestScore) {
        bestScore = s;
        bestDoc = doc;
      }
    }
    return bestDoc >= 0 ? (this.entries[bestDoc] ?? null) : null;
  }
}
