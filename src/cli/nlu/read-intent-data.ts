// CLI NLU: reads the labelled utterance files the intent models train and are evaluated on: Bitext's CSV
// (either release: `utterance` or `instruction` column) and CLINC150's JSON (`[text, intent]` pairs).
import { readFileSync } from 'node:fs';
import { parseCsv } from '../build/parse-csv.ts';

export interface LabelledUtterance {
  text: string;
  label: string;
  /** Bitext's variation flags (e.g. "BLQZ"), when the file has them. */
  flags?: string;
}

const TEXT_COLUMNS = ['utterance', 'instruction', 'text', 'question'];

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new Error(`${file}: cannot read it (${(err as Error).message}); pass an existing file`);
  }
}

/** A Bitext customer-service CSV: one row per utterance, columns flags?, utterance|instruction, intent. */
export function readBitextCsv(file: string): LabelledUtterance[] {
  const table = parseCsv(readText(file), file);
  const header = table.header.map((h) => h.toLowerCase());
  const textAt = header.findIndex((h) => TEXT_COLUMNS.includes(h));
  const labelAt = header.indexOf('intent');
  const flagsAt = header.indexOf('flags');
  if (textAt < 0 || labelAt < 0) {
    throw new Error(`${file}: expected a header with an utterance column (one of ${TEXT_COLUMNS.join(', ')}) and an 'intent' column; found: ${table.header.join(', ')}`);
  }
  const out: LabelledUtterance[] = [];
  for (const row of table.rows) {
    const text = row.cells[textAt]?.trim() ?? '';
    const label = row.cells[labelAt]?.trim() ?? '';
    if (!text || !label) throw new Error(`${file}:${row.line}: empty ${text ? 'intent' : 'utterance'}; every row needs both`);
    const u: LabelledUtterance = { text, label };
    if (flagsAt >= 0 && row.cells[flagsAt]) u.flags = row.cells[flagsAt];
    out.push(u);
  }
  return out;
}

export interface ClincSplits {
  train: LabelledUtterance[];
  val: LabelledUtterance[];
  /** Present in the full file (data_full.json), absent in the train+val file this project has. */
  test?: LabelledUtterance[];
}

/** CLINC150 "full": in-scope splits plus oos_* splits, merged with the label 'oos'. */
export function readClincJson(file: string): ClincSplits {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readText(file)) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${file}: not JSON (${(err as Error).message}); pass CLINC150's data_full.json`);
  }
  const split = (name: string): LabelledUtterance[] | undefined => {
    const inScope = data[name];
    const oos = data[`oos_${name}`];
    if (inScope === undefined && oos === undefined) return undefined;
    const rows = [...(Array.isArray(inScope) ? inScope : []), ...(Array.isArray(oos) ? oos : [])] as unknown[];
    return rows.map((r, i) => {
      if (!Array.isArray(r) || typeof r[0] !== 'string' || typeof r[1] !== 'string') {
        throw new Error(`${file}: ${name} row ${i + 1} is not a [text, intent] pair`);
      }
      return { text: r[0], label: r[1] };
    });
  };
  const train = split('train');
  const val = split('val');
  if (!train || !val) throw new Error(`${file}: expected 'train', 'val' (and oos_train, oos_val) arrays as in CLINC150's data_full.json`);
  const test = split('test');
  return test ? { train, val, test } : { train, val };
}
