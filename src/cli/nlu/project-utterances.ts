// CLI NLU: the project's own training utterances (src/cli/nlu/data/): hand-written shopper messages per
// intent, plus template-generated ones over many product kinds (seeded, so every run gives the same set).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../../demo/catalog/seeded-random.ts';
import { INTENT_IDS } from '../../worker/assistant/understand/intent-taxonomy.ts';
import type { LabelledUtterance } from './read-intent-data.ts';

export const PROJECT_DATA_DIR = join(import.meta.dirname, 'data');
export const PROJECT_DATA_FILES = ['service-utterances.txt', 'shop-utterances.txt', 'shop-templates.txt'];

interface Section {
  name: string;
  /** "× N" after the name: how many messages a template section generates. */
  count?: number;
  lines: string[];
  line: number;
}

function sections(file: string): Section[] {
  const out: Section[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('# ')) return;
      const head = /^##\s+(.+?)(?:\s+×\s+(\d+))?$/.exec(line);
      if (head) out.push({ name: head[1] as string, count: head[2] ? Number(head[2]) : undefined, lines: [], line: i + 1 } as Section);
      else if (out.length) out[out.length - 1]?.lines.push(line);
      else throw new Error(`${file}:${i + 1}: a message before any "## <intent>" heading`);
    });
  return out;
}

function checkIntent(file: string, s: Section): void {
  if (!(INTENT_IDS as readonly string[]).includes(s.name)) {
    throw new Error(`${file}:${s.line}: "${s.name}" is not an intent id; use one of: ${INTENT_IDS.join(', ')}`);
  }
}

/** The hand-written messages of a plain file (every section an intent). */
export function readUtteranceFile(file: string): LabelledUtterance[] {
  return sections(file).flatMap((s) => {
    checkIntent(file, s);
    return s.lines.map((text) => ({ text, label: s.name }));
  });
}

/** The generated messages of a template file: each intent section draws `count` filled patterns. */
export function expandTemplateFile(file: string, seed: number): LabelledUtterance[] {
  const all = sections(file);
  const slots = new Map(all.filter((s) => s.name.startsWith('slot ')).map((s) => [s.name.slice(5), s.lines]));
  const rand = seededRandom(seed);
  const seen = new Set<string>();
  const out: LabelledUtterance[] = [];
  for (const s of all.filter((x) => !x.name.startsWith('slot '))) {
    checkIntent(file, s);
    const want = s.count ?? s.lines.length;
    // Distinct messages only; give up after a generous number of tries (few patterns, small slots).
    for (let tries = 0, made = 0; made < want && tries < want * 20; tries++) {
      const text = rand.pick(s.lines).replace(/\{(\w+)\}/g, (_, name: string) => {
        const values = slots.get(name);
        if (!values) throw new Error(`${file}:${s.line}: slot {${name}} has no "## slot ${name}" list`);
        return rand.pick(values);
      });
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, label: s.name });
      made++;
    }
  }
  return out;
}

/** The project's training messages: hand-written, and generated from the templates. */
export function projectUtteranceParts(seed: number, dir = PROJECT_DATA_DIR): { written: LabelledUtterance[]; generated: LabelledUtterance[] } {
  return {
    written: [...readUtteranceFile(join(dir, 'service-utterances.txt')), ...readUtteranceFile(join(dir, 'shop-utterances.txt'))],
    generated: expandTemplateFile(join(dir, 'shop-templates.txt'), seed),
  };
}

/** Every project-written training message. */
export function projectUtterances(seed: number, dir = PROJECT_DATA_DIR): LabelledUtterance[] {
  const { written, generated } = projectUtteranceParts(seed, dir);
  return [...written, ...generated];
}
