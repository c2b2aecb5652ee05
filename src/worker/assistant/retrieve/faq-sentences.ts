// Assistant, retrieval: the help centre cut into sentences, each knowing its section, so an answer can
// quote the one or two sentences that hold the fact instead of the whole section. A section that every
// other sits under (the document's "# Shop — help centre" title) is a title, never a source, and headings
// are named without their numbering or decoration.
import type { FaqEntry } from '../../../protocol/index-format.ts';
import { cleanHeading, numberedHeadings } from './faq-headings.ts';

export interface FaqSentence {
  /** Position of its entry in `FaqSections.entries`. */
  entry: number;
  /** Position inside the entry. */
  index: number;
  text: string;
}

export interface FaqSections {
  entries: FaqEntry[];
  /** What the shopper reads as the source: the heading path without the document title. */
  names: string[];
  sentences: FaqSentence[];
}

/** Breaks after . ! ? before a capital, digit or quote, or at a line break (list items, table rows, paragraphs). */
function splitSentences(answer: string): string[] {
  return answer
    .split(/\n+/)
    // List markers and clause numbers ("4.2 Items must be unused", "(a) ...") are layout, not words.
    .flatMap((line) => line.replace(/^\s*(?:[-*+•]|\d+[.)]|\d+(?:\.\d+)+\.?|\(?[a-z]\))\s+/, '').split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** The first section element every entry shares, when there are several entries: the document's title. */
function documentTitle(entries: FaqEntry[]): string | undefined {
  if (entries.length < 2) return undefined;
  const first = entries.find((e) => e.section.length > 0)?.section[0];
  if (!first) return undefined;
  return entries.every((e) => e.section[0] === first || (e.section.length === 0 && e.question === first)) ? first : undefined;
}

export function buildFaqSections(all: FaqEntry[]): FaqSections {
  const title = documentTitle(all);
  // The title's own text (a welcome paragraph) answers nothing a shopper asks.
  const entries = all.filter((e) => !(title && e.section.length === 0 && e.question === title));
  // Headings as their words ("4.1 Our returns policy" → "Our returns policy"); a bare leading number only
  // where the document numbers its headings so ("1 Delivery", "2 Returns").
  const bare = numberedHeadings([...new Set(entries.flatMap((e) => [...e.section, e.question]))]);
  const names = entries.map((e) => [...(title ? e.section.slice(1) : e.section), e.question].map((h) => cleanHeading(h, bare)).join(' › '));
  const sentences: FaqSentence[] = [];
  entries.forEach((e, entry) => splitSentences(e.answer).forEach((text, index) => sentences.push({ entry, index, text })));
  return { entries, names, sentences };
}
