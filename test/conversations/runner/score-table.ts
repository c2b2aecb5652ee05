// Conversation runner: right/wrong counts per kind of turn and per shop, as `npm run eval:chat` prints
// them and writes them (bench-results/eval-chat.json).
import { KINDS, type Kind } from '../conversation.ts';
import type { ConversationResult } from './run-conversation.ts';

export interface Tally {
  right: number;
  wrong: number;
}

export interface Scores {
  byKind: Record<Kind, Tally>;
  byShop: Record<string, { turns: Tally; conversations: Tally }>;
  /** Per shop and kind, for the table's columns. */
  byShopKind: Record<string, Record<Kind, Tally>>;
  turns: Tally;
  conversations: Tally;
  /** Conversations that could not run to their end (browser or server trouble), by id. */
  errors: Record<string, string>;
}

const empty = (): Tally => ({ right: 0, wrong: 0 });
const add = (t: Tally, ok: boolean) => (ok ? t.right++ : t.wrong++);
const kinds = () => Object.fromEntries(KINDS.map((k) => [k, empty()])) as Record<Kind, Tally>;

export function scoreResults(results: ConversationResult[], errors: Record<string, string> = {}): Scores {
  const s: Scores = { byKind: kinds(), byShop: {}, byShopKind: {}, turns: empty(), conversations: empty(), errors };
  for (const r of results) {
    const shop = (s.byShop[r.shop] ??= { turns: empty(), conversations: empty() });
    const shopKinds = (s.byShopKind[r.shop] ??= kinds());
    add(s.conversations, r.ok);
    add(shop.conversations, r.ok);
    for (const t of r.turns) {
      add(s.byKind[t.kind], t.ok);
      add(shopKinds[t.kind], t.ok);
      add(s.turns, t.ok);
      add(shop.turns, t.ok);
    }
  }
  return s;
}

const pct = (t: Tally) => (t.right + t.wrong === 0 ? '' : `${Math.round((100 * t.right) / (t.right + t.wrong))}%`);
const cell = (t: Tally) => (t.right + t.wrong === 0 ? '–' : `${t.right}/${t.right + t.wrong}`);

/** A Markdown table: one row per kind, a column per shop, then the totals. */
export function formatScores(s: Scores): string {
  const shops = Object.keys(s.byShop);
  const rows = [
    `| kind | ${shops.map((x) => `${x} right/turns`).join(' | ')} | all | right |`,
    `|---|${shops.map(() => '---|').join('')}---|---|`,
  ];
  for (const k of KINDS) {
    if (s.byKind[k].right + s.byKind[k].wrong === 0) continue;
    rows.push(`| ${k} | ${shops.map((x) => cell(s.byShopKind[x]![k])).join(' | ')} | ${cell(s.byKind[k])} | ${pct(s.byKind[k])} |`);
  }
  rows.push(`| **all turns** | ${shops.map((x) => cell(s.byShop[x]!.turns)).join(' | ')} | ${cell(s.turns)} | ${pct(s.turns)} |`);
  rows.push(`| **conversations right** | ${shops.map((x) => cell(s.byShop[x]!.conversations)).join(' | ')} | ${cell(s.conversations)} | ${pct(s.conversations)} |`);
  const errors = Object.entries(s.errors);
  if (errors.length) rows.push('', `${errors.length} conversation(s) could not run: ${errors.map(([id, e]) => `${id} (${e})`).join('; ')}`);
  return rows.join('\n');
}
