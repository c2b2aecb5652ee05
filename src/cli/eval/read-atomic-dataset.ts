// CLI eval: a next-item dataset in RecBole atomic format (as LLMRank ships Games-6k) → histories,
// targets, candidate lists and item titles. Files are found by suffix, so any dataset named that way works.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sequence {
  user: string;
  history: string[];
  target: string;
}

export interface AtomicDataset {
  name: string;
  /** item id → title (empty when there is no .item file). */
  titles: Map<string, string>;
  test: Sequence[];
  /** Absent when the dataset has no .valid.inter (then nothing can be tuned). */
  valid: Sequence[] | null;
  /** user → candidate ids (the `.random` file), in file order. */
  candidates: Map<string, string[]>;
}

export function readAtomicDataset(dir: string): AtomicDataset {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (err) {
    throw new Error(`--data ${dir}: cannot read the folder (${(err as Error).message}); pass a folder holding <name>.test.inter and <name>.random`);
  }
  const find = (suffix: string, required: boolean): string | null => {
    const hit = files.filter((f) => f.endsWith(suffix)).sort()[0];
    if (!hit && required) throw new Error(`--data ${dir}: no *${suffix} file; the folder holds ${files.join(', ') || 'nothing'}. Expected RecBole atomic files like Games-6k.test.inter, Games-6k.random`);
    return hit ? join(dir, hit) : null;
  };
  const testFile = find('.test.inter', true)!;
  const randomFile = find('.random', true)!;
  const validFile = find('.valid.inter', false);
  const itemFile = find('.item', false);
  const titles = new Map<string, string>();
  if (itemFile) for (const cols of rows(itemFile, true)) if (cols[0]) titles.set(cols[0], cols[1] ?? '');
  const candidates = new Map<string, string[]>();
  for (const cols of rows(randomFile, false)) if (cols[0]) candidates.set(cols[0], (cols[1] ?? '').split(' ').filter(Boolean));
  return {
    name: testFile.split('/').pop()!.replace(/\.test\.inter$/, ''),
    titles,
    test: sequences(testFile),
    valid: validFile ? sequences(validFile) : null,
    candidates,
  };
}

function sequences(file: string): Sequence[] {
  const out: Sequence[] = [];
  for (const cols of rows(file, true)) {
    if (cols.length < 3) throw new Error(`${file}: a line has ${cols.length} columns; expected user_id, item_id_list, item_id separated by tabs`);
    out.push({ user: cols[0]!, history: cols[1]!.split(' ').filter(Boolean), target: cols[2]!.trim() });
  }
  return out;
}

/** Tab-separated lines; a RecBole header (`name:type` columns) is skipped. */
function rows(file: string, header: boolean): string[][] {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  const first = lines[0] ?? '';
  const skip = header && first.includes(':token') ? 1 : 0;
  return lines.slice(skip).map((l) => l.split('\t'));
}
