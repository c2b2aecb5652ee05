// Assistant, retrieval: a help-centre heading as the words a shopper reads. Merchants number and decorate headings
// ("4.1 Our returns policy", "Section 3 - Delivery", "FAQ: Gift cards", "Q2. Can I ...?", "📦 Delivery");
// the numbering is a place in their document, not part of the topic, and it must never be shown as the
// source of an answer nor matched as a word. The index keeps the heading as written; this reads it.

/** "Section 3 -", "Part II:", "§ 4", "Article 5.", "Chapter 1 —" (a word, a number, a separator). */
const NAMED_NUMBER = /^(?:(?:section|part|chapter|article|clause|appendix)\s+|§\s*)(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])(?![\p{L}\p{N}])\.?\s*(?:[-–—:.)|]\s*)?/iu;
/** "4.1 ", "4.1. ", "4) ", "4. ", "4: ", "4 - ", "(4) ", "IV. ", "B) ": numbering with its separator. */
const NUMBERING = /^(?:\(?\d+(?:\.\d+)+\.?\)?\s+|\(?\d+[.):]\s+|\d+\s*[-–—|]\s+|\(\d+\)\s*|[IVXLC]+[.)]\s+|[A-Z][.)]\s+(?=\p{Lu}))/u;
/** "FAQ:", "FAQs -", "Q:", "Q2.", "Question 3:" before the heading's words. */
const LABEL = /^(?:faqs?|q\d*|question\s*\d*)\s*[:.\-–—)]\s*/iu;
/** Leading pictographs, arrows and bullets ("📦 Delivery", "» Returns", "• Payment"). */
const DECORATION = /^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}•·►▶▸→»›✓✔★☆>]|[-*#](?=\s)|\s)+/u;

/**
 * The heading without numbering and decoration; `bareNumbers` (the document numbers its headings "1 Delivery",
 * "2 Returns") also drops a bare leading number, which alone could be a fact ("24 hour delivery").
 */
export function cleanHeading(title: string, bareNumbers = false): string {
  let t = title.trim();
  for (let pass = 0; pass < 3; pass++) {
    const before = t;
    t = t.replace(DECORATION, '').replace(NAMED_NUMBER, '').replace(NUMBERING, '').replace(LABEL, '');
    if (bareNumbers) t = t.replace(/^\d+(?:\.\d+)*\s+(?=\p{L})/u, '');
    t = t.trim();
    if (t === before) break;
  }
  // A trailing colon or decoration ("Returns:", "Delivery »") is layout too.
  t = t.replace(/[\s:»›→|–—-]+$/u, '').trim();
  return /\p{L}/u.test(t) ? t : title.trim();
}

/** True when at least two headings open with a bare number followed by words: the document numbers its headings. */
export function numberedHeadings(titles: string[]): boolean {
  return titles.filter((t) => /^\s*\d+(?:\.\d+)*\s+\p{L}/u.test(t)).length >= 2;
}
