// CLI NLU: proxies for "another release of Bitext" built from one release, since random splits of it are
// saturated (99.8%). `flags`: train on the basic variations (flags within B, I, M, P, E), test on every row
// with lexical (L), colloquial (Q), noisy (Z), keyword (K), offensive (W) or complex (C) variation: new
// words and new noise, as another release brings. `content`: 5-fold, grouped by the intent-specific words
// (an intent's "cancel order" and "cancel purchase" phrasings never share a fold).
import { stem } from '../../worker/assistant/understand/tokenize.ts';
import { lexicalWords } from '../../worker/assistant/understand/intent-model/lexical-features.ts';
import type { LabelledUtterance } from './read-intent-data.ts';
import { fnv1a } from '../../shared/fnv1a.ts';

export interface ProxySplit {
  name: string;
  train: LabelledUtterance[];
  test: LabelledUtterance[];
}

const HARD_FLAGS = /[LQZKWC]/;
const STOP = new Set('a an the and or of for to in on at by with from is are was be it its this that i me my we you your do does did can could would should will have has had any some please what which how much many about there their them they than then so just also but not no am im ive id dont cant'.split(' '));

function contentWords(text: string): string[] {
  return [...new Set(lexicalWords(text).filter((w) => !STOP.has(w)).map(stem))];
}

export function bitextProxySplits(rows: LabelledUtterance[]): ProxySplit[] {
  if (!rows.some((r) => r.flags)) throw new Error('bitext-proxy needs the flags column of the Bitext CSV');
  const splits: ProxySplit[] = [{ name: 'flags', train: rows.filter((r) => !HARD_FLAGS.test(r.flags ?? '')), test: rows.filter((r) => HARD_FLAGS.test(r.flags ?? '')) }];
  // Words used by 8+ intents are the sentence frame ("help", "information"); the rest say the intent.
  const intentsOf = new Map<string, Set<string>>();
  for (const r of rows) for (const w of contentWords(r.text)) intentsOf.set(w, (intentsOf.get(w) ?? new Set()).add(r.label));
  const frame = new Set([...intentsOf].filter(([, s]) => s.size >= 8).map(([w]) => w));
  const fold = rows.map((r) => fnv1a(`${r.label}|${contentWords(r.text).filter((w) => !frame.has(w)).sort().join(' ')}`) % 5);
  // One fold of the five keeps the run short; the numbers in RESULTS-nlu.md say which.
  splits.push({ name: 'content', train: rows.filter((_, i) => fold[i] !== 0), test: rows.filter((_, i) => fold[i] === 0) });
  return splits;
}
