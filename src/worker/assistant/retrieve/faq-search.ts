// Assistant, retrieval: the help-centre section that answers a question and the sentence or two in it that
// hold the fact. The section: BM25 over sentences and over sections (the question's own words count twice
// the intent's topic words), plus the encoder's cosine to each sentence when it is loaded; a follow-up looks
// inside the section it continues first. The sentence inside it: the share of the question's own words it
// holds, the encoder's cosine (by meaning: "and boots?" is the footwear sentence), the last question's words
// where a follow-up points back at them, the kind of value asked ("how much" → an amount), and the
// section's lead sentence when the question asks what its heading asks. The intent's topic words weigh
// little there: they describe the section, not the sentence ("arrive" must not make "how long does shipping
// take?" the express sentence). Nothing here writes an answer: it only points at the merchant's own words.
import type { KnownVector } from '../../../shared/text-vectors.ts';
import { embedInBackground } from './embed-in-background.ts';
import type { FaqEntry } from '../../../protocol/index-format.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import { placesIn } from '../understand/places.ts';
import { normalizeText } from '../understand/tokenize.ts';
import { Bm25Index } from './bm25-index.ts';
import { dot, type EmbedFn } from './embed-scorer.ts';
import { askedAnswerType, holdsAnswerType } from './faq-answer-type.ts';
import { buildFaqSections, type FaqSections, type FaqSentence } from './faq-sentences.ts';

export interface FaqQuery {
  /** The question's own canonical content terms. */
  terms: string[];
  /** Topic words of the intent (decide/intent-groups.ts), weaker than the question's own. */
  hint: string[];
  embedding?: Float32Array;
  /** Entry id of the section a follow-up continues. */
  within?: string;
  /** The intent names one topic (returns, promo codes): a section headed with it answers it even when the
   * question shares no word with it. False for catch-all intents ("store information"). */
  hintDecides?: boolean;
  /** The question names a place ("do you ship to France?"): sentences that name places rank higher. */
  aboutPlace?: boolean;
  /** Canonical terms of the places named: the value asked about, not the topic (a list may leave it out). */
  placeTerms?: string[];
  /** The question, normalised: the kind of value it asks for ("how much" → an amount). */
  question?: string;
  /** A follow-up's last question's words: they choose among a section's sentences after the question's own. */
  context?: string[];
  /** The sentences the last answer showed: what "it" and "and the deposit?" lean on. */
  given?: string[];
}

export interface FaqAnswer {
  entry: FaqEntry;
  /** The section's name as the shopper reads it ("Shipping and delivery"). */
  name: string;
  sentences: string[];
  /** Canonical terms of the section's heading. */
  headingTerms: string[];
}

/** Words every policy question shares: they must not make "privacy policy" match "return policy". */
const GENERIC = new Set(['policy', 'information', 'info', 'question', 'shop', 'store', 'rule', 'term', 'work', 'long', 'take', 'help', 'know', 'tell', 'want', 'need', 'get', 'can', 'way', 'where', 'when', 'why', 'who',
  // Function words the tokenizer keeps: rare in a help centre, so they would weigh as much as a topic.
  'as', 'if', 'up', 'out', 'over', 'into', 'onto', 'once', 'still', 'yet', 'very', 'too', 'own', 'instead', 'else']);
const MIN_COSINE = 0.45;

/** A sentence that says what is not done (normalised text). */
const NEGATED = /\b(not|no|never|cannot|cant|dont|doesnt|wont|unable)\b/;
/** A sentence that leans on the one before it. */
const POINTS_BACK = /^(it|this|that|these|those|they|then|there)\b|\b(that|this|these|those) (email|link|page|item|order|parcel|code|card|form|label|box)\b/i;


function normalised(scores: Map<number, number>): Map<number, number> {
  const max = Math.max(1e-9, ...scores.values());
  return new Map([...scores].map(([k, v]) => [k, v / max]));
}

