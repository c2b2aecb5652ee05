// CLI NLU: the shipped model's data, from ../shared/data plus the project's own messages: Bitext (27
// service intents), CLINC150 (its shop-like intents as ours, the rest and its oos utterances as 'oos'),
// ABCD's FAQ questions, semiPQA's real product questions, and src/cli/nlu/data/. A fixed tenth of the
// Bitext and generated rows, with CLINC150's val split, is kept apart to calibrate the oos threshold.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBitextLabel, INTENT_IDS } from '../../worker/assistant/understand/intent-taxonomy.ts';
import { OOS_CLASS } from '../../worker/assistant/understand/intent-model/intent-weights.ts';
import { fnv1a } from '../../shared/fnv1a.ts';
import { abcdQuestions } from './abcd-questions.ts';
import { clincRole } from './clinc-roles.ts';
import { projectUtteranceParts } from './project-utterances.ts';
import { readBitextCsv, readClincJson, type LabelledUtterance } from './read-intent-data.ts';

export const SHOP_CLASSES: string[] = [...INTENT_IDS, OOS_CLASS];

export const SOURCES = {
  bitext: 'intent-bitext/bitext_cs_8k.csv',
  clinc: 'intent-clinc150/data_full_trainval.json',
  abcd: 'policies-abcd/guidelines.json',
  semipqa: 'pqa-semipqa/attribute_ranking/dev.csv',
};

export interface ShopTrainingSet {
  train: LabelledUtterance[];
  calibration: LabelledUtterance[];
  /** Rows per source, for the manifest. */
  counts: Record<string, number>;
}

const heldOut = (text: string) => fnv1a(text) % 10 === 0;

export function missingSources(dataDir: string): string[] {
  return Object.values(SOURCES).filter((f) => !existsSync(join(dataDir, f)));
}

/** The semiPQA questions (unique, in file order): real shoppers asking about the product on the page. */
function semipqaQuestions(file: string): LabelledUtterance[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  const questions = new Set(lines.map((l) => l.split('\t')[2]?.trim()).filter((q): q is string => !!q));
  return [...questions].map((text) => ({ text, label: 'product-question' }));
}

export function shopTrainingSet(dataDir: string, seed: number): ShopTrainingSet {
  const missing = missingSources(dataDir);
  if (missing.length) throw new Error(`train:intents needs ${missing.join(', ')} under ${dataDir}; set AISLE_DATA to the folder that holds them`);
  const train: LabelledUtterance[] = [];
  const calibration: LabelledUtterance[] = [];
  const counts: Record<string, number> = {};
  const add = (source: string, rows: LabelledUtterance[], holdOut: boolean) => {
    counts[source] = rows.length;
    for (const r of rows) (holdOut && heldOut(r.text) ? calibration : train).push(r);
  };
  add(
    'bitext',
    readBitextCsv(join(dataDir, SOURCES.bitext)).map((r) => {
      const id = fromBitextLabel(r.label);
      if (!id) throw new Error(`${SOURCES.bitext}: intent '${r.label}' has no id in intent-taxonomy.ts`);
      return { text: r.text, label: id };
    }),
    true,
  );
  const clinc = readClincJson(join(dataDir, SOURCES.clinc));
  const withRole = (rows: LabelledUtterance[]) => rows.flatMap((r) => {
    const role = clincRole(r.label);
    return role ? [{ text: r.text, label: role }] : [];
  });
  add('clinc-train', withRole(clinc.train), false);
  counts['clinc-val'] = clinc.val.length;
  calibration.push(...withRole(clinc.val));
  add('abcd', abcdQuestions(join(dataDir, SOURCES.abcd)), false);
  add('semipqa', semipqaQuestions(join(dataDir, SOURCES.semipqa)), false);
  const project = projectUtteranceParts(seed);
  // Hand-written messages are few per intent: all of them train. Generated ones can spare a tenth.
  add('project-written', project.written, false);
  add('project-generated', project.generated, true);
  return { train, calibration, counts };
}
