// Conversation checks: the merchant's help centre as the checks read it (Markdown headings or JSON
// [{question, answer}]), cut into sections and sentences, so an expectation can name the sentence
// that holds an answer ("the returns section's 'N days'") and take its value from the file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface HelpSection {
  /** Headings above this one, broad to narrow. */
  path: string[];
  title: string;
  text: string;
  sentences: string[];
}

export interface HelpCentre {
  file: string;
  /** The document's own title (a lone top heading), when it has one. */
  title?: string;
  sections: HelpSection[];
}

/**
 * Where a fact lives: a pattern inside one of the help centre's sentences, looked for first in the
 * sections `section` names (by title, else by heading path), then anywhere, so a merchant who moves a
 * sentence to another section does not break the check.
 */
export interface FaqFact {
  section?: RegExp;
  /** Matched per sentence; the value is the first capture group, or the whole match. */
  find: RegExp;
}

export interface FoundFact {
  value: string;
  sentence: string;
  section: HelpSection;
}

const plain = (md: string) =>
  md.replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/`([^`]+)`/g, '$1').replace(/<!--[\s\S]*?-->/g, '').trim();

export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
    .filter(Boolean)
    .flatMap((l) => l.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

function fromMarkdown(md: string): Omit<HelpCentre, 'file'> {
  const sections: HelpSection[] = [];
  const path: Array<{ level: number; title: string }> = [];
  let body: string[] = [];
  const flush = () => {
    // A soft wrap joins lines; list items and table rows ("| 4-person tent | $26 |") stay lines of their own.
    const text = plain(body.join('\n').replace(/([^\n])\n(?!\n|\s*(?:[-*+]|\d+[.)])\s|\s*\|)/g, '$1 '));
    const head = path[path.length - 1];
    if (head && text) sections.push({ path: path.slice(0, -1).map((h) => h.title), title: head.title, text, sentences: sentencesOf(text) });
    body = [];
  };
  for (const line of plain(md).split(/\r?\n/)) {
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) {
      body.push(line);
      continue;
    }
    flush();
    while (path.length > 0 && path[path.length - 1]!.level >= h[1]!.length) path.pop();
    path.push({ level: h[1]!.length, title: plain(h[2]!) });
  }
  flush();
  const tops = [...md.matchAll(/^#\s+(.+)$/gm)];
  return { title: tops.length === 1 ? plain(tops[0]![1]!) : undefined, sections };
}

function fromJson(list: Array<{ question: string; answer: string; section?: string | string[] }>): Omit<HelpCentre, 'file'> {
  return {
    sections: list.map((e) => ({
      path: e.section === undefined ? [] : ([] as string[]).concat(e.section),
      title: e.question,
      text: e.answer,
      sentences: sentencesOf(e.answer),
    })),
  };
}

export function readHelpCentre(path: string): HelpCentre {
  const text = readFileSync(path, 'utf8');
  const parsed = /^\s*[[{]/.test(text) ? fromJson(JSON.parse(text)) : fromMarkdown(text);
  if (parsed.sections.length === 0) throw new Error(`${path}: no help-centre sections found; write Markdown headings with text under them`);
  return { file: basename(path), ...parsed };
}

/** Sections in the order a fact is looked for: named by title, named by path, then the rest. */
function searchOrder(hc: HelpCentre, section?: RegExp): HelpSection[] {
  if (!section) return hc.sections;
  const byTitle = hc.sections.filter((s) => section.test(s.title));
  const byPath = hc.sections.filter((s) => !byTitle.includes(s) && section.test([...s.path, s.title].join(' > ')));
  return [...byTitle, ...byPath, ...hc.sections.filter((s) => !byTitle.includes(s) && !byPath.includes(s))];
}

/** The fact's value as the file states it, or undefined when the help centre does not say it. */
export function lookupFact(hc: HelpCentre, fact: FaqFact): FoundFact | undefined {
  for (const section of searchOrder(hc, fact.section)) {
    for (const sentence of section.sentences) {
      const m = fact.find.exec(sentence);
      if (m) return { value: (m[1] ?? m[0]).trim(), sentence, section };
    }
  }
  return undefined;
}

/** The fact's value as the file states it; throws (a broken check, not a wrong answer) when absent. */
export function findFact(hc: HelpCentre, fact: FaqFact): FoundFact {
  const found = lookupFact(hc, fact);
  if (!found) throw new Error(`${hc.file}: no sentence matches ${fact.find}${fact.section ? ` (looked first in ${fact.section})` : ''}; sections are: ${hc.sections.map((s) => s.title).join(' | ')}`);
  return found;
}