export class FaqSearch {
  readonly sections: FaqSections;
  private readonly sentenceIndex: Bm25Index;
  private readonly entryIndex: Bm25Index;
  private readonly sentenceTerms: Array<Set<string>>;
  private readonly namesPlace: boolean[];
  /** Words the help centre capitalises mid-sentence (names: "Visa", "Canada"): kept capitalised after "Yes, ". */
  readonly properWords: Set<string>;
  private vectors: { embed: EmbedFn; sentences: Float32Array[]; headings: Float32Array[] } | null = null;
  private readonly headingTerms: string[][];
  /** Each sentence normalised, padded with spaces, for phrase lookups. */
  private readonly sentenceNorm: string[];
  private warming: { embed: EmbedFn; done: Promise<void> } | null = null;

  constructor(entries: FaqEntry[]) {
    this.sections = buildFaqSections(entries);
    const { sentences, names, entries: kept } = this.sections;
    this.sentenceIndex = new Bm25Index(sentences.map((s) => [{ text: s.text, weight: 1 }, { text: names[s.entry] ?? '', weight: 0.7 }]));
    this.entryIndex = new Bm25Index(kept.map((e, i) => [{ text: names[i] ?? '', weight: 3 }, { text: e.answer, weight: 1 }]));
    this.sentenceTerms = sentences.map((s) => new Set(canonicalTerms(`${s.text}`, true)));
    this.namesPlace = sentences.map((s) => placesIn(normalizeText(s.text)).length > 0);
    this.properWords = new Set(sentences.flatMap((s) => s.text.split(/\s+/).slice(1).filter((w) => /^[A-Z][a-z]/.test(w)).map((w) => w.replace(/[^A-Za-z-]/g, '').toLowerCase())));
    this.headingTerms = names.map((n) => canonicalTerms(n));
    this.sentenceNorm = sentences.map((x) => ` ${normalizeText(x.text)} `);
  }

  /**
   * Embeds every sentence and heading once per encoder (see embed-in-background.ts: the build's vectors
   * first, the rest one at a time when the worker is idle); until then retrieval is lexical.
   */
  warm(embed: EmbedFn, idle: () => Promise<void> = () => Promise.resolve(), known?: KnownVector): Promise<void> {
    if (this.warming?.embed === embed) return this.warming.done;
    // The sentence alone: the encoder's cost grows with every token, and the heading is matched by words.
    const texts = this.sections.sentences.map((s) => s.text);
    // Started after this.warming is set (a microtask later): with every vector known it finishes at once.
    const done = Promise.resolve().then(async () => {
      const out = await embedInBackground(texts, embed, idle, known);
      const headings = await embedInBackground(this.sections.names, embed, idle, known);
      if (this.warming?.embed === embed) this.vectors = { embed, sentences: out, headings };
    }).catch(() => {
      // A failed run is forgotten so the next question can retry; answers stay lexical meanwhile.
      if (this.warming?.embed === embed) this.warming = null;
    });
    this.warming = { embed, done };
    return done;
  }

