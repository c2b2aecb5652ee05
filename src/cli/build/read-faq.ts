// CLI build: the merchant's FAQ/policies → FaqEntry list for the `faq` chunk. JSON `[{question, answer}]`,
// or Markdown where each heading with text under it becomes an entry (its parent headings = section).
import { extname } from 'node:path';
import type { FaqEntry } from '../../protocol/index-format.ts';
import { fitFaqEntry } from '../../shared/text-limits.ts';
import { stripHtml } from './clean-text.ts';
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
    const answer = typeof o.answer === 'string' ? stripHtml(o.answer) : '';
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
    const answer = body
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/([^\n])\n(?!\n|\s*(?:[-*+]|\d+[.)])\s)(?=\S)/g, '$1 ')
      .trim();
    const current = path[path.length - 1];
    if (current && answer) out.push({ question: current.title, answer: plain(answer), section: path.slice(0, -1).map((h) => h.title) });
    body = [];
  };
  let fenced = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) {
      body.push(line);
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

/** Markdown emphasis and links reduced to their text: answers are shown as plain text. */
function plain(md: string): string {
  return stripHtml(md)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
