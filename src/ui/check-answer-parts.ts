// UI: the structured parts of a stored answer (source section, comparison table, actions), checked before they are
// drawn: the chat history is read back from IndexedDB, where any record may have been damaged.
import type { AnswerAction, AnswerSource, ComparisonTable } from '../protocol/assistant.ts';

const isString = (v: unknown): v is string => typeof v === 'string';

export function checkSource(value: unknown): AnswerSource | undefined {
  const v = value as Partial<AnswerSource> | null | undefined;
  return v && isString(v.entryId) && isString(v.section) && isString(v.text) ? { entryId: v.entryId, section: v.section, text: v.text } : undefined;
}

export function checkComparison(value: unknown): ComparisonTable | undefined {
  const v = value as Partial<ComparisonTable> | null | undefined;
  if (!v || !Array.isArray(v.products) || !Array.isArray(v.rows)) return undefined;
  const products = v.products.filter((p): p is { id: string; title: string } => !!p && isString(p.id) && isString(p.title));
  const rows = v.rows.filter((r): r is { label: string; values: string[] } => !!r && isString(r.label) && Array.isArray(r.values) && r.values.length === products.length && r.values.every(isString));
  return products.length >= 2 && products.length === v.products.length && rows.length > 0 ? { products, rows } : undefined;
}

export function checkActions(value: unknown): AnswerAction[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ok = value.filter((a): a is AnswerAction => !!a && (a.kind === 'contact-human' || a.kind === 'open-url') && isString(a.label) && (a.url === undefined || isString(a.url)));
  return ok.length ? ok : undefined;
}