  find(q: FaqQuery): FaqAnswer | null {
    const { entries, sentences } = this.sections;
    if (entries.length === 0) return null;
    const own = q.terms.filter((t) => !GENERIC.has(t));
    const hint = q.hint.filter((t) => !own.includes(t));
    // The intent's topic words that name a topic ("sign up" names no heading with "up").
    const topicHint = q.hint.filter((t) => !GENERIC.has(t));
    const sentOwn = this.sentenceIndex.score(own);
    const sentLex = normalised(this.combine(sentOwn, this.sentenceIndex.score(hint)));
    const entryLex = normalised(this.combine(this.entryIndex.score(own), this.entryIndex.score(hint)));
    const cos = q.embedding && this.vectors ? this.vectors.sentences.map((v) => dot(q.embedding as Float32Array, v)) : null;
    const sentenceScore = (i: number): number => {
      const boost = q.aboutPlace && this.namesPlace[i] ? 0.5 : 0;
      return (sentLex.get(i) ?? 0) + (cos ? 1.2 * Math.max(0, (cos[i] as number) - 0.2) : 0) + boost;
    };
    // The intent says what the question is about: a section whose heading names that topic leads.
    const headingHit = (entry: number) => (canonicalTerms(this.sections.names[entry] ?? '').some((t) => topicHint.includes(t)) ? 1 : 0);
    // A heading that means what the question asks ("can I rent gear instead of buying it?" ~ "Can I rent
    // gear?" 0.82 on USE-Lite, where the words "instead" and "buy" pull elsewhere); below 0.5 it says little.
    const headingMeaning = (entry: number) => {
      const v = q.embedding && this.vectors?.headings[entry];
      return v ? 1.5 * Math.max(0, dot(q.embedding as Float32Array, v) - 0.5) : 0;
    };
    const entryScores = new Map<number, number>();
    sentences.forEach((s, i) => entryScores.set(s.entry, Math.max(entryScores.get(s.entry) ?? 0, sentenceScore(i))));
    const within = q.within ? entries.findIndex((e) => e.id === q.within) : -1;
    // A follow-up stays in its section when some sentence there shares a word with it or means the same.
    const inside = within >= 0 && sentences.some((s, i) => s.entry === within && ((sentOwn.get(i) ?? 0) > 0 || (cos ? (cos[i] as number) >= MIN_COSINE : false)));
    let best = inside ? within : -1;
    if (best < 0) {
      let bestScore = 0;
      for (const [entry, s] of entryScores) {
        const total = 0.6 * s + 0.5 * (entryLex.get(entry) ?? 0) + headingHit(entry) + headingMeaning(entry);
        if (total > bestScore) [best, bestScore] = [entry, total];
      }
    }
    if (best < 0) return null;
    // On topic: a sentence (with its heading) holds most of what the question says, weighted by how rare
    // each word is in the help centre (a word it never uses weighs most), or means the same, or the heading
    // names the intent's topic. One shared word ("gift" in "gift wrapping" → "Gift cards") is too loose.
    const heading = canonicalTerms(this.sections.names[best] ?? '');
    // A follow-up that shares a word with the section it continues stays on that topic.
    const onTopic =
      own.length === 0 ||
      (inside && best === within) ||
      sentences.some((s, i) => {
        if (s.entry !== best) return false;
        // "do you deliver to Mexico?" against "We deliver to all 50 US states, Puerto Rico and Guam": the
        // place is the value asked about, not the topic, and a list may leave it out.
        const asked = q.placeTerms?.length ? own.filter((t) => !q.placeTerms?.includes(t)) : own;
        return (asked.length > 0 && this.coverage(asked, new Set([...(this.sentenceTerms[i] ?? []), ...heading])) >= 0.5) || (cos ? (cos[i] as number) >= MIN_COSINE : false);
      }) ||
      (q.hintDecides !== false && topicHint.some((t) => heading.includes(t)));
    if (!onTopic) return null;
    return this.answer(best, this.inSection(best, q, own, cos), own, q);
  }

