// CLI build: the merchant's FAQ/policies → FaqEntry list for the `faq` chunk. JSON `[{question, answer}]`
// (answers may be HTML), or Markdown where each heading with text under it becomes an entry (its parent
// headings = section). Setext headings and a line that is wholly bold count as headings; tables become one
// line per row (faq-tables.ts). Headings are kept as the merchant wrote them, numbering included: the
// assistant reads them as their words (retrieve/faq-headings.ts).
import { extname } from 'node:path';
import type { FaqEntry } from '../../protocol/index-format.ts';
import { fitFaqEntry } from '../../shared/text-limits.ts';
import { stripHtml } from './clean-text.ts';
import { htmlTables, markdownTables } from './faq-tables.ts';
import { parseJsonList } from './read-json-feed.ts';
import { InputError, type Problems } from './problems.ts';
import { readText } from './read-text.ts';

export function readFaq(path: string, problems: Problems): FaqEntry[] {
  const src = readText(path, problems);
  const isJson = extname(path).toLowerCase() === '.json' || /^[[{]/.test(src.text.trimStart());
  const entries = isJson ? fromJson(parseJsonList(src, 'faq'), src.name, problems) : fromMarkdown(src.text);
  if (entries.length === 0) {
    throw new InputError(
      `${src.name}: no FAQ entries found; write Markdown headings with text under them (## Shipping\\nWe ship in 2 days) or JSON [{"question": "...", "answer": "..."}]`,
    );
  }
  const ids = new Map<string, number>();
  return entries.map((e, i) => {
    const base = slug([...e.section, e.question].join(' ')) || 'entry';
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    const entry = { ...e, id: n === 1 ? base : `${base}-${n}` };
    // Within the index's limits, like product text: a runaway answer is cut with a warning.
    const warn = (field: string, length: number, limit: number) =>
      problems.warn({ file: src.name, record: i + 1 }, field === 'faqQuestion' ? 'question' : field === 'faqAnswer' ? 'answer' : 'section', `${length.toLocaleString('en')} characters; kept the first ${limit} (longer values are cut)`);
    return fitFaqEntry(entry, warn) ?? entry;
  });
}

type Draft = Omit<FaqEntry, 'id'>;

function fromJson(list: unknown[], file: string, problems: Problems): Draft[] {
  const out: Draft[] = [];
  list.forEach((item, i) => {
    const o = (item ?? {}) as Record<string, unknown>;
    const question = typeof o.question === 'string' ? o.question.trim() : '';
    const answer = typeof o.answer === 'string' ? stripHtml(htmlTables(o.answer)) : '';
    if (!question || !answer) {
      problems.error({ file, record: i + 1 }, question ? 'answer' : 'question', 'missing; every FAQ entry needs a "question" and an "answer" string');
      return;
    }
    const section = Array.isArray(o.section) ? o.section.map(String) : typeof o.section === 'string' ? [o.section] : [];
    out.push({ question, answer, section });
  });
  return out;
}

function fromMarkdown(text: string): Draft[] {
  const out: Draft[] = [];
  const path: Array<{ level: number; title: string }> = [];
  let body: string[] = [];
  const flush = () => {
    // A single newline inside a paragraph is a soft wrap in Markdown: join it, keep paragraphs and list items.
    const answer = markdownTables(body)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/([^\n])\n(?!\n|\s*(?:[-*+]|\d+[.)])\s)(?=\S)/g, '$1 ')
      .trim();
    const current = path[path.length - 1];
    if (current && answer) out.push({ question: current.title, answer: plain(answer), section: path.slice(0, -1).map((h) => h.title) });
    body = [];
  };
  const lines = headingLines(text.split(/\r?\n/));
  let fenced = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) {
      // A thematic break (---, ***) separates, it says nothing.
      if (!fenced && /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) body.push('');
      else body.push(line);
      continue;
    }
    flush();
    const level = heading[1].length;
    while (path.length > 0 && path[path.length - 1].level >= level) path.pop();
    path.push({ level, title: plain(heading[2]) });
  }
  flush();
  return out;
}

/**
 * Setext headings ("Delivery" over "====" or "----") and a paragraph that is one bold line
 * ("**How long does delivery take?**", a help centre's question) as ATX headings: a bold line sits one
 * level under the heading above it, so its section is that heading.
 */
function headingLines(lines: string[]): string[] {
  const out: string[] = [];
  let level = 0;
  let fenced = false;
  const blank = (l: string | undefined) => l === undefined || l.trim() === '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) {
      out.push(line);
      continue;
    }
    const atx = /^(#{1,6})\s/.exec(line);
    if (atx) level = atx[1].length;
    const under = lines[i + 1];
    const setext = under !== undefined && /^\s{0,3}(=+|-+)\s*$/.exec(under);
    const paragraphStart = blank(out[out.length - 1]) || /^#{1,6}\s/.test(out[out.length - 1] ?? '');
    if (setext && !atx && !blank(line) && paragraphStart && !/^\s*(?:[-*+>|]|\d+[.)]\s)/.test(line)) {
      level = setext[1]!.startsWith('=') ? 1 : 2;
      out.push(`${'#'.repeat(level)} ${line.trim()}`);
      i++;
      continue;
    }
    // Not a bold lead-in ("**Note:**") or a bold sentence ("**Prices include tax.**"), and text follows it.
    const bold = /^\s{0,3}(\*\*|__)([^*_\n]{2,100})\1\s*$/.exec(line);
    const following = lines.slice(i + 1).find((l) => !blank(l));
    if (bold && paragraphStart && !/[.,;:!]$/.test(bold[2]!.trim()) && following !== undefined && !/^#{1,6}\s|^\s{0,3}(\*\*|__)[^*_]+\1\s*$/.test(following)) {
      out.push(`${'#'.repeat(Math.min(6, level + 1))} ${bold[2]!.trim()}`);
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Markdown emphasis and links reduced to their text: answers are shown as plain text. */
function plain(md: string): string {
  return stripHtml(htmlTables(md))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