  /**
   * How well each sentence of section `entry` answers the question, to choose among them: the share of
   * the question's own words it holds (with the heading's, which every sentence of the section shares, so
   * only its own words tell it apart; numbers count: "a 4-person tent" is the 4-person row), the last
   * question's words and the sentences last shown where a follow-up leans on them, the intent's topic
   * words weakly, the encoder's cosine to the question, the kind of value asked, a named place, and for
   * the lead sentence how much the question asks what the heading asks.
   */
  private inSection(entry: number, q: FaqQuery, own: string[], cos: number[] | null): (i: number) => number {
    const heading = this.headingTerms[entry] ?? [];
    const type = q.question ? askedAnswerType(q.question) : null;
    const mine = this.sections.sentences.map((_x, i) => i).filter((i) => this.sections.sentences[i]?.entry === entry);
    // Only words some sentence of the section holds tell its sentences apart ("uk" in a section about Canada does not).
    const sectionTerms = new Set(heading);
    for (const i of mine) this.sentenceTerms[i]?.forEach((t) => sectionTerms.add(t));
    const last = (q.context ?? []).filter((t) => !GENERIC.has(t) && !own.includes(t));
    // "there" is the last question's place: "how long does it take to get there?" after "and Canada?".
    const there = q.question && /\bthere\b/.test(q.question) ? canonicalTerms(placesIn(last.join(' ')).join(' ')) : [];
    // A number with its word names a row ("the 4-person one" → "4-person tent: ..."); a number alone is a
    // quantity the shopper reports ("bought 3 weeks ago") and must not pick "3 working days".
    const numbered = q.question ? [...new Set(q.question.match(/\b\d+ [a-z]+/g) ?? [])] : [];
    const asked = [...new Set([...own, ...there])].filter((t) => sectionTerms.has(t));
    // A follow-up leans on the last question where it points back ("can I use it with a promo code?"),
    // says nothing new ("how much is it?"), or asks what every sentence here has ("and the deposit?" over a
    // table's rows); its new words replace the last subject otherwise ("and boots?" after headphones).
    const pointsBack = !!q.question && /\b(it|its|this|that|these|those|they|them|there|one)\b/.test(q.question);
    // Undecided: several sentences hold the asked words equally well, by their own words, not the heading's.
    const held = asked.length ? mine.map((i) => this.coverage(asked, this.sentenceTerms[i] ?? new Set())) : [];
    const top = Math.max(0, ...held);
    const undecided = top > 0 && held.filter((h) => top - h < 1e-6).length >= 2;
    const leans = own.length === 0 || pointsBack || undecided;
    const before = leans ? last.filter((t) => sectionTerms.has(t) && !there.includes(t)) : [];
    const given = new Set(leans ? (q.given ?? []) : []);
    const topicWords = q.hint.filter((t) => !GENERIC.has(t) && !own.includes(t) && !last.includes(t));
    const headingCos = q.embedding && this.vectors?.headings[entry] ? dot(q.embedding, this.vectors.headings[entry] as Float32Array) : 0;
    // The question asks what the heading asks ("which payment methods do you take?" under "Which payment
    // methods do you take?"): the section's first sentence is its answer.
    const headingTerms = heading.filter((t) => !GENERIC.has(t));
    const asksHeading = Math.max(headingTerms.length ? headingTerms.filter((t) => own.includes(t)).length / headingTerms.length : 0, Math.min(1, Math.max(0, (headingCos - 0.35) / 0.4)));
    const first = Math.min(...this.sections.sentences.filter((s) => s.entry === entry).map((s) => s.index));
    return (i: number) => {
      const s = this.sections.sentences[i] as FaqSentence;
      const have = new Set([...(this.sentenceTerms[i] ?? []), ...heading]);
      const words = (asked.length ? this.coverage(asked, have) : 0) + (numbered.length ? numbered.filter((p) => this.sentenceNorm[i]?.includes(` ${p} `)).length / numbered.length : 0);
      const earlier = (before.length ? 0.5 * this.coverage(before, have) : 0) + (given.has(s.text) ? 0.5 : 0);
      const topic = topicWords.length ? 0.25 * this.coverage(topicWords, have) : 0;
      const meaning = cos ? 2 * (cos[i] as number) : 0;
      const kind = type && holdsAnswerType(s.text, type) ? 0.5 : 0;
      const place = q.aboutPlace && this.namesPlace[i] ? 0.5 : 0;
      const lead = s.index === first ? 0.3 * asksHeading : 0;
      return words + earlier + topic + meaning + kind + place + lead;
    };
  }

  /** The first sentence of a section: where a help centre states its main fact ("Email us at ..."). */
  leadSentence(entryId: string): string | undefined {
    const entry = this.sections.entries.findIndex((e) => e.id === entryId);
    return this.sections.sentences.filter((s) => s.entry === entry).sort((a, b) => a.index - b.index)[0]?.text;
  }

  /** Section `entryId` answered by the given sentences (as a follow-up re-judges them); null for an unknown id. */
  section(entryId: string, sentences: string[]): FaqAnswer | null {
    const entry = this.sections.entries.findIndex((e) => e.id === entryId);
    const e = this.sections.entries[entry];
    if (!e) return null;
    const name = this.sections.names[entry] ?? e.question;
    return { entry: e, name, sentences, headingTerms: canonicalTerms(name) };
  }

  /** Rarity-weighted share of `terms` that the section (its sentences and heading) holds; 0 for an unknown id. */
  sectionCoverage(all: string[], entryId: string): number {
    const entry = this.sections.entries.findIndex((e) => e.id === entryId);
    // Words every policy question shares ("how long does it take") say nothing about which section.
    const terms = all.filter((t) => !GENERIC.has(t));
    if (entry < 0 || terms.length === 0) return 0;
    const have = new Set(canonicalTerms(this.sections.names[entry] ?? ''));
    this.sections.sentences.forEach((s, i) => {
      if (s.entry === entry) for (const t of this.sentenceTerms[i] ?? []) have.add(t);
    });
    return this.coverage(terms, have);
  }

  /** The largest sectionCoverage of `terms` among the sections other than `except`: another topic's hold on a message. */
  otherCoverage(terms: string[], except: string): number {
    let best = 0;
    for (const e of this.sections.entries) if (e.id !== except) best = Math.max(best, this.sectionCoverage(terms, e.id));
    return best;
  }

  /** Share of the question's rarity-weighted words that `have` holds. */
  private coverage(own: string[], have: Set<string>): number {
    const n = this.sections.sentences.length;
    const idf = (t: string) => Math.log(1 + n / (this.sentenceIndex.docFrequency(t) + 1));
    const total = own.reduce((s, t) => s + idf(t), 0);
    return total > 0 ? own.filter((t) => have.has(t)).reduce((s, t) => s + idf(t), 0) / total : 0;
  }

  private combine(own: Map<number, number>, hint: Map<number, number>): Map<number, number> {
    const out = new Map<number, number>();
    for (const [k, v] of own) out.set(k, 2 * v);
    for (const [k, v] of hint) out.set(k, (out.get(k) ?? 0) + v);
    return out;
  }

  /** The best sentence of the entry, and a second one when it covers question words the first does not. */
  private answer(entry: number, score: (i: number) => number, own: string[], q: FaqQuery): FaqAnswer {
    const { entries, names, sentences } = this.sections;
    const mine = sentences.map((s, i) => ({ s, i })).filter((x) => x.s.entry === entry);
    mine.sort((a, b) => score(b.i) - score(a.i) || a.s.index - b.s.index);
    const top = mine[0];
    const picked = top ? [top] : [];
    if (top) {
      const covered = new Set(own.filter((t) => this.sentenceTerms[top.i]?.has(t)));
      const extra = mine.slice(1).find((x) => score(x.i) >= 0.6 * score(top.i) && own.some((t) => !covered.has(t) && this.sentenceTerms[x.i]?.has(t)));
      // A sentence that ends in a colon introduces the next one ("Two options:"); one that points back
      // ("The link in that email ...") needs the one before it.
      const next = top.s.text.endsWith(':') ? mine.find((x) => x.s.index === top.s.index + 1) : undefined;
      const before = POINTS_BACK.test(top.s.text) ? mine.find((x) => x.s.index === top.s.index - 1) : undefined;
      // "do you deliver to Mexico?" against a list without it: the section's sentence on where it does not
      // deliver ("We do not ship internationally yet") completes the answer.
      const asked = q.placeTerms ?? [];
      const missesPlace = asked.length > 0 && !asked.some((t) => this.sentenceTerms[top.i]?.has(t));
      const elsewhere = missesPlace ? mine.slice(1).find((x) => NEGATED.test(normalizeText(x.s.text))) : undefined;
      const second = next ?? before ?? elsewhere ?? extra;
      if (second) picked.push(second);
    }
    picked.sort((a, b) => a.s.index - b.s.index);
    const e = entries[entry] as FaqEntry;
    return { entry: e, name: names[entry] ?? e.question, sentences: picked.map((x) => x.s.text), headingTerms: canonicalTerms(names[entry] ?? e.question) };
  }
}
